"""`toc lint`, `toc rules` and `toc explain` from the command line: exit status, stdout and stderr together."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli

LOGFRAME = str(ROOT / "examples" / "job-matching-logframe.toc")
# A theory an evaluator finds nothing to ask about (the corpus's deliberately good one).
RICH = str(ROOT / "tests" / "critique" / "corpus" / "good-energy-poverty.toc")
LEAP = '''theory "Leap" { lang: en }
intervention matching "Offer job matching"
impact independence "Refugees are financially independent"
matching -> independence
'''


@pytest.fixture(autouse=True)
def _not_on_github(monkeypatch) -> None:
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_text_report_has_location_rule_source_line_caret_hint_and_summary(tmp_path) -> None:
    plan = write(tmp_path, "plan.toc", LEAP)
    result = run_cli("lint", plan, "--select", "miracle-leap")
    assert result.exit_code == 1
    assert result.stderr == ""
    assert result.stdout == (
        f"{plan}:4:1: warning[miracle-leap]: 'Offer job matching' leads straight to the impact "
        "'Refugees are financially independent'\n"
        " 4 | matching -> independence\n"
        "   | ^^^^^^^^^^^^^^^^^^^^^^^^\n"
        "  hint: What has to happen in between? Add the mechanisms and intermediate outcomes "
        "that make this step plausible.\n"
        "\n"
        "Found 1 warning in 1 file.\n")


def test_clean_file_exits_zero_with_a_summary() -> None:
    result = run_cli("lint", RICH)
    assert (result.exit_code, result.stdout, result.stderr) == (0, "No findings in 1 file.\n", "")


def test_findings_are_grouped_by_file_in_argument_order(tmp_path) -> None:
    first = write(tmp_path, "b.toc", LEAP)
    second = write(tmp_path, "a.toc", LEAP)
    result = run_cli("lint", first, second, "--select", "miracle-leap")
    assert result.stdout.index(first) < result.stdout.index(second)
    assert result.stdout.endswith("Found 2 warnings in 2 files.\n")


def test_fail_on_and_exit_zero() -> None:
    assert run_cli("lint", LOGFRAME, "--select", "implicit-link").exit_code == 1 - 1  # info < warning
    assert run_cli("lint", LOGFRAME, "--select", "implicit-link", "--fail-on", "info").exit_code == 1
    assert run_cli("lint", LOGFRAME, "--fail-on", "error").exit_code == 0
    result = run_cli("lint", LOGFRAME, "--exit-zero")
    assert result.exit_code == 0 and "[miracle-leap]" in result.stdout


def test_input_errors_are_printed_and_exit_two(tmp_path) -> None:
    broken = write(tmp_path, "broken.toc", 'intervention a "A"\na -> missing\n')
    result = run_cli("lint", broken, RICH)
    assert result.exit_code == 2
    assert "unknown node 'missing'" in result.stderr
    assert f"{broken}: not linted because of 1 error" in result.stderr
    assert result.stdout == "Found 1 error in 2 files.\n"
    assert run_cli("lint", broken, "--exit-zero").exit_code == 2


def test_missing_file_and_empty_folder(tmp_path) -> None:
    result = run_cli("lint", str(tmp_path / "nope.toc"))
    assert result.exit_code == 2 and "no such file" in result.stderr
    result = run_cli("lint", str(tmp_path))
    assert (result.exit_code, result.stdout) == (2, "")
    assert "no .toc files in the folder" in result.stderr


def test_folder_is_searched(tmp_path) -> None:
    write(tmp_path, "one.toc", LEAP)
    result = run_cli("lint", str(tmp_path), "--select", "miracle-leap")
    assert result.exit_code == 1 and "one.toc:4:1: warning[miracle-leap]" in result.stdout


def test_dutch_messages_follow_the_theory_or_the_option(tmp_path) -> None:
    plan = write(tmp_path, "plan.toc", LEAP)
    result = run_cli("lint", plan, "--select", "miracle-leap", "--lang", "nl")
    assert "leidt rechtstreeks tot de impact" in result.stdout
    assert result.stdout.endswith("1 waarschuwing gevonden in 1 bestand.\n")


@pytest.mark.parametrize("fmt", ["json", "sarif", "github", "markdown"])
def test_machine_formats_print_only_the_report(fmt) -> None:
    result = run_cli("lint", LOGFRAME, "--format", fmt)
    assert result.exit_code == 1 and result.stderr == ""
    if fmt in ("json", "sarif"):
        json.loads(result.stdout)
    assert "miracle-leap" in result.stdout


def test_json_includes_input_errors(tmp_path) -> None:
    broken = write(tmp_path, "broken.toc", 'intervention a "A"\na -> missing\n')
    result = run_cli("lint", broken, "--format", "json")
    assert result.exit_code == 2 and result.stderr == ""
    data = json.loads(result.stdout)
    assert data["files"][0]["linted"] is False
    assert data["files"][0]["diagnostics"][0]["code"] == "E102"


def test_github_format_is_chosen_on_github_actions(monkeypatch) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    result = run_cli("lint", LOGFRAME, "--select", "miracle-leap")
    assert result.exit_code == 1
    assert result.stdout.startswith("::warning file=")
    assert run_cli("lint", LOGFRAME, "--select", "miracle-leap", "--format", "text") \
        .stdout.startswith(LOGFRAME)


def test_rules_lists_every_rule() -> None:
    from toc.lint import RULES

    result = run_cli("rules")
    assert result.exit_code == 0 and result.stderr == ""
    for rule in RULES:
        assert rule.code in result.stdout and rule.name in result.stdout
    data = json.loads(run_cli("rules", "--format", "json", "--lang", "nl").stdout)
    assert len(data) == len(RULES) and data[0]["what"].startswith("Signaleert")


def test_explain_prints_all_parts_in_the_chosen_language() -> None:
    result = run_cli("explain", "miracle-leap")
    assert result.exit_code == 0 and result.stderr == ""
    assert result.stdout.startswith("miracle-leap (TOC203)\nLinear reasoning · warning\n")
    for heading in ("What it does", "Why it matters", "Example", "Instead", "Source"):
        assert f"\n{heading}\n" in result.stdout
    assert "    matching -> independence" in result.stdout
    dutch = run_cli("explain", "TOC203", "--lang", "nl")
    for heading in ("Wat de regel doet", "Waarom het ertoe doet", "Voorbeeld", "Beter", "Bron"):
        assert f"\n{heading}\n" in dutch.stdout
    markdown = run_cli("explain", "toc203", "--format", "markdown").stdout
    assert markdown.startswith("## miracle-leap (TOC203)") and "```toc" in markdown


@pytest.mark.parametrize("command", ["rules", "explain"])
def test_rules_and_explain_help_does_not_promise_a_theory_language(command) -> None:
    # They read no theory, so '--lang' cannot default to one.
    result = run_cli(command, "--help")
    assert result.exit_code == 0
    help_text = " ".join(result.stdout.split())
    assert "theory's own" not in help_text
    assert "--lang [en|nl] Language of the texts (default: English)." in help_text


def test_explain_unknown_rule_is_a_usage_error() -> None:
    result = run_cli("explain", "miracle-leep")
    assert result.exit_code == 2 and result.stdout == ""
    assert "unknown rule 'miracle-leep'" in result.stderr
    assert "did you mean 'miracle-leap'?" in result.stderr


def test_findings_in_an_included_file_point_into_that_file(tmp_path) -> None:
    write(tmp_path, "shared.toc", 'impact independence "Refugees are financially independent"'
                                  '  # toc: ignore[single-pathway]\n')
    plan = write(tmp_path, "plan.toc", 'use "shared.toc"\n'
                                       'intervention matching "Offer job matching"\n'
                                       'matching -> independence\n')
    result = run_cli("lint", plan, "--select", "sole-attribution,single-pathway")
    assert result.exit_code == 1, result.stderr
    shared = str(tmp_path / "shared.toc")
    assert f"{shared}:1:1: warning[sole-attribution]" in result.stdout
    assert "warning[single-pathway]" not in result.stdout  # silenced in the included file


def test_lint_refuses_a_theory_with_errors() -> None:
    from tests.conftest import load_text
    from toc.lint import lint
    from toc.lint.engine import NotLintable

    with pytest.raises(NotLintable):
        lint(load_text('intervention a "A"\na -> missing\n'))


def test_a_lint_that_is_told_to_stop_gives_up_before_the_next_rule() -> None:
    from tests.conftest import EXAMPLES
    from toc.api import lint, load

    path = next(p for p in EXAMPLES if p.name == "job-matching-logframe.toc")
    loaded = load(path.read_text(encoding="utf-8"), str(path))
    asked: list[int] = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) > 3

    assert lint(loaded) and lint(loaded, stop=lambda: True) == []
    partial = lint(loaded, stop=stop)
    assert len(asked) == 4 and len(partial) < len(lint(loaded))
