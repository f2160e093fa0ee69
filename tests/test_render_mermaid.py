"""The Mermaid flowchart: same kinds, looks and escaping as the Graphviz diagram."""

from __future__ import annotations

import re

from tests.conftest import load_text
from tests.render_helpers import HOSTILE_LABELS, hostile_theory
from tests.test_render_dot import SMALL
from toc.escape.mermaid import mermaid_text
from toc.render.dot import Options
from toc.render.mermaid import SHAPES, to_mermaid

NODE = re.compile(r'^  (n\d+)(\S*?)"(.*)"(\S*?):::(\w+)$')


def small() -> str:
    return to_mermaid(load_text(SMALL).theory)


def test_every_label_sits_whole_between_its_quotes() -> None:
    text = to_mermaid(hostile_theory())
    for line in text.splitlines():
        if re.match(r"  n\d+[^\d ]", line):  # a node (an edge has a space after the id)
            match = NODE.match(line)
            assert match, line
            assert '"' not in match.group(3) and "<script" not in match.group(3)
    assert mermaid_text(HOSTILE_LABELS[2]) in text
    assert "click" not in text  # nothing in the chart can be made a link


def test_no_user_id_becomes_a_mermaid_id() -> None:
    ids = {m.group(1) for m in map(NODE.match, small().splitlines()) if m}
    assert ids == {f"n{i}" for i in range(1, len(ids) + 1)}


def test_kinds_have_their_shapes_and_classes() -> None:
    text = small()
    opening, closing = SHAPES[load_text(SMALL).theory.node("trust").kind]
    assert re.search(rf'  n\d+{re.escape(opening)}".*Trust"{re.escape(closing)}:::context', text)
    assert "classDef outcome fill:#e2f0d9,stroke:#38761d" in text
    harm = re.search(r"^  (n\d+)\S*\"\S*effect", text, re.M).group(1)
    assert f"class {harm} unintended" in text and f"class {harm} negative" in text


def test_conditions_join_a_point_on_their_link_and_reductions_are_red() -> None:
    text = small()
    assert re.search(r'^  j1\(\(" "\)\):::junction$', text, re.M)
    assert re.search(r"^  n\d+ --- j1$", text, re.M) and re.search(r"^  j1 --> n\d+$", text, re.M)
    assert len(re.findall(r"^  n\d+ -\.- j1$", text, re.M)) == 2  # the context and the assumption
    edges = [l for l in text.splitlines() if re.match(r"  [njc]\d+ (-->|---|--x|-\.-)", l)]
    reduce_index = next(i for i, l in enumerate(edges) if "--x" in l)
    assert f"  linkStyle {reduce_index} stroke:#c62828" in text
    assert all(int(i) < len(edges) for i in re.findall(r"linkStyle (\d+)", text))


def test_loops_counterfactuals_and_direction() -> None:
    text = small()
    assert '-->|"B"|' in text and "stroke-width:3px" in text
    assert re.search(r'c1>"would happen anyway<br/>Would happen\.<br/>deadweight 10% ·<br/>'
                     r'attribution 20%"\]:::counterfactual', text)
    assert "\nflowchart TB\n" in to_mermaid(load_text(SMALL).theory, Options(direction="TB"))


def test_same_input_gives_identical_mermaid() -> None:
    assert small() == small()
