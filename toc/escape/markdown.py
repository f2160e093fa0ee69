"""Text in Markdown (CommonMark with GitHub's extensions): reports, checklists, hovers and docs pages."""

from __future__ import annotations

import re

from toc.escape.controls import visible

# Every character that starts inline markup somewhere in CommonMark or GitHub
# Flavoured Markdown: emphasis and strikethrough (* _ ~), code (`), links and
# images ([ ]), raw HTML and autolinks (< >), entities (&), table cells (|),
# headings (#) and the backslash itself. CommonMark lets a backslash make any
# ASCII punctuation literal, also inside a table cell.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|&~#])")
_SPACE = re.compile(r"\s+")
# What GitHub makes live in plain text, where no backslash stops it: a web or mail
# address becomes a link, `@name` or `@org/team` notifies people, `#12`, `GH-12`
# and `owner/repo#12` link an issue. Such a word is shown as inline code, the one
# place GitHub leaves alone; it stays readable, and copying it gives what was written.
_LIVE = re.compile(r"""
    (?:\b[a-z][a-z0-9+.-]*://|\bwww\.|\b(?:mailto|xmpp):)[^\s<>`|]*   # addresses
  | [\w.+-]+@[\w-]+(?:\.[\w-]+)+                                     # e-mail addresses
  | (?<![\w@/])@[\w-]+(?:/[\w.-]+)?                                  # @name, @org/team
  | \b[\w.-]+/[\w.-]+\#\d+\b | (?<!\w)\#\d+\b | \bGH-\d+\b      # issue references
""", re.IGNORECASE | re.VERBOSE)
# GitHub reads `$...$` as mathematics whatever backslashes stand before the dollars;
# as an entity a dollar is no delimiter, and it still shows as `$`.
_DOLLAR = "&#36;"


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
    What GitHub links or notifies without any markup (addresses, mentions, issue
    references) becomes inline code, and a dollar an entity, so no mathematics starts.
    """
    flat = _SPACE.sub(" ", visible(text)).strip()
    parts, start = [], 0
    for live in _LIVE.finditer(flat):
        parts += [_plain(flat[start:live.start()]), markdown_code(live.group())]
        start = live.end()
    parts.append(_plain(flat[start:]))
    return "".join(parts)


def _plain(text: str) -> str:
    """Text with no live word in it: markup characters escaped, dollars as entities."""
    return _SPECIAL.sub(r"\\\1", text).replace("$", _DOLLAR)


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
