"""Labels wrapped into lines for a diagram; the escaping is done per line by toc.escape."""

from __future__ import annotations

from unicodedata import east_asian_width

from toc.escape.controls import visible


def columns(text: str) -> int:
    """How many columns a text takes: East Asian wide letters (Hangul, kanji) take two."""
    if text.isascii():
        return len(text)
    return sum(2 if east_asian_width(c) in "WF" else 1 for c in text)


def _cut(word: str, width: int) -> tuple[str, str]:
    """The longest head of a word that fits in `width` columns (at least one letter), and the rest."""
    if word.isascii():
        return word[:width], word[width:]
    used = 0
    for position, letter in enumerate(word):
        used += columns(letter)
        if used > width and position:
            return word[:position], word[position:]
    return word, ""


# A run of letters without a space longer than this is no word but a string (a long web
# address, a code): it is cut, so that it cannot make one shape as wide as the page.
LONGEST_WORD = 60


def _may_cut(word: str, size: int, width: int) -> bool:
    """Whether a word too long for its line is cut: wide letters, or a string no word is that long.

    Chinese and Japanese are written without spaces and break between any two
    letters; any other word stands whole on a line of its own, however long.
    """
    return size > width and (size > LONGEST_WORD or size != len(word))


def wrap(text: str, width: int) -> list[str]:
    """Split a label into lines of at most `width` columns, keeping the author's line breaks.

    Greedy, word by word. A word longer than a line gets a line of its own and is
    never cut, unless it is of wide letters or longer than `LONGEST_WORD`. Wide
    letters (Korean, Chinese, Japanese) count as two columns, as they are drawn
    about twice as wide. (textwrap does neither, and costs several times more:
    labels are wrapped for every node.)
    """
    lines: list[str] = []
    for paragraph in visible(text).split("\n"):
        line, used = "", 0
        for word in paragraph.split():
            size = columns(word)
            while _may_cut(word, size, width):
                if line:
                    lines.append(line)
                    line, used = "", 0
                head, word = _cut(word, width if size != len(word) else LONGEST_WORD)
                lines.append(head)
                size = columns(word)
            if not line:
                line, used = word, size
            elif used + 1 + size <= width:
                line, used = f"{line} {word}", used + 1 + size
            else:
                lines.append(line)
                line, used = word, size
        lines.append(line)
    return lines
