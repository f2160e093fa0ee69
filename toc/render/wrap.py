"""Labels wrapped into lines for a diagram; the escaping is done per line by toc.escape."""

from __future__ import annotations

from toc.escape.controls import visible


def wrap(text: str, width: int) -> list[str]:
    """Split a label into lines of at most `width` characters, keeping the author's line breaks.

    Greedy, word by word; a word longer than a line is cut. (textwrap does the
    same but costs several times more, and labels are wrapped for every node.)
    """
    lines: list[str] = []
    for paragraph in visible(text).split("\n"):
        line = ""
        for word in paragraph.split():
            while len(word) > width:
                if line:
                    lines.append(line)
                    line = ""
                lines.append(word[:width])
                word = word[width:]
            if not line:
                line = word
            elif len(line) + 1 + len(word) <= width:
                line += " " + word
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines
