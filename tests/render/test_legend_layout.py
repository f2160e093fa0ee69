"""The legend as drawn: a few rows high, each line sample beside its words, every sample easy to see."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from tests.conftest import EXAMPLES, load_text
from tests.render.test_real_material import all_engines
from toc.render import legend as legends
from toc.render import style
from toc.render.dot import Options, to_dot
from toc.render.engines import Engine, layout

SVG = "{http://www.w3.org/2000/svg}"
FRAME = "#b0bec5"  # the legend's border
POCKET = next(p for p in EXAMPLES if p.stem == "pocket-money")


def _numbers(text: str) -> list[float]:
    return [float(x) for x in re.findall(r"-?\d+(?:\.\d+)?", text)]


def _svg(engine: Engine, path) -> ET.Element:
    theory = load_text(path.read_text(encoding="utf-8"), str(path)).theory
    return ET.fromstring(layout(engine, to_dot(theory, Options(lang=theory.lang or "en")), "svg"))


def _frame(root: ET.Element) -> tuple[float, float, float, float]:
    """The legend's box: left, top, right, bottom (SVG units, y down)."""
    shape = next(e for e in root.iter() if e.get("stroke") == FRAME and e.tag in (f"{SVG}path", f"{SVG}polygon"))
    values = _numbers(shape.get("d") or shape.get("points"))
    xs, ys = values[0::2], values[1::2]
    return min(xs), min(ys), max(xs), max(ys)


def _inside(box, x: float, y: float) -> bool:
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


@pytest.mark.parametrize("engine", all_engines())
@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_the_legend_takes_at_most_15_percent_of_the_page(path, engine) -> None:
    """Or a single row, when the whole drawing is that small (a legend cannot be less)."""
    root = _svg(engine, path)
    page = float(root.get("height").removesuffix("pt"))
    left, top, right, bottom = _frame(root)
    theory = load_text(path.read_text(encoding="utf-8"), str(path)).theory
    rows = to_dot(theory, Options(lang=theory.lang or "en")).count('<TR><TD ALIGN="LEFT"><TABLE BORDER="0"')
    assert (bottom - top) / page <= 0.15 or rows == 1, (bottom - top, page)


def _line_samples(root: ET.Element, box) -> list[tuple[float, float, float]]:
    """The legend's line samples: their right end and height."""
    found = []
    for line in root.iter(f"{SVG}polyline"):
        values = _numbers(line.get("points"))
        xs, ys = values[0::2], values[1::2]
        if len(set(ys)) == 1 and _inside(box, xs[0], ys[0]) and 25 < max(xs) - min(xs) < 40:
            found.append((min(xs), max(xs), ys[0]))
    return found


def _words(root: ET.Element, box) -> list[tuple[str, float, float]]:
    return [(t.text.strip(), float(t.get("x")), float(t.get("y"))) for t in root.iter(f"{SVG}text")
            if (t.text or "").strip() and _inside(box, float(t.get("x")), float(t.get("y")))]


@pytest.mark.parametrize("engine", all_engines())
def test_each_line_sample_runs_beside_its_words_at_their_height(engine) -> None:
    root = _svg(engine, POCKET)
    box = _frame(root)
    samples, words = _line_samples(root, box), _words(root, box)
    # contributes, reduces, loop, holds when, assumes, carried out by, serves, for whom, valued by
    assert len(samples) == 9
    for _, end, height in samples:
        beside = [w for w in words if 0 < w[1] - end < 20 and abs(w[2] - height) < 5]
        assert len(beside) == 1, (end, height, words)


@pytest.mark.parametrize("engine", all_engines())
def test_no_sample_stands_alone_on_a_row(engine) -> None:
    """'serves (value)' and every other item share their row with other items."""
    root = _svg(engine, POCKET)
    words = _words(root, _frame(root))
    for text, _, height in words:
        assert sum(1 for w in words if abs(w[2] - height) < 3) >= 2, text


def _luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_every_line_sample_is_heavy_and_dark_enough_to_see() -> None:
    """At least 2 points wide (but the sample of a doubtful link, meant to look light), and
    a broken line, which puts less ink on the page, with a contrast of 3:1 against white
    (WCAG's for graphics)."""
    everything = legends.Legend(increases=True, reduces=True, loop=True, when=True, assumes=True,
                                by=True, serves=True, for_whom=True, valued_by=True, doubtful=True)
    for sample in legends.line_samples(everything):
        if sample.key == "render.legend.low_confidence":
            continue
        assert sample.width >= 2, sample.key
        if sample.line_style != "solid":
            assert 1.05 / (_luminance(sample.colour) + 0.05) >= 3, sample.key
    assert 1.05 / (_luminance(style.ACTOR_EDGE_COLOUR) + 0.05) >= 3


def test_rows_are_few_and_even() -> None:
    items = [("x", 100.0)] * 11
    rows = legends._rows(items)
    assert [len(row) for row in rows] == [4, 4, 3]  # not 5, 5, 1
    assert legends._rows([("x", 900.0), ("y", 10.0)]) == [["x"], ["y"]]
