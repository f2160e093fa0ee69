"""A unified diff of a file and its formatted text, as `toc fmt --check` shows it."""

from __future__ import annotations

import difflib

_NO_NEWLINE = "\\ No newline at end of file\n"


def unified_diff(before: str, after: str, name: str, after_name: str) -> str:
    """Return a unified diff with three lines of context ('' when the texts are equal).

    Like GNU diff, a last line without a line break is marked, so that a missing
    final newline shows up as a change instead of as garbled output.
    """
    lines = difflib.unified_diff(before.splitlines(keepends=True),
                                 after.splitlines(keepends=True), name, after_name)
    return "".join(line if line.endswith("\n") else line + "\n" + _NO_NEWLINE for line in lines)
