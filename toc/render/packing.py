"""Unconnected parts of a drawing placed in reading order on a page-shaped area; loose elements in columns.

Graphviz stacks the unconnected parts of a graph across the flow in one long
strip, the last on top, and puts every unlinked element in the first column.
Here the parts are measured roughly from their labels and set on shelves: a
shelf holds a few parts stacked across the flow (a column when the flow runs
left to right, a row when it runs down), and the shelves follow each other
along the flow, as many as give the whole picture about the shape of a page.

- an invisible point in the last column of each shelf has lines to the first
  elements of the next shelf's parts, so the next shelf starts where this one
  ends (the point shares a column with a part but has no line into it, so each
  part is laid out as it would be on its own);
- Graphviz stacks the parts of a shelf in the order their first node was made,
  so those nodes are made first, in reading order (the unconnected parts of the
  first shelf it stacks from the bottom when the flow runs left to right, so
  there they are made last to first);
- elements without any line stand in columns (see `columns`) and count as one
  part outside the boxes, as part of their box inside one.

Every step visits each element and line a fixed number of times.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from toc.render.loops import depth_first
from toc.render.statements import attrs
from toc.render.wrap import columns

RANKSEP = 0.25  # inches, as in the DOT header
NODESEP = 0.15
SHELF_GAP = 0.3  # between two parts stacked across the flow
BOX_MARGIN = 0.45  # what a group's box and its label add around its contents
PAGE = 2 ** 0.5  # the width : height of a landscape A4 page, which the picture should fill
TRIES = 40  # break widths tried when packing the shelves


LETTER = 0.55 / 72  # inches per point of font size: an average letter of Helvetica
LINE = 1.2 / 72  # inches per point of font size: one line


def label_size(lines: list[str], points: float, caption: str = "", rounded: bool = False
               ) -> tuple[float, float]:
    """Roughly how large (inches) Graphviz draws a node with these lines under an 8-point caption."""
    width = max([columns(line) * points for line in lines] + [columns(caption) * 8]) * LETTER
    height = (len(lines) * points + (8 if caption else 0)) * LINE
    width, height = width + 0.2, height + 0.08  # the node's margin
    if rounded:  # an ellipse or hexagon grows around its text
        width, height = width * 1.42, height * 1.42
    return max(width, 0.75), max(height, 0.5)


@dataclass
class Sketch:
    """What the DOT writer drew, as far as placing it needs: nodes, lines, sizes and boxes."""

    direction: str
    default_minlen: int = 1
    elements: list[str] = field(default_factory=list)  # DOT ids of elements, in written order
    sizes: dict[str, tuple[float, float]] = field(default_factory=dict)  # inches, every node
    edges: list[tuple[str, str, int | None]] = field(default_factory=list)
    same_rank: list[list[str]] = field(default_factory=list)
    home: dict[str, str] = field(default_factory=dict)  # DOT id -> innermost group box
    outer: dict[str, str] = field(default_factory=dict)  # DOT id -> outermost group box
    keys: dict[str, tuple[int, int]] = field(default_factory=dict)  # column of a loose element
    # Elements that can be linked: a part is placed where its first such element was
    # written, not where an actor or a value joined to it was.
    linkable: set[str] = field(default_factory=set)
    # The words on links: the node each label follows, and the label's size. Graphviz
    # gives every label a column of its own after that node.
    labels: list[tuple[str, tuple[float, float]]] = field(default_factory=list)


class _Sets:
    """Union-find over DOT ids."""

    def __init__(self) -> None:
        self.up: dict[str, str] = {}

    def find(self, item: str) -> str:
        root = self.up.setdefault(item, item)
        while root != self.up[root]:
            root = self.up[root]
        while item != root:  # path compression
            self.up[item], item = root, self.up[item]
        return root

    def join(self, first: str, second: str) -> None:
        self.up[self.find(first)] = self.find(second)


def parts(sketch: Sketch, free: list[str]) -> list[list[str]]:
    """The unconnected parts of the drawing, each a list of its nodes, in the order written.

    A group's box holds its part together; the loose elements outside any box make
    one part between them (a table of columns).
    """
    sets = _Sets()
    for node in sketch.sizes:
        sets.find(node)
    for tail, head, _ in sketch.edges:
        sets.join(tail, head)
    for group in sketch.same_rank:
        for node in group[1:]:
            sets.join(group[0], node)
    first_in_box: dict[str, str] = {}
    for node, box in sketch.outer.items():
        sets.join(first_in_box.setdefault(box, node), node)
    table = [element for element in free if element not in sketch.home]
    for element in table[1:]:
        sets.join(table[0], element)

    found: dict[str, list[str]] = {}
    for node in sketch.sizes:  # elements first, then points and notes, as written
        found.setdefault(sets.find(node), []).append(node)
    position = {element: number for number, element in enumerate(sketch.elements)}
    late = len(position)

    def written(part: list[str]) -> tuple[int, int]:
        linked = [position[n] for n in part if n in sketch.linkable]
        return (min(linked) if linked else late, min(position.get(n, late) for n in part))

    return sorted(found.values(), key=written)


@dataclass
class _Extent:
    """A part as it will roughly be drawn: its length along the flow and breadth across it."""

    along: float
    across: float
    sources: list[str]  # the first element of each rank class no line leads into
    last: str  # an element in the part's last column


def _rank_classes(sketch: Sketch) -> _Sets:
    classes = _Sets()
    for group in sketch.same_rank:
        for node in group[1:]:
            classes.join(group[0], node)
    return classes


def _ranks(part: list[str], classes: _Sets, outgoing: dict[str, list[tuple[str, int]]]
           ) -> tuple[dict[str, int], set[str]]:
    """Longest-path ranks of a part's rank classes, with lines that close a cycle left out.

    Returns the rank of each class and the classes that no line leads into.
    """
    order = list(dict.fromkeys(classes.find(node) for node in part))
    inside = set(order)
    local = {c: [step for step in outgoing.get(c, ()) if step[0] in inside] for c in order}
    # Graphviz turns a line that closes a cycle around; here it is left out.
    search = depth_first(order, local, lambda step: step[0])
    back = {(node, step) for node, step in search.back}
    forward = {c: [step for step in local[c] if (c, step) not in back] for c in order}
    finished = search.finished
    rank = dict.fromkeys(order, 0)
    has_in: set[str] = set()
    for node in reversed(finished):
        for target, minlen in forward.get(node, ()):
            rank[target] = max(rank[target], rank[node] + minlen)
            has_in.add(target)
    return rank, {c for c in order if c not in has_in}


def extents(sketch: Sketch, found: list[list[str]]) -> list[_Extent]:
    """Measure each part from its labels' sizes and a longest-path ranking of its lines."""
    classes = _rank_classes(sketch)
    outgoing: dict[str, list[tuple[str, int]]] = {}
    for tail, head, minlen in sketch.edges:
        first, second = classes.find(tail), classes.find(head)
        if first != second:
            outgoing.setdefault(first, []).append(
                (second, sketch.default_minlen if minlen is None else minlen))
    flipped = sketch.direction != "LR"
    labels: dict[str, list[tuple[float, float]]] = {}
    for node, size in sketch.labels:
        labels.setdefault(node, []).append(size)
    result = []
    for part in found:
        rank, sources = _ranks(part, classes, outgoing)
        along: dict[float, float] = {}
        across: dict[float, float] = {}
        for node in part:
            sizes = [(sketch.sizes[node], 0.0)] + [(size, 0.5) for size in labels.get(node, ())]
            for (width, height), after in sizes:
                length, breadth = (height, width) if flipped else (width, height)
                level = rank[classes.find(node)] + after
                along[level] = max(along.get(level, 0.0), length)
                across[level] = across.get(level, -NODESEP) + breadth + NODESEP
        boxed = BOX_MARGIN if any(node in sketch.outer for node in part) else 0.0
        firsts: dict[str, str] = {}
        for node in part:  # one node stands for each rank class: the first written
            firsts.setdefault(classes.find(node), node)
        last = max(firsts, key=lambda c: rank[c])
        result.append(_Extent(
            sum(along.values()) + RANKSEP * (len(along) - 1) + boxed,
            max(across.values()) + boxed,
            [firsts[c] for c in firsts if c in sources], firsts[last]))
    return result


