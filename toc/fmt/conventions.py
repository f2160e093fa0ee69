"""A file's byte conventions (byte-order mark, line endings): detect, strip and restore."""

from __future__ import annotations

from dataclasses import dataclass

from toc.language.source import LINE_END

# The first line break decides, as most editors do: a file that mixes them comes
# out with the line ending it starts with. CR alone (old Mac files) is one of them.
LF, CRLF, CR = "\n", "\r\n", "\r"


@dataclass(frozen=True)
class Conventions:
    """How a file was stored: with or without a UTF-8 byte-order mark, LF, CRLF or CR lines."""

    bom: bool = False
    newline: str = LF


def detect_newline(text: str) -> str:
    """Return the text's first line break (LF, CRLF or CR); LF when it has none."""
    first = LINE_END.search(text)
    return first.group() if first else LF


def from_text(text: str) -> tuple[str, Conventions]:
    """Split already decoded text (which may start with a BOM) into LF text and conventions."""
    bom = text.startswith("\ufeff")
    if bom:
        text = text[1:]
    newline = detect_newline(text)
    return to_lf(text), Conventions(bom, newline)


def to_lf(text: str) -> str:
    """Every line break of a text (CRLF, CR or LF) as LF."""
    return text.replace(CRLF, LF).replace(CR, LF) if CR in text else text


def restore_text(text: str, conventions: Conventions) -> str:
    """Give LF text the line endings and byte-order mark it was read with."""
    if conventions.newline != LF:
        text = text.replace(LF, conventions.newline)
    return ("\ufeff" + text) if conventions.bom else text
