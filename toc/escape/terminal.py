"""Text the command line prints: every piece of user text passes through here on its way to a terminal."""

from __future__ import annotations


def terminal_text(text: str) -> str:
    """Return text as it may be shown on a terminal.

    Messages quote what the user wrote (ids, labels, paths), and the text report
    shows source lines; all of it passes through this function before it is
    printed, so that guarding the terminal against what such text could do (escape
    sequences, other control characters) is a change to this one place. For now
    the text is returned as it is.
    """
    return text
