"""Characters that no output can carry (control characters, code points XML forbids), made visible."""

from __future__ import annotations

# C0 controls (other than tab and newline) and DEL cannot appear in SVG (XML 1.0)
# nor safely in DOT; they are shown as their Unicode "control picture" instead,
# so a stray control character is visible rather than silently dropped.
_CONTROL_PICTURES = {code: chr(0x2400 + code) for code in range(0x20) if code not in (9, 10)}
_CONTROL_PICTURES[0x7F] = "\u2421"
# C1 controls and the Unicode line/paragraph separators are replaced by a space.
_CONTROL_PICTURES.update({code: " " for code in range(0x80, 0xA0)})
_CONTROL_PICTURES.update({0x2028: " ", 0x2029: " "})
# Code points XML 1.0 forbids even as entities (lone surrogates, U+FFFE, U+FFFF), which
# would make an SVG unreadable: the replacement character stands in for them.
_CONTROL_PICTURES.update({code: "\ufffd" for code in (*range(0xD800, 0xE000), 0xFFFE, 0xFFFF)})


def visible(text: str) -> str:
    """Replace characters that no output format can carry by visible stand-ins; tabs become spaces."""
    return text.replace("\t", " ").translate(_CONTROL_PICTURES)
