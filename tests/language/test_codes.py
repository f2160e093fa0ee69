"""The one registry of codes: every code toc can print is registered, named once and documented in both languages."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from tests.conftest import ROOT, assert_page_is_generated, run_cli
from toc import i18n
from toc.language import codes
from toc.language.codes import CODES, DOC_PARTS, Stage
from toc.language.load import load
from toc.lint import RULES, lint

TOC = ROOT / "toc"
CODE_LITERAL = re.compile(r"(E\d{3}|TOC\d{3})")
PAGES = {"en": ROOT / "docs" / "errors.md", "nl": ROOT / "docs" / "errors.nl.md"}
RULE_CODES = {rule.code for rule in RULES}


def literals() -> dict[str, list[str]]:
    """Every string literal in toc/ that is exactly a code, with the files it stands in."""
    found: dict[str, list[str]] = {}
    for path in sorted(TOC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and CODE_LITERAL.fullmatch(node.value):
                found.setdefault(node.value, []).append(str(path.relative_to(ROOT)))
    return found


def test_every_code_in_the_source_is_registered() -> None:
    emitted = literals()
    assert {"E001", "E009", "E010", "E102", "E201", "TOC001"} <= set(emitted)  # the search works
    unknown = {code: files for code, files in emitted.items()
               if code not in codes.BY_CODE and code not in RULE_CODES}
    assert unknown == {}


@pytest.mark.parametrize("code", CODES, ids=lambda c: c.code)
def test_every_code_is_documented_in_both_languages(code: codes.Code) -> None:
    for part in DOC_PARTS:
        documented = i18n.has(code.doc_key(part))
        assert documented == (part in code.parts), (code.code, part)
    for lang in i18n.LANGUAGES:
        assert all(code.doc(part, lang).strip() for part in code.parts)
        assert code.stage.title(lang)


def test_codes_and_names_are_unique_and_named_in_kebab_case() -> None:
    names = [c.name for c in CODES] + [r.name for r in RULES]
    numbers = [c.code for c in CODES] + [r.code for r in RULES]
    assert len(set(names)) == len(names) and len(set(numbers)) == len(numbers)
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", c.name) for c in CODES)
    assert all(CODE_LITERAL.fullmatch(c.code) for c in CODES)


def test_no_message_of_the_catalogue_belongs_to_an_unregistered_code() -> None:
    prefixes = {key.split(".")[0] for key in i18n.catalogue("en") if CODE_LITERAL.fullmatch(key.split(".")[0])}
    assert prefixes <= set(codes.BY_CODE) | RULE_CODES


def test_diagnostics_take_their_names_from_a_registry() -> None:
    """No module names a diagnostic itself: `Diagnostic(..., name="...")` with a written name."""
    written = []
    for path in sorted(TOC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Diagnostic":
                written += [str(path) for k in node.keywords
                            if k.arg == "name" and isinstance(k.value, ast.Constant)]
    assert written == []


def test_a_diagnostic_carries_the_registered_name_and_severity() -> None:
    loaded = load('outcome skills "Skills"\nskills -> skils\n', "t.toc")
    assert [(d.code, d.name, d.severity.value) for d in loaded.diagnostics] == [
        ("E102", "unknown-node", "error")]


# Examples: each wrong snippet gives its code, each right one gives no error ------------------

FILES = {"common.toc": 'context trust "Trust in the team"\n',
         "gedeeld.toc": 'context vertrouwen "Vertrouwen in het team"\n'}


def read(path: str) -> str:
    if path in FILES:
        return FILES[path]
    raise FileNotFoundError(path)


def found_codes(text: str) -> tuple[list[str], list[str]]:
    """The codes a snippet gets (lint included when it loads) and its errors."""
    loaded = load(text, "t.toc", read=read)
    found = [d.code for d in loaded.diagnostics]
    if loaded.ok:
        found += [d.code for d in lint(loaded)]
    return found, [d.code for d in loaded.diagnostics if d.severity.value == "error"]


EXAMPLES = [(code, lang) for code in CODES if code.example for lang in i18n.LANGUAGES]


@pytest.mark.parametrize(("code", "lang"), EXAMPLES, ids=lambda v: getattr(v, "code", v))
def test_the_example_gives_the_code_and_the_instead_does_not(code: codes.Code, lang: str) -> None:
    found, _ = found_codes(code.doc("example", lang))
    assert code.code in found
    found, errors = found_codes(code.doc("instead", lang))
    assert code.code not in found and errors == []


def test_the_codes_without_examples_are_those_a_snippet_cannot_show() -> None:
    # Files, includes and a flood of syntax errors need more than one short text.
    assert {c.code for c in CODES if not c.example} == {
        "E006", "E007", "E009", "E010", "E011", "E012", "E120", "E202", "E203", "E204", "E205"}


# toc explain, toc errors and the docs pages -------------------------------------------------


@pytest.mark.parametrize("code", CODES, ids=lambda c: c.code)
def test_explain_answers_for_every_code_in_both_languages_and_formats(code: codes.Code) -> None:
    for lang in i18n.LANGUAGES:
        text = run_cli("explain", code.code, "--lang", lang)
        assert (text.exit_code, text.stderr) == (0, "")
        assert text.stdout.startswith(f"{code.name} ({code.code})\n")
        assert code.doc("fix", lang).split()[0] in text.stdout
        markdown = run_cli("explain", code.name, "--lang", lang, "--format", "markdown")
        assert (markdown.exit_code, markdown.stderr) == (0, "")
        assert markdown.stdout.startswith(f"## {code.name} ({code.code})\n")


def test_explain_knows_codes_by_name_in_any_case() -> None:
    assert run_cli("explain", "e102").stdout == run_cli("explain", "unknown-node").stdout
    assert "What it means" in run_cli("explain", "E102").stdout
    assert "Wat het betekent" in run_cli("explain", "E102", "--lang", "nl").stdout


def test_explain_suggests_a_code_name() -> None:
    result = run_cli("explain", "unknown-nod")
    assert result.exit_code == 2 and result.stdout == ""
    assert "did you mean 'unknown-node'?" in result.stderr


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_errors_page_is_up_to_date(lang: str) -> None:
    assert_page_is_generated(PAGES[lang], "errors", "--lang", lang)


def test_errors_page_has_every_code_once_in_its_table_and_its_section() -> None:
    page = PAGES["en"].read_text(encoding="utf-8")
    for code in CODES:
        assert page.count(f"| {code.code} | [{code.name}](#{code.name}-{code.code.lower()}) |") == 1
        assert page.count(f"### {code.name} ({code.code})\n") == 1
    assert [line for line in page.splitlines() if line.startswith("## ")] == [
        f"## {stage.title('en')}" for stage in Stage]


def test_errors_table_and_json_list_every_code() -> None:
    import json

    table = run_cli("errors")
    assert table.exit_code == 0 and all(c.code in table.stdout for c in CODES)
    data = json.loads(run_cli("errors", "--format", "json", "--lang", "nl").stdout)
    assert [d["code"] for d in data] == [c.code for _, members in _by_stage() for c in members]
    assert data[0]["what"] == CODES[0].doc("what", "nl")


def _by_stage():
    from toc.report.codes import by_stage

    return by_stage()


def test_readme_lists_the_errors_pages() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "`docs/errors.md` (`docs/errors.nl.md`)" in readme
    assert Path(ROOT / "docs" / "errors.nl.md").is_file()
