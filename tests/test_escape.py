"""Escaping user text, one function per target: Markdown, terminal, XML, DOT, Mermaid, GitHub, SARIF."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from tests.render_helpers import HOSTILE_LABELS, HOSTILE_MARKDOWN
from toc.escape.controls import visible
from toc.escape.dot import html_lines, html_text
from toc.escape.github import escape_github_data, escape_github_property
from toc.escape.markdown import escape_markdown, markdown_code
from toc.escape.mermaid import mermaid_text
from toc.escape.sarif import sarif_uri
from toc.escape.terminal import terminal_text
from toc.escape.xml import xml_text
from toc.render.wrap import wrap

TOC = Path(__file__).resolve().parent.parent / "toc"


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



def test_wrap_never_cuts_a_word() -> None:
    """A word longer than its line stands whole on a line of its own (the docs promise it)."""
    assert wrap("<script>alert(1)</script> and more", 24) == ["<script>alert(1)</script>", "and more"]
    assert wrap("see wijkverpleegkundigenteams now", 12) == ["see", "wijkverpleegkundigenteams", "now"]
    for text in ("x" * 35, "a " + "y" * 59 + " b"):
        assert {word for line in wrap(text, 10) for word in line.split()} == set(text.split())


def test_wrap_cuts_only_strings_no_word_is_as_long_as() -> None:
    assert wrap("x" * 130, 24) == ["x" * 60, "x" * 60, "x" * 10]


def test_html_lines_escape_each_line() -> None:
    assert html_lines(["<a>", "&"]) == "&lt;a&gt;<br/>&amp;"
    assert html_lines(["x"], "left") == 'x<br align="left"/>'


def test_xml_text_is_what_html_like_labels_use() -> None:
    assert xml_text('<a href="x">&</a>') == "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;"
    assert html_text("\x01 <") == xml_text("\x01 <") == "\u2401 &lt;"


# Markdown -------------------------------------------------------------------------------------

MARKDOWN_HOSTILE = [*HOSTILE_MARKDOWN, "a\r\nb\rc\td", *HOSTILE_LABELS]


def markdown() -> MarkdownIt:
    # CommonMark plus the GitHub extensions a table or strikethrough could sneak in through.
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def inline_tokens(text: str) -> list:
    return [child for token in markdown().parse(text) if token.children for child in token.children]


def flattened(label: str) -> str:
    return " ".join(visible(label).split())


def shown(tokens: list) -> str:
    """What a reader sees of inline tokens that may only be text or inline code."""
    assert {t.type for t in tokens} <= {"text", "code_inline"}, [t.type for t in tokens]
    return "".join(t.content for t in tokens)


@pytest.mark.parametrize("label", MARKDOWN_HOSTILE)
def test_escaped_markdown_in_running_text_is_exactly_its_own_text(label: str) -> None:
    tokens = inline_tokens(f"Is *{escape_markdown(label)}* right?")
    kinds = [t.type for t in tokens]
    assert kinds[:2] == ["text", "em_open"] and kinds[-2:] == ["em_close", "text"], kinds
    assert shown(tokens[2:-2]) == flattened(label)


@pytest.mark.parametrize("label", MARKDOWN_HOSTILE)
def test_escaped_markdown_in_a_table_cell_stays_in_its_cell(label: str) -> None:
    table = f"| a | b |\n| --- | --- |\n| {escape_markdown(label)} | end |\n"
    tokens = markdown().parse(table)
    cells = [tokens[i + 1] for i, t in enumerate(tokens) if t.type == "td_open"]
    assert len(cells) == 2
    assert shown(cells[0].children) == flattened(label)
    assert cells[1].content == "end"


@pytest.mark.parametrize("label", MARKDOWN_HOSTILE)
def test_escaped_markdown_stays_on_one_line(label: str) -> None:
    assert not set("\r\n") & set(escape_markdown(label))


def test_escaped_markdown_leaves_ordinary_punctuation_readable() -> None:
    assert escape_markdown("Children aged 6-12 (at home), parents' money!") == \
        "Children aged 6-12 (at home), parents' money!"
    assert escape_markdown("a|b *c* _d_ [e](f) <g> `h` \\ & x#1") == \
        "a\\|b \\*c\\* \\_d\\_ \\[e\\](f) \\<g\\> \\`h\\` \\\\ \\& x\\#1"
    assert escape_markdown("  spaced\tout\n") == "spaced out"


@pytest.mark.parametrize("name", ["plan.toc", "my `odd` plan.toc", "``x", "a`", "two\nlines # x",
                                  "*not* [a](link) <b>"])
def test_markdown_code_shows_any_name_literally_as_code(name: str) -> None:
    tokens = inline_tokens(f"Reviewed: {markdown_code(name)}, done")
    assert [t.type for t in tokens] == ["text", "code_inline", "text"]
    assert tokens[1].content == " ".join(name.split())


# The other targets ------------------------------------------------------------------------------


def test_github_workflow_commands() -> None:
    assert escape_github_data("50%\r\nnext") == "50%25%0D%0Anext"
    assert escape_github_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"


def test_sarif_uri_is_a_relative_reference() -> None:
    assert sarif_uri("plans\\my plan#1.toc") == "plans/my%20plan%231.toc"


def test_terminal_text_keeps_ordinary_text() -> None:
    assert terminal_text("unknown node 'skils' — did you mean 'skills'?") == \
        "unknown node 'skils' — did you mean 'skills'?"


def _functions_named(name: str) -> list[str]:
    found = []
    for path in TOC.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [str(path.relative_to(TOC)) for node in ast.walk(tree)
                  if isinstance(node, ast.FunctionDef) and node.name == name]
    return found


@pytest.mark.parametrize("name", ["escape_markdown", "html_text", "mermaid_text", "mermaid_title",
                                  "xml_text", "escape_github_data", "sarif_uri", "terminal_text",
                                  "visible"])
def test_each_escaping_function_is_written_once_in_toc_escape(name: str) -> None:
    places = _functions_named(name)
    assert len(places) == 1 and places[0].startswith("escape/"), places
