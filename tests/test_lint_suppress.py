"""Inline suppression with `# toc: ignore[...]`: on the line, on the line above, or on the node's declaration."""

from __future__ import annotations

from tests.conftest import load_text
from toc.lint import lint


def found(text: str) -> list[tuple[str, int]]:
    # An assumption at the end (used by nothing) keeps no-assumptions from standing in for the
    # per-link implicit-link finding, which these tests use as a second finding on a line.
    return [(d.name, d.span.line) for d in lint(load_text(text + 'assumption spare "Spare"\n'))
            if d.name in ("miracle-leap", "implicit-link", "single-pathway",
                          "context-free-theory", "unknown-rule-in-comment")]


HEAD = '''theory "Job matching" { lang: en }
intervention matching "Offer job matching"
impact independence "Refugees are financially independent"
'''


def test_without_comments_the_findings_are_there() -> None:
    # Two findings on the link's line; the question about the whole theory comes last.
    assert found(HEAD + "matching -> independence\n") == [
        ("single-pathway", 3), ("miracle-leap", 4), ("implicit-link", 4), ("context-free-theory", 1)]


def test_a_comment_on_the_line_silences_the_named_rule_only() -> None:
    text = HEAD + "matching -> independence  # toc: ignore[miracle-leap]\n"
    assert ("miracle-leap", 4) not in found(text)
    assert ("implicit-link", 4) in found(text)


def test_codes_and_several_names_work() -> None:
    text = HEAD + "matching -> independence  # toc: ignore[TOC203, implicit-link]\n"
    assert [f for f in found(text) if f[1] == 4] == []


def test_a_bare_ignore_silences_every_rule_on_the_line() -> None:
    text = HEAD + "matching -> independence  # toc: ignore\n"
    assert [f for f in found(text) if f[1] == 4] == []


def test_a_comment_on_its_own_line_covers_the_next_line() -> None:
    text = HEAD + "# toc: ignore[miracle-leap]\nmatching -> independence\n"
    assert ("miracle-leap", 5) not in found(text)
    assert ("implicit-link", 5) in found(text)


def test_a_comment_anywhere_in_the_declaration_covers_the_node() -> None:
    text = '''theory "Job matching" { lang: en }
intervention matching "Offer job matching"
impact independence "Refugees are financially independent" {
  horizon: long  # toc: ignore[single-pathway]
}
matching -> independence
'''
    assert ("single-pathway", 3) not in found(text)
    assert ("miracle-leap", 6) in found(text)


def test_a_comment_on_the_header_covers_theory_wide_findings() -> None:
    text = HEAD.replace("{ lang: en }", "{ lang: en }  # toc: ignore[context-free-theory]") + \
        "matching -> independence\n"
    assert ("context-free-theory", 1) not in found(text)


def test_a_comment_elsewhere_does_not_silence() -> None:
    text = HEAD + "matching -> independence\n# toc: ignore[miracle-leap]\n"
    assert ("miracle-leap", 4) in found(text)


def test_an_unknown_name_in_a_comment_is_reported_with_a_suggestion() -> None:
    text = HEAD + "matching -> independence  # toc: ignore[miracle-leep]\n"
    problems = [d for d in lint(load_text(text)) if d.code == "TOC001"]
    assert len(problems) == 1
    assert problems[0].span.line == 4
    assert problems[0].message == \
        "'miracle-leep' in this comment is not a lint rule — did you mean 'miracle-leap'?"
    assert problems[0].hint == "'toc rules' lists every lint rule, 'toc errors' every other code."
    assert (problems[0].name, problems[0].severity.value) == ("unknown-rule-in-comment", "warning")
    assert ("miracle-leap", 4) in found(text)


def test_suppression_messages_follow_the_language() -> None:
    text = HEAD.replace("lang: en", "lang: nl") + "matching -> independence  # toc: ignore[x]\n"
    problem = next(d for d in lint(load_text(text)) if d.code == "TOC001")
    assert "geen lintregel" in problem.message


def test_a_comment_in_an_included_file_silences_findings_there() -> None:
    from toc.language.load import load

    shared = ('intervention matching "Offer job matching"\n'
              'impact independence "Refugees are financially independent"\n'
              'matching -> independence  # toc: ignore[miracle-leap]\n'
              'assumption spare "Spare"\n')
    files = {"shared.toc": shared}
    loaded = load('theory "Job matching" { lang: en }\nuse "shared.toc"\n', "main.toc",
                  read=files.__getitem__)
    names = [(d.name, d.span.file, d.span.line) for d in lint(loaded)]
    assert ("implicit-link", "shared.toc", 3) in names
    assert ("miracle-leap", "shared.toc", 3) not in names


def test_the_warning_about_an_unknown_name_can_itself_be_silenced() -> None:
    text = HEAD + "matching -> independence  # toc: ignore[miracle-leep, TOC001]\n"
    assert [d for d in lint(load_text(text)) if d.code == "TOC001"] == []
    by_name = HEAD + "matching -> independence  # toc: ignore[miracle-leep, unknown-rule-in-comment]\n"
    assert [d for d in lint(load_text(by_name)) if d.code == "TOC001"] == []


def test_the_warning_about_an_unknown_name_follows_the_configuration() -> None:
    from toc.language.diagnostics import Severity
    from toc.lint import Config

    text = HEAD + "matching -> independence  # toc: ignore[miracle-leep]\n"
    loaded = load_text(text)
    assert [d for d in lint(loaded, Config.from_mapping({"ignore": ["TOC001"]})) if d.code == "TOC001"] == []
    selected = lint(loaded, Config.from_mapping({"select": ["miracle-leap"]}))
    assert [d.code for d in selected] == ["TOC203"]
    chosen = lint(loaded, Config.from_mapping({"select": ["unknown-rule-in-comment"]}))
    assert [d.code for d in chosen] == ["TOC001"]
    graded = lint(loaded, Config.from_mapping({"severity": {"TOC001": "info"}}))
    assert [d.severity for d in graded if d.code == "TOC001"] == [Severity.INFO]
    everything = lint(loaded, Config.from_mapping({"select": ["ALL"]}))
    assert "TOC001" in [d.code for d in everything]
