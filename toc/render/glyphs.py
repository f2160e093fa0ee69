"""Which characters the built-in engine's font can draw, and which characters of a text it cannot.

graphviz-pure draws every label with the fonts built into it: Arimo (metric-
compatible with Helvetica) for toc's labels. Arimo covers Latin, Greek,
Cyrillic and Hebrew with common punctuation, arrows and symbols, but no
Chinese, Japanese or Korean, no Arabic, no Devanagari and no emoji: in a PNG
those come out as empty boxes. The ranges below are the code points of Arimo's
character map as graphviz-pure 0.2.2 embeds it (tests check them against the
installed engine).
"""

from __future__ import annotations

from bisect import bisect_right

EMBEDDED_RANGES: tuple[tuple[int, int], ...] = (
    (0x0000, 0x0000), (0x000D, 0x000D), (0x0020, 0x007E), (0x00A0, 0x0377), (0x037A, 0x037F),
    (0x0384, 0x038A), (0x038C, 0x038C), (0x038E, 0x03A1), (0x03A3, 0x052F), (0x0591, 0x05C7),
    (0x05D0, 0x05EA), (0x05F0, 0x05F4), (0x1AB0, 0x1ABE), (0x1C80, 0x1C88), (0x1D00, 0x1DF5),
    (0x1DFB, 0x1F15), (0x1F18, 0x1F1D), (0x1F20, 0x1F45), (0x1F48, 0x1F4D), (0x1F50, 0x1F57),
    (0x1F59, 0x1F59), (0x1F5B, 0x1F5B), (0x1F5D, 0x1F5D), (0x1F5F, 0x1F7D), (0x1F80, 0x1FB4),
    (0x1FB6, 0x1FC4), (0x1FC6, 0x1FD3), (0x1FD6, 0x1FDB), (0x1FDD, 0x1FEF), (0x1FF2, 0x1FF4),
    (0x1FF6, 0x1FFE), (0x2000, 0x2064), (0x2066, 0x2071), (0x2074, 0x208E), (0x2090, 0x209C),
    (0x20A0, 0x20BE), (0x20F0, 0x20F0), (0x2100, 0x214F), (0x2153, 0x2154), (0x215B, 0x215E),
    (0x2184, 0x2184), (0x2190, 0x2195), (0x21A8, 0x21A8), (0x2202, 0x2202), (0x2206, 0x2206),
    (0x220F, 0x220F), (0x2211, 0x2212), (0x2215, 0x2215), (0x2219, 0x221A), (0x221E, 0x221F),
    (0x2229, 0x2229), (0x222B, 0x222B), (0x2248, 0x2248), (0x2260, 0x2261), (0x2264, 0x2265),
    (0x2302, 0x2302), (0x2310, 0x2310), (0x2320, 0x2321), (0x2500, 0x2500), (0x2502, 0x2502),
    (0x250C, 0x250C), (0x2510, 0x2510), (0x2514, 0x2514), (0x2518, 0x2518), (0x251C, 0x251C),
    (0x2524, 0x2524), (0x252C, 0x252C), (0x2534, 0x2534), (0x253C, 0x253C), (0x2550, 0x256C),
    (0x2580, 0x2580), (0x2584, 0x2584), (0x2588, 0x2588), (0x258C, 0x258C), (0x2590, 0x2593),
    (0x25A0, 0x25A1), (0x25AA, 0x25AC), (0x25B2, 0x25B2), (0x25BA, 0x25BA), (0x25BC, 0x25BC),
    (0x25C4, 0x25C4), (0x25CA, 0x25CC), (0x25CF, 0x25CF), (0x25D8, 0x25D9), (0x25E6, 0x25E6),
    (0x263A, 0x263C), (0x2640, 0x2640), (0x2642, 0x2642), (0x2660, 0x2660), (0x2663, 0x2663),
    (0x2665, 0x2666), (0x266A, 0x266B), (0x266F, 0x266F), (0x2C60, 0x2C7F), (0x2DE0, 0x2E42),
    (0xA640, 0xA69F), (0xA717, 0xA7AE), (0xA7B0, 0xA7B7), (0xA7F7, 0xA7FF), (0xAB30, 0xAB65),
    (0xF001, 0xF002), (0xF005, 0xF005), (0xF00A, 0xF00E), (0xFB01, 0xFB04), (0xFB1D, 0xFB36),
    (0xFB38, 0xFB3C), (0xFB3E, 0xFB3E), (0xFB40, 0xFB41), (0xFB43, 0xFB44), (0xFB46, 0xFB4F),
    (0xFE20, 0xFE2F), (0xFEFF, 0xFEFF), (0xFFFC, 0xFFFD),
)
SHOWN = 12  # characters named in a warning at most


class Coverage:
    """A set of characters given as sorted code point ranges, asked one character at a time."""

    def __init__(self, ranges: list[tuple[int, int]] | tuple[tuple[int, int], ...]) -> None:
        merged: list[tuple[int, int]] = []
        for start, end in sorted(ranges):
            if merged and start <= merged[-1][1] + 1:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        self.ranges = merged
        self.starts = [start for start, _ in merged]

    def __contains__(self, character: str) -> bool:
        code = ord(character)
        index = bisect_right(self.starts, code) - 1
        return index >= 0 and code <= self.ranges[index][1]

    def missing(self, text: str) -> list[str]:
        """The distinct characters of a text it does not cover, in order of appearance.

        White space and control characters are left out: they draw nothing anyway.
        """
        found: dict[str, None] = {}
        for character in text:
            if character in found or character.isascii() or character.isspace():
                continue
            if character.isprintable() and character not in self:
                found[character] = None
        return list(found)


EMBEDDED = Coverage(EMBEDDED_RANGES)


def parse_charsets(listing: str) -> Coverage:
    """The characters of all fonts fontconfig lists (`fc-list --format '%{charset}\\n'`).

    Each line holds one font's ranges in hexadecimal: `20-7e a0-17f 192 ...`.
    """
    ranges = []
    for word in listing.split():
        first, _, last = word.partition("-")
        try:
            ranges.append((int(first, 16), int(last or first, 16)))
        except ValueError:
            continue  # not a range: a stray word in the listing
    return Coverage(ranges)
