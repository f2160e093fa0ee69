"""The one place where toc's 1-based code-point positions meet the protocol's 0-based UTF-16 ones.

toc counts columns in Unicode code points from 1 (as an editor's status bar
does); the Language Server Protocol counts lines from 0 and characters in
UTF-16 code units, in which a character outside the Basic Multilingual Plane
(most emoji) takes two units. Every conversion in the server goes through here.
"""

from __future__ import annotations

from lsprotocol import types

from toc.language.source import Source
from toc.model.span import Span


def utf16_length(text: str) -> int:
    """Return how many UTF-16 code units a text takes."""
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


def utf16_to_code_points(text: str, units: int) -> int:
    """Return how many code points of `text` fit in `units` UTF-16 units.

    A position inside a surrogate pair (which no client should send) falls back to
    the start of that character; a position past the end stops at the end.
    """
    counted = 0
    for index, char in enumerate(text):
        width = 2 if ord(char) > 0xFFFF else 1
        if counted + width > units:
            return index
        counted += width
    return len(text)


def to_position(source: Source, line: int, column: int) -> types.Position:
    """Convert a 1-based (line, code-point column) into a protocol position."""
    line = max(1, line)
    if line > source.line_count:
        # Past the end (e.g. "the file ends too early"): the end of the last line.
        last = source.line_count
        return types.Position(last - 1, utf16_length(source.line_text(last)))
    prefix = source.line_text(line)[: max(0, column - 1)]
    return types.Position(line - 1, utf16_length(prefix))


def offset_to_position(source: Source, offset: int) -> types.Position:
    """Convert a 0-based code-point offset into a protocol position."""
    line, column = source.position(offset)
    return to_position(source, line, column)


def span_to_range(source: Source, span: Span) -> types.Range:
    """Convert a span into a protocol range."""
    return types.Range(to_position(source, span.line, span.column),
                       to_position(source, span.end_line, span.end_column))


def from_position(source: Source, position: types.Position) -> tuple[int, int]:
    """Convert a protocol position into a 1-based (line, code-point column)."""
    line = min(max(0, position.line) + 1, source.line_count)
    text = source.line_text(line)
    return line, utf16_to_code_points(text, max(0, position.character)) + 1


def position_to_offset(source: Source, position: types.Position) -> int:
    """Convert a protocol position into a 0-based code-point offset in the source."""
    line, column = from_position(source, position)
    return source.offset(line, column)


def end_position(source: Source) -> types.Position:
    """The protocol position just after the last character of a source."""
    return offset_to_position(source, len(source.text))