def _shelves(sizes: list[_Extent], limit: float) -> list[list[int]]:
    """Fill shelves in order, starting a new one when the next part would pass `limit` across."""
    shelves: list[list[int]] = []
    used = 0.0
    for index, extent in enumerate(sizes):
        if shelves and used + SHELF_GAP + extent.across <= limit + 1e-9:
            shelves[-1].append(index)
            used += SHELF_GAP + extent.across
        else:
            shelves.append([index])
            used = extent.across
    return shelves


def _page(sizes: list[_Extent], shelves: list[list[int]], header: tuple[float, float],
          direction: str) -> float:
    """How large the picture is for a page: the width of the page of shape PAGE it just fits on.

    The smaller, the larger it can be printed.
    """
    along = sum(max(sizes[i].along for i in shelf) for shelf in shelves)
    along += 2 * RANKSEP * (len(shelves) - 1)
    across = max(sum(sizes[i].across for i in shelf) + SHELF_GAP * (len(shelf) - 1)
                 for shelf in shelves)
    width, height = (along, across) if direction == "LR" else (across, along)
    return max(width, header[0], (height + header[1]) * PAGE)


def shelves(sizes: list[_Extent], header: tuple[float, float], direction: str) -> list[list[int]]:
    """Group the parts, in order, into shelves so that the picture fits a page as large as can be."""
    least = max(extent.across for extent in sizes)
    most = sum(extent.across for extent in sizes) + SHELF_GAP * (len(sizes) - 1)
    best: list[list[int]] = [[index] for index in range(len(sizes))]
    best_page = _page(sizes, best, header, direction)
    for step in range(TRIES + 1):
        candidate = _shelves(sizes, least * (most / least) ** (step / TRIES))
        page = _page(sizes, candidate, header, direction)
        if page < best_page - 1e-9:
            best, best_page = candidate, page
    return best


