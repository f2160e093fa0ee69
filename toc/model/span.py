"""Where a part of a theory was written: a region of a source file."""

from __future__ import annotations

from typing import NamedTuple


class Span(NamedTuple):
    """A region of a source file; lines and columns are 1-based, offsets 0-based.

    Columns count Unicode code points, as an editor's status bar does; the
    language server converts them to UTF-16 in one place of its own. End
    column and end offset point just past the region. A named tuple, because
    a large theory creates hundreds of thousands of spans.
    """

    file: str
    line: int
    column: int
    end_line: int
    end_column: int
    start: int = 0
    end: int = 0

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


def join(first: Span, last: Span) -> Span:
    """The span from the start of one region to the end of another."""
    return tuple.__new__(Span, (first.file, first.line, first.column, last.end_line, last.end_column,
                                first.start, last.end))
