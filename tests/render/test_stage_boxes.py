"""Group boxes that are the stages of a results chain (a column logic model) stand side by side, in order."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from tests.conftest import ROOT, load_text
from tests.render.test_real_material import all_engines
from toc.model import Theory
from toc.render.dot import Options, to_dot
from toc.render.engines import layout

SVG = "{http://www.w3.org/2000/svg}"
LOGIC_MODEL = ROOT / "examples" / "genres" / "logic-model.toc"


def theory_of(text: str) -> Theory:
    loaded = load_text(text, "plan.toc")
    assert loaded.ok, loaded.diagnostics
    return loaded.theory


def boxes(svg: bytes) -> dict[str, tuple[float, float]]:
    """The left and right edge of each group's box, by its DOT name (cluster_gN)."""
    found = {}
    for group in ET.fromstring(svg).iter(f"{SVG}g"):
        if group.get("class") != "cluster":
            continue
        title = group.find(f"{SVG}title")
        shape = next(e for e in group if e.tag in (f"{SVG}polygon", f"{SVG}path"))
        values = [float(x) for x in re.findall(r"-?\d+(?:\.\d+)?", shape.get("points") or shape.get("d") or "")]
        found[title.text or ""] = (min(values[0::2]), max(values[0::2]))
    return found


@pytest.mark.parametrize("engine", all_engines())
def test_the_columns_of_a_logic_model_follow_each_other_left_to_right(engine) -> None:
    theory = load_text(LOGIC_MODEL.read_text(encoding="utf-8"), str(LOGIC_MODEL)).theory
    order = ["inputs", "activities", "outputs", "short_term", "long_term"]
    names = {group.id: f"cluster_g{number}" for number, group in enumerate(theory.groups, start=1)}
    found = boxes(layout(engine, to_dot(theory, Options(lang="en")), "svg"))
    edges = [found[names[group]] for group in order]
    for (_, right), (left, _) in zip(edges, edges[1:]):
        assert right < left, edges  # each box ends before the next begins


STAGES = """\
theory "Stages"
input money "Money"
intervention work "Work"
output done "Work done"
outcome better "Better" { horizon: short }
impact best "Best"
group a "Inputs" { members: money }
group b "Activities" { members: work }
group c "Outputs" { members: done }
group d "Outcomes" { members: better, best }
"""


def test_boxes_of_ever_later_stages_are_chained_in_order() -> None:
    dot = to_dot(theory_of(STAGES))
    assert dot.count('[shape="point", style="invis", width=0]') >= 3
    # one point between each two boxes: every element of the one leads to it, it to every element of the next
    for tail, head in (("n1", "s1"), ("s1", "n2"), ("n2", "s2"), ("s2", "n3"), ("n3", "s3"), ("s3", "n4"),
                       ("s3", "n5")):
        assert re.search(rf"^  {tail} -> {head} \[", dot, re.MULTILINE), (tail, head)


@pytest.mark.parametrize(("change", "why"), [
    (lambda text: text.replace('group d "Outcomes" { members: better, best }\n', "")
     .replace('group c "Outputs" { members: done }\n', ""),
     "three boxes are the least that make a row of stages"),
    (lambda text: text.replace("members: work", "members: work, better").replace("members: better, best",
                                                                                "members: best"),
     "a box that spans stages overlaps the ones after it: components, not stages"),
    (lambda text: text + "best -> money\n", "a link back from a later box to an earlier one"),
    (lambda text: text.replace('group a "Inputs" { members: money }\n', "")
     + 'group a "Inputs" { members: money }\n', "the boxes are not written in the order of the chain"),
])
def test_boxes_that_are_no_row_of_stages_are_left_as_they_are(change, why) -> None:
    assert " -> s1 " not in to_dot(theory_of(change(STAGES))), why


def test_top_to_bottom_leaves_the_boxes_to_graphviz() -> None:
    assert " -> s1 " not in to_dot(theory_of(STAGES), Options(direction="TB"))
