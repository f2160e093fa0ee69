"""Which elements share a column: results of one horizon, and elements without any line.

Left to right a column is one Graphviz rank (top to bottom, a row). Loose
elements stand in columns by kind (and horizon) outside the group boxes, in the
order written inside a box, each column read from the top; an invisible chain
keeps that order. Every step visits each element once.
"""

from __future__ import annotations

from collections.abc import Mapping
from math import ceil, sqrt

from toc.render.packing import Sketch
from toc.render.statements import attrs

HORIZONS = ("during", "short", "medium", "long")
BOX_ROWS = 10  # loose elements in one column of a group's box


def loose(sketch: Sketch) -> list[str]:
    """The elements that no line touches, in written order."""
    touched = {end for tail, head, _ in sketch.edges for end in (tail, head)}
    touched.update(node for group in sketch.same_rank for node in group)
    return [element for element in sketch.elements if element not in touched]


def _chunks(items: list[str], most: int) -> list[list[str]]:
    """Split into columns of at most `most`, as even as possible."""
    count = max(1, ceil(len(items) / most))
    size = ceil(len(items) / count)
    return [items[start:start + size] for start in range(0, len(items), size)]


def _columns(sketch: Sketch, free: list[str]) -> list[list[list[str]]]:
    """The loose elements as runs of columns: one run per group box, one for the rest (by kind)."""
    by_box: dict[str, list[str]] = {}
    table: dict[tuple[int, int], list[str]] = {}
    for element in free:
        if element in sketch.home:
            by_box.setdefault(sketch.home[element], []).append(element)
        else:
            table.setdefault(sketch.keys.get(element, (0, 0)), []).append(element)
    runs = [_chunks(members, BOX_ROWS) for members in by_box.values()]
    total = sum(len(members) for members in table.values())
    # A table about as tall as it is wide: sqrt(2.5 n) rows fits five columns of ten.
    rows = max(6, ceil(sqrt(2.5 * total)))
    runs.append([column for key in sorted(table) for column in _chunks(table[key], rows)])
    return [run for run in runs if run]


def column_lines(sketch: Sketch, free: list[str]) -> list[str]:
    """Set loose elements in columns: one rank each, in written order along it, columns side by side."""
    lines: list[str] = []
    for run in _columns(sketch, free):
        for column in run:
            if len(column) > 1:
                # An invisible chain fixes the order. Left to right, Graphviz lays a
                # rank inside a box out from the bottom (outside boxes from the top), so
                # there the chain runs backwards to read from the top.
                flipped = sketch.direction == "LR" and column[0] in sketch.home
                chain = column[::-1] if flipped else column
                lines.append(f"{{rank=same; {'; '.join(column)}}}")
                lines.append(" -> ".join(chain) + attrs(style="invis", minlen=1))
                sketch.same_rank.append(column)
        for before, after in zip(run, run[1:]):
            lines.append(f"{before[0]} -> {after[0]}" + attrs(style="invis", minlen=1))
            sketch.edges.append((before[0], after[0], 1))
    return lines


def horizon_lines(sketch: Sketch, parts: list[list[str]], free: list[str],
                  horizon_of: Mapping[str, str]) -> list[str]:
    """Within each part, results of one horizon share a column, in the order during → long.

    Loose elements are left out: they stand in the columns of their kind and horizon.
    Each column has an invisible point, and the points are chained in horizon order.
    """
    lines: list[str] = []
    loose_ones = set(free)
    number = 0
    for part in parts:
        groups: dict[str, list[str]] = {}
        for node in part:
            if node in horizon_of and node not in loose_ones:
                groups.setdefault(horizon_of[node], []).append(node)
        order = [h for h in HORIZONS if h in groups]
        for horizon in order:
            number += 1
            sketch.sizes[f"h{number}"] = (0.0, 0.0)
            sketch.same_rank.append([f"h{number}", *groups[horizon]])
            lines.append(f"h{number}" + attrs(shape="point", style="invis", width=0))
            lines.append(f"{{rank=same; {'; '.join([f'h{number}', *groups[horizon]])}}}")
        if len(order) > 1:
            chain = [f"h{n}" for n in range(number - len(order) + 1, number + 1)]
            sketch.edges += [(a, b, None) for a, b in zip(chain, chain[1:])]
            lines.append(" -> ".join(chain) + attrs(style="invis"))
    return lines
