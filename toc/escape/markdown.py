"""Text in Markdown (CommonMark with GitHub's extensions): reports, checklists, hovers and docs pages."""

from __future__ import annotations

import re

from toc.escape.controls import visible

# Every character that starts inline markup somewhere in CommonMark or GitHub
# Flavoured Markdown: emphasis and strikethrough (* _ ~), code (`), links and
# images ([ ]), raw HTML and autolinks (< >), entities (&), table cells (|),
# headings (#), GitHub math ($) and the backslash itself. CommonMark lets a
# backslash make any ASCII punctuation literal, also inside a table cell.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|&~#$])")
_SPACE = re.compile(r"\s+")


def escape_markdown(text: str) -> str:
    """Make user text show literally in Markdown, on one line, in running text or a table cell.

    The choice, and why it is safe in both places: all white space, line breaks
    included, becomes single spaces (and none is left at the ends), so the text
    can never end a table row or start a block of its own (a heading, a list item,
    a quote) and can be wrapped in `*...*`; every character above is
    backslash-escaped, so the text can never become emphasis, code, a link, HTML,
    an entity or a new table cell. A backslash escape rather than an entity keeps
    `&` readable in the Markdown source and works in table cells, where `|`
    needs it anyway. Other punctuation ('(', '!', '-', '.', '+') cannot start
    markup once brackets are escaped and the text is on one line after other
    text, so it stays as written and the source stays readable. Control
    characters, which Markdown readers drop or replace, become visible stand-ins.
    """
    return _SPECIAL.sub(r"\\\1", _SPACE.sub(" ", visible(text)).strip())


def markdown_code(text: str) -> str:
    """Show user text (a file name, a command) as inline code, whatever backticks it holds.

    Inside a code span nothing is markup, and a backslash cannot escape a backtick,
    so the span is fenced with one backtick more than the longest run in the text,
    and padded with a space where the text starts or ends with one. Line breaks
    become spaces, so the span stays on one line.
    """
    body = _SPACE.sub(" ", visible(text))
    runs = re.findall(r"`+", body)
    fence = "`" * (max((len(run) for run in runs), default=0) + 1)
    pad = " " if body.startswith("`") or body.endswith("`") else ""
    return f"{fence}{pad}{body}{pad}{fence}"
