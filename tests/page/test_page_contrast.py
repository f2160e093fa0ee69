"""The page's colours are readable: every pair of text and background it uses has a contrast of 4.5:1 or more (WCAG AA)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import toc.page

CSS = (Path(toc.page.__file__).parent / "assets" / "page.css").read_text(encoding="utf-8")
COLOURS = dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-f]{6})", CSS))
WHITE = "#ffffff"

# Text colour and the background it is written on, as the style sheet pairs them.
PAIRS = [
    ("ink", "paper"), ("quiet", "paper"), ("quiet", "tint"), ("accent", "paper"), ("accent", "tint"),
    ("mark", "paper"), ("open", "paper"), ("ticked", "paper"), ("error", "paper"),
    (WHITE, "accent"), (WHITE, "error"), (WHITE, "warning"), (WHITE, "info"), (WHITE, "ticked"),
    ("error", "#fdf1f0"), ("ink", "#fce4ec"), ("ink", "#fbe3e0"), ("ink", "#fdf3e1"),
]


def luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(one: str, other: str) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("text, background", PAIRS)
def test_text_is_readable_on_its_background(text: str, background: str) -> None:
    fore = COLOURS.get(text, text)
    back = COLOURS.get(background, background)
    assert contrast(fore, back) >= 4.5, (text, background, round(contrast(fore, back), 2))


def test_every_background_colour_in_the_sheet_is_checked() -> None:
    backgrounds = set(re.findall(r"background:\s*(#[0-9a-f]{6})", CSS))
    checked = {COLOURS.get(b, b) for _, b in PAIRS}
    assert backgrounds <= checked
