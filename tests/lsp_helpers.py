"""Helpers for the language-server tests: an independent UTF-16 position oracle and edit application."""

from __future__ import annotations

from lsprotocol import types


def utf16_units(text: str) -> int:
    """UTF-16 code units of a text, counted by encoding it (independent of toc.lsp.positions)."""
    return len(text.encode("utf-16-le")) // 2


def position_of(text: str, needle: str, occurrence: int = 0, after: str = "") -> types.Position:
    """The protocol position of the n-th `needle` (searched after `after`, when given)."""
    start = text.index(after) + len(after) if after else 0
    offset = text.index(needle, start)
    for _ in range(occurrence):
        offset = text.index(needle, offset + 1)
    line = text.count("\n", 0, offset)
    line_start = text.rfind("\n", 0, offset) + 1
    return types.Position(line, utf16_units(text[line_start:offset]))


def offset_of(text: str, position: types.Position) -> int:
    """The code-point offset of a protocol position, by walking UTF-16 units."""
    lines = text.split("\n")
    offset = sum(len(line) + 1 for line in lines[: position.line])
    units = 0
    for char in lines[position.line] if position.line < len(lines) else "":
        if units >= position.character:
            break
        units += utf16_units(char)
        offset += 1
    return offset


def apply_edits(text: str, edits: list[types.TextEdit]) -> str:
    """Apply protocol text edits (non-overlapping) to a text."""
    spans = sorted(((offset_of(text, e.range.start), offset_of(text, e.range.end), e.new_text)
                    for e in edits), reverse=True)
    for start, end, new_text in spans:
        text = text[:start] + new_text + text[end:]
    return text


async def settled(client, uri: str, expected: list[str], wait: float = 30) -> list[str]:
    """The codes the server publishes for a document once they are `expected`, or after `wait` seconds.

    The server analyses a change when typing pauses, in the background, so its
    diagnostics come a moment after the change that caused them.
    """
    import asyncio

    codes: list[str] = []
    for _ in range(int(wait * 20)):
        codes = [d.code for d in client.diagnostics.get(uri, [])]
        if codes == expected:
            break
        await asyncio.sleep(0.05)
    return codes
