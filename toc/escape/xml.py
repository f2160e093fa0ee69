"""Text inside XML, SVG or HTML (and so Graphviz's HTML-like labels): entities for markup characters."""

from __future__ import annotations

from toc.escape.controls import visible

_ENTITIES = {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;", ord('"'): "&quot;"}


def xml_text(text: str) -> str:
    """Escape text for XML element content or a double-quoted attribute, on one line.

    `<`, `>`, `&` and `"` become entities, so user text can neither open a tag, start
    an entity nor close an attribute; control characters, which XML 1.0 forbids,
    become visible stand-ins. Line breaks become spaces: a caller that keeps them
    splits the text first and joins the escaped lines with its own markup.
    """
    return visible(text).replace("\n", " ").translate(_ENTITIES)