@dataclass
class Placement:
    """The DOT lines that tie the parts into shelves, and the nodes to make first, in order."""

    lines: list[str]
    first_made: list[str]


def place(sketch: Sketch, found: list[list[str]], header: tuple[float, float]) -> Placement:
    """Tie the parts into page-shaped shelves (nothing to do for a single part)."""
    if len(found) < 2:
        return Placement([], [])
    sizes = extents(sketch, found)
    lines: list[str] = []
    grouped = shelves(sizes, header, sketch.direction)
    for number, (shelf, following) in enumerate(zip(grouped, grouped[1:]), start=1):
        point = f"p{number}"
        longest = max(shelf, key=lambda index: sizes[index].along)
        lines.append(point + attrs(shape="point", style="invis", width=0))
        lines.append(f"{{rank=same; {sizes[longest].last}; {point}}}")
        for index in following:
            lines += [f"{point} -> {source}" + attrs(style="invis", weight=0, minlen=2)
                      for source in sizes[index].sources]
    # Graphviz stacks the parts of the first shelf, unconnected, in the order their first
    # node was made (left to right from the bottom up); the parts of a later shelf,
    # joined by its point, in that order too, but from the top (or the left).
    first = grouped[0][::-1] if sketch.direction == "LR" else grouped[0]
    ordered = [*first, *(index for shelf in grouped[1:] for index in shelf)]
    return Placement(lines, [found[index][0] for index in ordered])
