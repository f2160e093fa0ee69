"""Source texts: how a file's bytes become text, and the one place where offsets become lines and columns."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from toc.model.span import Span


def decode(data: bytes, *, keep_bom: bool = False) -> str:
    """The text of a .toc file: UTF-8, a byte-order mark allowed; raises UnicodeDecodeError.

    The mark is dropped unless `keep_bom` (the formatter keeps it, to write it back).
    """
    return data.decode("utf-8" if keep_bom else "utf-8-sig")


@dataclass
class Source:
    """The text of one file with a fast offset-to-position index."""

    path: str
    text: str
    _line_starts: list[int] = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self) -> None:
        starts = [0]
        find = self.text.find
        position = find("\n")
        while position != -1:
            starts.append(position + 1)
            position = find("\n", position + 1)
        self._line_starts = starts

    @property
    def line_count(self) -> int:
        return len(self._line_starts)

    def position(self, offset: int) -> tuple[int, int]:
        """Return the 1-based (line, column) of a 0-based offset."""
        offset = max(0, min(offset, len(self.text)))
        index = bisect.bisect_right(self._line_starts, offset) - 1
        return index + 1, offset - self._line_starts[index] + 1

    def offset(self, line: int, column: int) -> int:
        """Return the 0-based offset of a 1-based (line, column)."""
        line = max(1, min(line, self.line_count))
        return min(self._line_starts[line - 1] + column - 1, len(self.text))

    def span(self, start: int, end: int) -> Span:
        """Return the span between two offsets."""
        line, column = self.position(start)
        end_line, end_column = self.position(max(start, end))
        return Span(self.path, line, column, end_line, end_column, start, max(start, end))

    def line_text(self, line: int) -> str:
        """Return the text of a 1-based line, without its line ending."""
        if not 1 <= line <= self.line_count:
            return ""
        start = self._line_starts[line - 1]
        end = self._line_starts[line] - 1 if line < self.line_count else len(self.text)
        return self.text[start:end].rstrip("\r")
