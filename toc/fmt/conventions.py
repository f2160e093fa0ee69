"""A file's byte conventions (byte-order mark, line endings): detect, strip and restore."""

from __future__ import annotations

from dataclasses import dataclass

# The first line break decides, as most editors do: a file that mixes both
# comes out with the line ending it starts with.
LF, CRLF = "\n", "\r\n"


@dataclass(frozen=True)
class Conventions:
    """How a file was stored: with or without a UTF-8 byte-order mark, LF or CRLF lines."""

    bom: bool = False
    newline: str = LF


def detect_newline(text: str) -> str:
    """Return CRLF when the first line break of the text is CRLF, else LF."""
    first = text.find("\n")
    return CRLF if first > 0 and text[first - 1] == "\r" else LF


def from_text(text: str) -> tuple[str, Conventions]:
    """Split already decoded text (which may start with a BOM) into LF text and conventions."""
    bom = text.startswith("\ufeff")
    if bom:
        text = text[1:]
    newline = detect_newline(text)
    return text.replace(CRLF, LF), Conventions(bom, newline)


def restore_text(text: str, conventions: Conventions) -> str:
    """Give LF text the line endings and byte-order mark it was read with."""
    if conventions.newline == CRLF:
        text = text.replace(LF, CRLF)
    return ("\ufeff" + text) if conventions.bom else text
