"""Lines of a document's text for quick fixes: where one starts and ends, its indentation, the line break."""

from __future__ import annotations

from toc.language.source import Source, line_end

# Code-point offsets into the document's text and what replaces the text between them.
Edit = tuple[int, int, str]


def line_break(text: str) -> str:
    """The line break a text already uses (CR LF, CR or LF), so that an inserted line matches it."""
    if "\r\n" in text:
        return "\r\n"
    return "\r" if "\r" in text else "\n"


def start_of(source: Source, line: int) -> int:
    """The offset at which a 1-based line begins."""
    return source.offset(line, 1)


def end_of(source: Source, line: int) -> int:
    """The offset of a 1-based line's break (or the text's end on the last line)."""
    return line_end(source.text, start_of(source, line))


def indentation(source: Source, line: int) -> str:
    """The spaces and tabs a 1-based line starts with."""
    text = source.line_text(line)
    return text[: len(text) - len(text.lstrip(" \t"))]


def insert_line(source: Source, after: int | None, before: int | None, text: str) -> Edit:
    """An edit that puts `text` on a line of its own after line `after`, or else before line `before`."""
    newline = line_break(source.text)
    if after is not None:
        if after < source.line_count:
            start = start_of(source, after + 1)
            return start, start, text + newline
        end = len(source.text)  # after the last line, which may lack its break
        return end, end, ("" if source.text.endswith(("\n", "\r")) or not source.text else newline) + text
    start = start_of(source, before or 1)
    return start, start, text + newline
