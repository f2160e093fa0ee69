"""'Did you mean': one function finds the nearest word, one presentation offers it, everywhere."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import load_text, run_cli
from toc.language.suggest import Budget, offer, suggest
from toc.model.kinds import CONDITION_KINDS, LINKABLE_KINDS, NodeKind

TOC = Path(__file__).resolve().parents[2] / "toc"


def test_the_nearest_word_alike_enough_is_suggested() -> None:
    assert suggest("skils", ["skills", "trust", "money"]) == "skills"
    assert suggest("xyz", ["skills", "trust"]) is None
    assert suggest("skils", []) is None


def test_a_spent_budget_suggests_nothing_and_costs_nothing() -> None:
    budget = Budget(5)
    assert suggest("skils", ["skills", "trust", "money"], budget) == "skills"
    assert budget.left == 2
    assert suggest("skils", ["skills", "trust", "money"], budget) is None
    assert budget.left == 2
    assert suggest("skils", ["skills"], budget) == "skills" and budget.left == 1


def test_the_suggestion_follows_the_message_in_its_language() -> None:
    assert offer("unknown node 'skils'", "skills", "en") == "unknown node 'skils' — did you mean 'skills'?"
    assert offer("onbekend element 'skils'", "skills", "nl") == \
        "onbekend element 'skils' — bedoel je 'skills'?"
    assert offer("unknown node 'x'", None, "en") == "unknown node 'x'"


def _uses(name: str) -> set[str]:
    found = set()
    for path in TOC.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr == name or \
                    isinstance(node, ast.Constant) and node.value == name:
                found.add(str(path.relative_to(TOC)))
    return found


def test_one_function_and_one_catalogue_key() -> None:
    assert _uses("get_close_matches") == {"language/suggest.py"}
    assert _uses("did_you_mean") == {"language/suggest.py"}


# Each place that suggests ------------------------------------------------------------------


def test_the_builder_suggests(tmp_path: Path) -> None:
    path = tmp_path / "plan.toc"
    path.write_text('outcome skills "Skills"\noutcme trust "Trust"\nskills -> skils\n', encoding="utf-8")
    result = run_cli("check", str(path))
    assert "unknown keyword 'outcme' — did you mean 'outcome'?" in result.stderr
    assert "unknown node 'skils' — did you mean 'skills'?" in result.stderr


def test_the_builder_keeps_each_suggestion_beside_its_message() -> None:
    """An editor's quick fix takes the word from the diagnostic, never from its text."""
    loaded = load_text('outcome skills "Skills" { horizn: shrt  unintnded }\n'
                       'outcme trust "Trust"\nintervention p "P"\np -> skils { when: trst }\n'
                       'p -> nothing_alike\n'
                       'counterfactual skills { deadweight: 0.3 }\ncontext c "C" { kind: enablng }\n'
                       'group g "G" { members: elsewhere }\n')
    found = {(d.code, loaded.sources["t.toc"].text[d.span.start:d.span.end]): d for d in loaded.diagnostics}
    assert {key: d.suggestion for key, d in found.items()} == {
        ("E105", "horizn"): "horizon", ("E116", "unintnded"): "unintended",
        ("E101", "outcme"): "outcome", ("E102", "skils"): "skills", ("E102", "trst"): None,
        ("E102", "nothing_alike"): None, ("E124", "0.3"): "30%", ("E102", "elsewhere"): None,
        ("E106", "enablng"): "enabling"}
    # Where an unknown id stands says what it may be declared as; a group takes any kind.
    assert found["E102", "nothing_alike"].expects == LINKABLE_KINDS
    assert found["E102", "trst"].expects == CONDITION_KINDS
    assert found["E102", "elsewhere"].expects == tuple(NodeKind)
    assert found["E105", "horizn"].expects == ()


@pytest.mark.parametrize(("option", "word", "guess"), [
    ("--focus", "skils", "skills"), ("--perspective", "parnts", "parents"), ("--hide", "contexs", "contexts")])
def test_render_suggests_inline(tmp_path: Path, option: str, word: str, guess: str) -> None:
    path = tmp_path / "plan.toc"
    path.write_text('actor parents "Parents"\nintervention practice "Practice" { by: parents }\n'
                    'outcome skills "Skills"\npractice -> skills\n', encoding="utf-8")
    result = run_cli("render", str(path), option, word, "--format", "dot")
    assert result.exit_code == 2
    first = result.stderr.splitlines()[0]
    assert first.startswith("toc render: error: ") and first.endswith(f" — did you mean '{guess}'?")


def test_explain_suggests() -> None:
    result = run_cli("explain", "miracle-leep", "--lang", "nl")
    assert result.stderr.startswith("toc: error: onbekende regel 'miracle-leep' — bedoel je 'miracle-leap'?")


def test_lint_options_and_configuration_suggest(tmp_path: Path) -> None:
    from toc.lint import Config, ConfigError

    with pytest.raises(ConfigError) as caught:
        Config.from_mapping({"select": ["unknown-rule-in-coment"]}, "toc.toml")
    assert caught.value.message("en") == ("toc.toml: unknown rule 'unknown-rule-in-coment' in 'select' "
                                          "— did you mean 'unknown-rule-in-comment'?")
    path = tmp_path / "plan.toc"
    path.write_text('outcome skills "Skills"\n', encoding="utf-8")
    result = run_cli("lint", str(path), "--ignore", "orphan-nod")
    assert result.exit_code == 2 and "did you mean 'orphan-node'?" in result.stderr


def test_an_ignore_comment_suggests() -> None:
    from tests.conftest import load_text
    from toc.lint import lint

    loaded = load_text('outcome skills "Skills"  # toc: ignore[orphan-nod]\n')
    warning = next(d for d in lint(loaded) if d.code == "TOC001")
    assert warning.message.endswith("— did you mean 'orphan-node'?")


def test_lint_ignore_and_select_accept_the_linters_own_warning(tmp_path: Path) -> None:
    path = tmp_path / "plan.toc"
    path.write_text('outcome skills "Skills"  # toc: ignore[orphan-nod]\n', encoding="utf-8")
    assert "TOC001" in run_cli("lint", str(path), "--format", "json").stdout
    assert "TOC001" not in run_cli("lint", str(path), "--format", "json", "--ignore", "TOC001").stdout
    selected = run_cli("lint", str(path), "--format", "json", "--select", "TOC001").stdout
    assert "TOC001" in selected and "TOC101" not in selected
