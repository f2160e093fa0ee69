"""Escaping user text for each diagram target: HTML-like labels (DOT) and Mermaid."""

from __future__ import annotations

import re

import pytest

from tests.render_helpers import HOSTILE_LABELS
from toc.render.escape import html_lines, html_text, mermaid_text, visible, wrap


@pytest.mark.parametrize("label", HOSTILE_LABELS)
def test_html_text_leaves_no_markup_or_label_end(label: str) -> None:
    escaped = html_text(label)
    assert "<" not in escaped and ">" not in escaped and '"' not in escaped
    # every & starts one of the entities we wrote, never one the user wrote
    assert re.fullmatch(r"(?:[^&]|&(?:amp|lt|gt|quot);)*", escaped)


@pytest.mark.parametrize("label", HOSTILE_LABELS)
def test_html_text_round_trips_to_the_visible_label(label: str) -> None:
    decoded = (html_text(label).replace("&lt;", "<").replace("&gt;", ">")
               .replace("&quot;", '"').replace("&amp;", "&"))
    assert decoded == visible(label).replace("\n", " ")


def test_html_text_keeps_backslashes_and_braces_as_written() -> None:
    assert html_text("a\\l {b}") == "a\\l {b}"
    assert html_text("<b>x</b> & y") == "&lt;b&gt;x&lt;/b&gt; &amp; y"


@pytest.mark.parametrize("label", HOSTILE_LABELS)
def test_mermaid_text_cannot_end_the_quotes_or_open_a_tag(label: str) -> None:
    escaped = mermaid_text(label)
    assert not set('"<>&') & set(escaped)
    # every # is the start of a code this function wrote
    assert re.fullmatch(r"(?:[^#]|#(?:35|34|38|60|62);)*", escaped)


def test_mermaid_text_escapes_entity_codes_the_user_wrote() -> None:
    assert mermaid_text("#quot;") == "#35;quot;"
    assert mermaid_text('say "hi" <b>') == "say #34;hi#34; #60;b#62;"


def test_control_characters_become_visible_pictures() -> None:
    assert visible("a\x00b\x07c\x7f\td") == "a\u2400b\u2407c\u2421 d"
    assert "\x1b" not in html_text("\x1b[31m") and "\x1b" not in mermaid_text("\x1b[31m")


def test_wrap_keeps_words_and_author_line_breaks() -> None:
    assert wrap("Children learn by making their own choices", 20) == [
        "Children learn by", "making their own", "choices"]
    assert wrap("one\ntwo", 20) == ["one", "two"]
    assert all(len(line) <= 10 for line in wrap("x" * 35, 10))


def test_html_lines_escape_each_line() -> None:
    assert html_lines(["<a>", "&"]) == "&lt;a&gt;<br/>&amp;"
    assert html_lines(["x"], "left") == 'x<br align="left"/>'
