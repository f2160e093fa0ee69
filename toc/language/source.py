"""Source texts: how a file's bytes become text, and the one place where offsets become lines and columns."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from toc.model.span import Span


def decode(data: bytes, *, keep_bom: bool = False) -> str:
    """The text of a .toc file: UTF-8, a byte-order mark allowed; raises UnicodeDecodeError.

    The mark is dropped unless `keep_bom` (the formatter keeps it, to write it back).
    """
    return data.decode("utf-8" if keep_bom else "utf-8-sig")


# A line ends with CR LF, a lone CR or a lone LF, as the Language Server Protocol and
# most editors count: every part of toc (positions, parser, formatter, language
# server) agrees on this one definition.
LINE_END = re.compile(r"\r\n?|\n")


def line_starts(text: str) -> list[int]:
    """The offsets at which the lines of a text begin (the first is 0)."""
    if "\r" not in text:
        # The common case, kept fast: a plain search is several times quicker than a pattern.
        starts = [0]
        find = text.find
        position = find("\n")
        while position != -1:
            starts.append(position + 1)
            position = find("\n", position + 1)
        return starts
    return [0, *(match.end() for match in LINE_END.finditer(text))]


def line_end(text: str, position: int) -> int:
    """Where the line holding `position` ends: the offset of its line break, or the text's end."""
    found = LINE_END.search(text, position)
    return found.start() if found else len(text)


@dataclass
class Source:
    """The text of one file with a fast offset-to-position index."""

    path: str
    text: str
    _line_starts: list[int] = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._line_starts = line_starts(self.text)

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
        end = self._line_starts[line] if line < self.line_count else len(self.text)
        # Inside a line there is no CR or LF (either would end it), so only its break is stripped.
        return self.text[start:end].rstrip("\r\n")
