"""Each rule against its case file: the failing snippets give exactly the expected findings, the passing ones none."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tests.conftest import load_text
from toc.lint import RULES, Config, find, lint

CASES = sorted((Path(__file__).parent / "lint" / "cases").glob("*.toml"))


def _cases(kind: str) -> list:
    found = []
    for path in CASES:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for number, case in enumerate(data.get(kind, [])):
            found.append(pytest.param(data["rule"], case, id=f"{path.stem}-{kind}-{number}"))
    return found


def _lint_one_rule(rule_name: str, text: str, lang: str | None = None) -> list:
    rule = find(rule_name)
    assert rule is not None, f"unknown rule {rule_name}"
    loaded = load_text(text, "case.toc", lang=lang)
    assert loaded.ok, [d.message for d in loaded.diagnostics]
    return lint(loaded, Config(select=frozenset({rule.code})))


def test_every_rule_has_a_case_file() -> None:
    assert sorted(p.stem for p in CASES) == sorted(rule.name for rule in RULES)


@pytest.mark.parametrize(("rule_name", "case"), _cases("fail"))
def test_failing_snippet_gives_the_expected_findings(rule_name: str, case: dict) -> None:
    found = _lint_one_rule(rule_name, case["text"], case.get("lang"))
    got = [{"line": d.span.line, "column": d.span.column, "nodes": list(d.nodes)} for d in found]
    assert got == case["expected"], case["description"]
    assert all(d.name == rule_name for d in found)
    if "message" in case:
        assert all(case["message"] in d.message for d in found), [d.message for d in found]
    if "hint" in case:
        assert all(case["hint"] in d.hint for d in found), [d.hint for d in found]
    if "severity" in case:
        assert all(d.severity.value == case["severity"] for d in found), case["description"]


@pytest.mark.parametrize(("rule_name", "case"), _cases("pass"))
def test_passing_snippet_gives_no_finding(rule_name: str, case: dict) -> None:
    assert _lint_one_rule(rule_name, case["text"], case.get("lang")) == [], case["description"]


def test_each_case_file_has_failing_and_passing_snippets() -> None:
    for path in CASES:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        assert data.get("fail") and data.get("pass"), path.name
