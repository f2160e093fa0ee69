"""A diff as text for a terminal: a summary, then each section's items with their places."""

from __future__ import annotations

from toc.diff.changes import Diff
from toc.diff.outline import outline
from toc.diff.words import Words
from toc.escape.terminal import terminal_text

# Colours for a terminal that shows them: what came, what went, what moved.
_COLOURS = {"added": "32", "removed": "31", "renamed": "36", "changed": "33",
            "resolved": "32", "introduced": "31", "moved": "36"}


def _one_line(text: str) -> str:
    """User text for one line of the diff: harmless for a terminal, its line breaks as spaces."""
    return terminal_text(text).replace("\n", " ")


def to_text(diff: Diff, lang: str, color: bool = False) -> str:
    """The diff as lines for a terminal; `color` paints each item by what happened to it."""
    told = outline(diff, Words(lang, _one_line))
    lines = list(told.summary)
    for section in told.sections:
        lines += ["", section.title]
        for line in section.lines:
            text = f"{line.where}: {line.text}" if line.where else line.text
            if color and line.action in _COLOURS:
                text = f"\x1b[{_COLOURS[line.action]}m{text}\x1b[0m"
            lines.append(f"  {text}")
    return "\n".join(lines) + "\n"
