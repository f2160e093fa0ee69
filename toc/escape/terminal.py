"""Text the command line prints: every piece of user text passes through here on its way to a terminal."""

from __future__ import annotations

import re

# What a terminal would act on instead of showing: C0 controls other than line feed
# and tab (ESC starts colour, cursor and title sequences, BEL rings, BS and a bare CR
# overwrite what was shown), DEL, the C1 controls (U+009B is an 8-bit CSI), the line
# and paragraph separators, and the marks that reorder text right to left (a
# "trojan source" can make a line read differently from what it is).
_ACTIVE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029"
                     "\u202a-\u202e\u2066-\u2069]")


def _shown(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_text(text: str) -> str:
    r"""Return text as it may be shown on a terminal: active characters written out as `\x1b`, `\u202e`.

    Messages quote what the user wrote (ids, labels, paths), and the text report
    shows source lines; all of it passes through here before it is printed, so a
    label can neither clear the screen, set the window title, hide text behind a
    carriage return, nor reorder a line. Line feeds and tabs are kept: they are
    layout, and toc's own output uses them.
    """
    return _ACTIVE.sub(_shown, text)


def terminal_json(text: str) -> str:
    r"""Return JSON text as it may be shown on a terminal: active characters as `\u001b`, `\u202e`.

    JSON leaves DEL, the C1 controls, the separators and the direction marks as
    they are; outside its strings there are none, and inside a string `\uXXXX`
    means the very same character, so a program reading the output gets what
    toc meant while a person watching it sees no sequence acted on.
    """
    return _ACTIVE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
