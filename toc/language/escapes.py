"""Quoted texts as written and as meant: escapes undone (E005 for one the language lacks), and made."""

from __future__ import annotations

import re

from toc import i18n
from toc.language.codes import problem
from toc.language.diagnostics import Diagnostic
from toc.language.lexicon import ESCAPE, ESCAPES
from toc.language.source import LINE_END
from toc.model.span import Span


def unescape(body: str, span: Span, lang: str, problems: list[Diagnostic]) -> str:
    """The text between a STRING's quotes as meant; an unknown escape keeps its character and is reported.

    `span` is the whole quoted text's; each problem points at its own backslash.
    """
    if "\\" not in body:
        return body

    def replace(match: re.Match[str]) -> str:
        char = match.group(1)
        if char in ESCAPES:
            return ESCAPES[char]
        offset = span.start + 1 + match.start()
        where = Span(span.file, span.line, span.column + 1 + match.start(),
                     span.line, span.column + 3 + match.start(), offset, offset + 2)
        problems.append(problem("E005", i18n.text("E005", lang, char=char), where,
                                i18n.text("E005.hint", lang)))
        return char

    return ESCAPE.sub(replace, body)


# Each character that has an escape, by the escape that writes it (`"` gives `\\"`).
_ESCAPED = {meant: "\\" + char for char, meant in ESCAPES.items()}


def quote(text: str) -> str:
    """A quoted text that means `text`: the inverse of `unescape`, for writing user words into a theory.

    Backslashes, quotes, tabs and line breaks become escapes, so that the text
    stays one token on one line whatever it holds; CR LF and a lone CR become
    `\\n` too (the language keeps one kind of line break).
    """
    # Every line break the language knows (CR LF, CR, LF) is one `\\n`: a text stays on one line.
    body = LINE_END.sub("\n", text)
    return '"' + "".join(_ESCAPED.get(char, char) for char in body) + '"'
