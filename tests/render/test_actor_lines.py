"""Actors stand with what they do: no actor with a part in the theory floats without a line."""

from __future__ import annotations

import re

import pytest

from tests.conftest import EXAMPLES, load_text
from tests.render.test_real_material import all_engines, positions
from toc.model.kinds import NodeKind
from toc.render.dot import Options, to_dot
from toc.render.mermaid import to_mermaid

POCKET = next(p for p in EXAMPLES if p.stem == "pocket-money")


def _theory(path):
    return load_text(path.read_text(encoding="utf-8"), str(path)).theory


def _involved(theory) -> set[str]:
    """Actors something is done by, for, or valued by."""
    return {actor for node in theory.nodes for actor in (*node.by, *node.for_actors, *node.valued_by)}


def _ids(text: str, pattern: str) -> dict[str, str]:
    """Each element's generated id, found by its label's first words."""
    return {m.group(2): m.group(1) for m in re.finditer(pattern, text)}


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_no_involved_actor_is_drawn_without_a_line(path) -> None:
    theory = _theory(path)
    involved = [n for n in theory.nodes if n.kind is NodeKind.ACTOR and n.id in _involved(theory)]
    assert involved, "each example has actors with a part"
    dot = to_dot(theory, Options(lang=theory.lang or "en"))
    mermaid = to_mermaid(theory, Options(lang=theory.lang or "en"))
    order = [n.id for n in theory.nodes]  # ids are given in the order written: n1, n2, ...
    for actor in involved:
        number = order.index(actor.id) + 1
        assert re.search(rf"^  (n{number} -> n\d+|n\d+ -> n{number}) \[", dot, re.M), actor.id
        assert re.search(rf"^  (n{number} -\.- n\d+|n\d+ -\.- n{number})$", mermaid, re.M), actor.id


def test_target_groups_and_funders_get_their_own_lines() -> None:
    theory = load_text('theory "T" { lang: en }\nactor kids "Kids"\nactor city "City"\n'
                       'mechanism learn "Learn" { for: kids }\n'
                       'impact less "Less poverty" { valued_by: city, kids }\nlearn -> less\n').theory
    dot = to_dot(theory)
    assert 'n1 -> n3 [style="dotted", arrowhead="none", color="#7e57a0"' in dot  # for whom
    assert 'n2 -> n4 [style="dashed", arrowhead="none", color="#ad1457"' in dot  # valued by: the city only
    assert "n1 -> n4" not in dot  # the kids already have their line
    assert "for whom (for:)" in dot and "valued by" in dot


@pytest.mark.parametrize("engine", all_engines())
def test_an_actor_stands_in_the_column_of_what_it_carries_out(engine) -> None:
    theory = _theory(POCKET)
    dot = to_dot(theory)
    placed = positions(engine, dot)
    order = [n.id for n in theory.nodes]
    for actor in ("team", "parents"):
        done = [n.id for n in theory.nodes if actor in n.by]
        x = placed[f"n{order.index(actor) + 1}"][0]
        nearest = min(abs(placed[f"n{order.index(d) + 1}"][0] - x) for d in done)
        assert nearest < 1.0, (actor, nearest)  # inches: the same column, not one before
