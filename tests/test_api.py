"""The public pipeline in toc.api gives what the commands give."""

from __future__ import annotations

import pytest

from tests.conftest import EXAMPLES, ROOT, load_text, run_cli
from toc import api

POCKET = ROOT / "examples" / "pocket-money.toc"
LOGFRAME = ROOT / "examples" / "job-matching-logframe.toc"


def loaded(path):
    return api.load(path.read_text(encoding="utf-8"), str(path))


def test_lint_finds_what_the_command_reports() -> None:
    findings = api.lint(loaded(LOGFRAME))
    names = {d.name for d in findings}
    assert {"linear-chain", "logframe-staging", "miracle-leap"} <= names
    report = run_cli("lint", str(LOGFRAME)).stdout
    assert all(f"[{name}]" in report for name in names)


def test_render_dot_is_the_dot_the_command_writes() -> None:
    assert api.render_dot(loaded(POCKET).theory) == run_cli(
        "render", str(POCKET), "--format", "dot", "-o", "-").stdout.rstrip("\n") + "\n"


def test_checklist_markdown_is_the_commands_output() -> None:
    assert api.checklist_markdown(loaded(POCKET)) == run_cli("checklist", str(POCKET)).stdout


def test_format_source_keeps_the_meaning() -> None:
    text = POCKET.read_text(encoding="utf-8")
    formatted = api.format_source(text, str(POCKET))
    assert api.load(formatted, str(POCKET)).theory == loaded(POCKET).theory
    assert api.format_source(formatted, str(POCKET)) == formatted


def test_diff_is_the_data_the_command_prints_as_json(tmp_path, monkeypatch) -> None:
    import json

    cases = ROOT / "tests" / "diff" / "cases" / "pocket-money"
    old, new = cases / "03-tighten-assumption.toc", cases / "04-remove-pathway.toc"
    made = api.diff(loaded(old), loaded(new), str(old), str(new))
    printed = json.loads(run_cli("diff", str(old), str(new), "--format", "json").stdout)
    assert made.to_json_data() == printed and not made.same
    dot = api.diff_dot(loaded(old), loaded(new), made)
    out = tmp_path / "change.dot"
    run_cli("diff", str(old), str(new), "-o", str(out))
    assert dot == out.read_text(encoding="utf-8")
    assert api.meaning_lines(loaded(new).theory) == run_cli("diff", "--textconv", str(new)).stdout


@pytest.mark.parametrize("path", [*EXAMPLES, *sorted((ROOT / "examples" / "genres").glob("*.toc"))],
                         ids=lambda p: p.stem)
def test_the_critique_in_one_pass_is_lint_and_the_checklist(path) -> None:
    """The report page's single pass over the rules finds what lint and the checklist find apart."""
    from toc.api import checklist, critique, lint

    loaded = load_text(path.read_text(encoding="utf-8"), str(path))
    findings, made = critique(loaded)
    assert findings == lint(loaded)
    assert made == checklist(loaded)
