"""Layout rules of the printer that golden files show only by example: width and breaking."""

from __future__ import annotations

from tests import catalogues
from toc.fmt import format_text
from toc.fmt.printer import WIDTH
from toc.i18n import placeholders


def fmt(text: str) -> str:
    return format_text(text, "t.toc").text


def outcome_of_width(width: int) -> str:
    """An outcome statement whose one-line form is exactly `width` characters long."""
    head = 'outcome o "'
    tail = '" { horizon: short }'
    return head + "x" * (width - len(head) - len(tail)) + tail


def test_a_line_of_exactly_the_width_stays_on_one_line() -> None:
    line = outcome_of_width(WIDTH)
    assert len(line) == WIDTH
    assert fmt(line) == line + "\n"


def test_one_character_more_breaks_the_braces() -> None:
    line = outcome_of_width(WIDTH + 1)
    head = line[: line.index(" {")]
    assert fmt(line) == f"{head} {{\n  horizon: short\n}}\n"


def test_a_trailing_comment_does_not_count_for_the_width() -> None:
    line = outcome_of_width(WIDTH)
    assert fmt(line + " # a remark") == line + "  # a remark\n"


def test_nested_indicators_always_break_their_statement() -> None:
    assert fmt('outcome o "O" { indicator "I" }') == 'outcome o "O" {\n  indicator "I"\n}\n'


def test_indented_nested_braces_count_their_indent() -> None:
    label = "y" * (WIDTH - len('  indicator "" { kind: story }'))
    fits = fmt(f'outcome o "O" {{ indicator "{label}" {{ kind: story }} }}')
    assert f'  indicator "{label}" {{ kind: story }}\n' in fits
    broken = fmt(f'outcome o "O" {{ indicator "{label}y" {{ kind: story }} }}')
    assert f'  indicator "{label}y" {{\n    kind: story\n  }}\n' in broken


def test_empty_input_stays_empty_and_text_ends_with_one_newline() -> None:
    assert fmt("") == ""
    assert fmt("\n\n  \n") == ""
    assert fmt("a -> b\n\n\n") == "a -> b\n"


def test_english_and_dutch_messages_agree() -> None:
    english, dutch = catalogues.area("fmt", "en"), catalogues.area("fmt", "nl")
    assert english and english.keys() == dutch.keys()
    for key, text in english.items():
        assert placeholders(text) == placeholders(dutch[key]), key


def test_the_before_and_after_examples_in_the_docs_are_true() -> None:
    import re
    from pathlib import Path

    page = (Path(__file__).resolve().parent.parent / "docs" / "formatting.md").read_text(
        encoding="utf-8")
    blocks = re.findall(r"<!-- (before|after) -->\n```toc\n(.*?)```", page, re.DOTALL)
    assert len(blocks) >= 8
    pairs = list(zip(blocks[::2], blocks[1::2]))
    for (first, before), (second, after) in pairs:
        assert (first, second) == ("before", "after")
        assert fmt(before) == after
