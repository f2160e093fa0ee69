"""Group boxes that are the stages of a results chain (a column logic model) follow each other along the flow.

A column logic model puts inputs, activities, outputs and the outcomes of each
term in boxes side by side, and links only a few of their elements. Graphviz
would stack such boxes across the flow (their unlinked elements all share the
first column). When the outermost boxes hold, in the order written, results of
ever later stages of the chain, an invisible point between each two boxes has
lines from every element of the one and to every element of the next, so each
box stands after the one before. Linear in the elements of the boxes.
"""

from __future__ import annotations

from dataclasses import dataclass

from toc.model import Node
from toc.model.kinds import NodeKind
from toc.render.clusters import Box
from toc.render.statements import attrs

# Where a kind of element stands in a results chain; kinds not listed (actors,
# contexts, mechanisms, assumptions, values, external factors) take no stage.
_KIND_STAGE = {NodeKind.INPUT: 0, NodeKind.INTERVENTION: 1, NodeKind.OUTPUT: 2, NodeKind.IMPACT: 6}
_OUTCOME_STAGE = {"during": 3, "short": 3, "medium": 4, None: 4, "long": 5}
LEAST_STAGES = 3  # fewer boxes in a row are no logic model's columns


@dataclass(frozen=True)
class _Stage:
    box: Box
    first: int
    last: int


def _stage(node: Node) -> int | None:
    if node.kind is NodeKind.OUTCOME:
        return _OUTCOME_STAGE.get(node.horizon, 4)
    return _KIND_STAGE.get(node.kind)


def _members(box: Box) -> list[str]:
    """Every element inside a box, its inner boxes' too."""
    found = list(box.elements)
    pending = list(box.boxes)
    while pending:
        inner = pending.pop()
        found += inner.elements
        pending += inner.boxes
    return found


def stage_boxes(top: list[Box], nodes: dict[str, Node],
                links: list[tuple[str, str]]) -> list[Box]:
    """The outermost boxes that are stages, in order; empty when they do not make a row of stages.

    The boxes with a stage must follow each other in the order written (each one's
    earliest stage after the last of the one before), and no link may lead from a
    later box back into an earlier one (a loop across the columns is drawn as it is).
    """
    staged = []
    for box in top:
        stages = [s for s in (_stage(nodes[e]) for e in _members(box) if e in nodes) if s is not None]
        if stages:
            staged.append(_Stage(box, min(stages), max(stages)))
    if len(staged) < LEAST_STAGES:
        return []
    if any(after.first <= before.last for before, after in zip(staged, staged[1:])):
        return []
    order = {element: number for number, stage in enumerate(staged) for element in _members(stage.box)}
    if any(order.get(tail, -1) > order.get(head, len(staged)) for tail, head in links
           if tail in order and head in order):
        return []
    return [stage.box for stage in staged]


@dataclass
class StageLines:
    """What sets each stage box after the one before: DOT lines, the points and lines they add."""

    lines: list[str]
    points: list[str]
    edges: list[tuple[str, str]]


def stage_lines(boxes: list[Box], ids: dict[str, str]) -> StageLines:
    """The invisible points between the stage boxes, with lines from each box and into the next."""
    lines: list[str] = []
    points: list[str] = []
    edges: list[tuple[str, str]] = []
    for number, (before, after) in enumerate(zip(boxes, boxes[1:]), start=1):
        point = f"s{number}"
        points.append(point)
        lines.append(point + attrs(shape="point", style="invis", width=0))
        tails = [ids[e] for e in _members(before) if e in ids]
        heads = [ids[e] for e in _members(after) if e in ids]
        edges += [(tail, point) for tail in tails] + [(point, head) for head in heads]
    lines += [f"{tail} -> {head}" + attrs(style="invis", weight=0) for tail, head in edges]
    return StageLines(lines, points, edges)
