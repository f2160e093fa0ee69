"""Marks on a diagram of a change: what is new, what changed, and what was removed (drawn faintly).

The diagram of a change is an ordinary diagram of a theory (the new version
with the removed parts put back) plus these marks; what the marks mean is
said here once, for the nodes, the lines, the notes and the legend.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum

from toc.render.style import Look


class Mark(str, Enum):
    ADDED = "added"
    CHANGED = "changed"
    REMOVED = "removed"


@dataclass(frozen=True)
class Marks:
    """Which nodes, links (by their ends) and counterfactual notes (by their place) are marked."""

    nodes: Mapping[str, Mark] = field(default_factory=dict)
    links: Mapping[tuple[str, str], Mark] = field(default_factory=dict)
    notes: Mapping[int, Mark] = field(default_factory=dict)
    caption: str | None = None  # what is compared, shown under the title


# Vivid enough to tell apart from the kinds' own borders, and never the only sign:
# marked nodes also carry a word in their caption, removed ones are dashed and grey.
COLOURS = {Mark.ADDED: "#00a152", Mark.CHANGED: "#d500f9", Mark.REMOVED: "#9e9e9e"}
# Borders drawn thicker in the legend's samples, as on the nodes.
THICK = frozenset({COLOURS[Mark.ADDED], COLOURS[Mark.CHANGED]})
REMOVED_FILL = "#fafafa"
REMOVED_TEXT = "#9e9e9e"
NODE_PENWIDTH = 3.6
LINK_PENWIDTH = 2.8


def node_look(look: Look, mark: Mark | None) -> Look:
    """A node's look with its mark: a thick border in the mark's colour, or faint when removed."""
    if mark is None:
        return look
    if mark is Mark.REMOVED:
        return Look(look.shape, REMOVED_FILL, COLOURS[mark], "filled,dashed", look.peripheries)
    return Look(look.shape, look.fill, COLOURS[mark], look.style, look.peripheries)


def node_attributes(mark: Mark | None) -> dict[str, object]:
    if mark is None:
        return {}
    if mark is Mark.REMOVED:
        return {"fontcolor": REMOVED_TEXT}
    return {"penwidth": NODE_PENWIDTH}


def line_attributes(mark: Mark | None) -> dict[str, object]:
    """A link's or a side line's look with its mark; an unmarked line keeps its own."""
    if mark is None:
        return {}
    if mark is Mark.REMOVED:
        return {"color": COLOURS[mark], "style": "dashed", "penwidth": 1.0}
    return {"color": COLOURS[mark], "penwidth": LINK_PENWIDTH}

