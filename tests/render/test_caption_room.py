"""Kind captions stand clear of the top border of their shape and of their group's box, in both engines."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from tests.conftest import EXAMPLES, load_text
from tests.render.test_real_material import all_engines
from toc.render.dot import Options, to_dot
from toc.render.engines import layout

SVG = "{http://www.w3.org/2000/svg}"
ROOM = 4.0  # points between the top of a caption's letters and the border above them
ASCENT = 0.75  # the height of capitals and ascenders, as a share of the font size


def _gaps(svg: bytes) -> list[tuple[str, float]]:
    """For each element and box: its caption and the room above the caption's letters."""
    found = []
    for group in ET.fromstring(svg).iter(f"{SVG}g"):
        if group.get("class") not in ("node", "cluster"):
            continue
        shapes = [e for e in group if e.tag in (f"{SVG}polygon", f"{SVG}path")]
        texts = [e for e in group if e.tag == f"{SVG}text" and (e.text or "").strip()]
        if not shapes or not texts or float(texts[0].get("font-size")) != 8:
            continue  # no caption: a junction point, a note
        values = [float(x) for x in re.findall(r"-?\d+(?:\.\d+)?",
                                                shapes[0].get("points") or shapes[0].get("d"))]
        top = min(values[1::2])
        caption = texts[0]
        found.append((caption.text, float(caption.get("y")) - ASCENT * 8 - top))
    return found


@pytest.mark.parametrize("engine", all_engines())
@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_captions_clear_the_border_above_them(path, engine) -> None:
    theory = load_text(path.read_text(encoding="utf-8"), str(path)).theory
    gaps = _gaps(layout(engine, to_dot(theory, Options(lang=theory.lang or "en")), "svg"))
    assert len(gaps) >= len(theory.nodes) // 2
    tight = [(caption, round(gap, 1)) for caption, gap in gaps if gap < ROOM]
    assert not tight, tight
