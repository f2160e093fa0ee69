"""The legend: a small framed sample of every kind of node and line that the diagram uses.

What it explains is collected while drawing (`Legend`); `samples` and `line_samples`
say what to show, for the Graphviz legend here and for the Mermaid one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from toc import i18n
from toc.model.kinds import NodeKind
from toc.render import marks as marking
from toc.render import style


@dataclass
class Legend:
    """What the diagram has drawn, so the legend explains exactly that and no more."""

    kinds: set[NodeKind] = field(default_factory=set)
    unintended: bool = False
    negative: bool = False
    increases: bool = False
    reduces: bool = False
    loop: bool = False
    markers: bool = False
    when: bool = False
    assumes: bool = False
    by: bool = False
    serves: bool = False
    for_whom: bool = False
    valued_by: bool = False
    counterfactual: bool = False
    marks: set[marking.Mark] = field(default_factory=set)
    when_result: bool = False  # a link holds when an earlier result holds
    group: bool = False
    confidence: bool = False  # a link carries a percentage of confidence
    doubtful: bool = False  # a link with confidence under 50%, drawn thin and light


@dataclass(frozen=True)
class Sample:
    """A node sample: its words, its look, and what it shows (a kind's value, or a word like 'group')."""

    label: str
    look: style.Look
    name: str


@dataclass(frozen=True)
class LineSample:
    """A line sample: catalogue key of its words, colour, line style (solid, dashed, dotted), width."""

    key: str
    colour: str
    line_style: str
    width: float


def samples(legend: Legend, lang: str) -> list[Sample]:
    """The node samples, in the order of a pathway, then the marks of results, notes and boxes."""
    found = [Sample(i18n.text(f"kind.{kind.value}", lang), style.LOOKS[kind], kind.value)
             for kind in style.LEGEND_ORDER if kind in legend.kinds]
    effect = style.LOOKS[NodeKind.EFFECT]
    if legend.unintended:
        found.append(Sample(i18n.text("render.legend.unintended", lang),
                            style.Look(effect.shape, effect.fill, effect.border, "filled,dashed"),
                            "unintended"))
    if legend.negative:
        found.append(Sample(i18n.text("render.legend.negative", lang),
                            style.Look(effect.shape, style.NEGATIVE_FILL, style.NEGATIVE_BORDER), "negative"))
    if legend.counterfactual:
        found.append(Sample(i18n.text("render.legend.concerns", lang), style.COUNTERFACTUAL_LOOK,
                            "counterfactual"))
    plain = style.Look("box", "#ffffff", "#000000")
    for mark in marking.Mark:  # in a fixed order: new, changed, removed
        if mark in legend.marks:
            found.append(Sample(i18n.text(f"render.legend.{mark.value}", lang),
                                marking.node_look(plain, mark), mark.value))
    if legend.group:
        found.append(Sample(i18n.text("render.legend.group", lang),
                            style.Look("box", style.GROUP_FILLS[0], style.GROUP_BORDER, "rounded,filled"),
                            "group"))
    return found


def line_samples(legend: Legend) -> list[LineSample]:
    """The line samples, each as the diagram draws that line (a little heavier, to be seen)."""
    lines: list[LineSample] = []
    if legend.increases:
        lines.append(LineSample("render.legend.increases", style.INCREASES_COLOUR, "solid", 2))
    if legend.doubtful:
        lines.append(LineSample("render.legend.low_confidence",
                                style.LIGHT_COLOURS[style.INCREASES_COLOUR], "solid", 1))
    if legend.reduces:
        lines.append(LineSample("render.legend.reduces", style.REDUCES_COLOUR, "solid", 2))
    if legend.loop:
        lines.append(LineSample("render.legend.loop", style.LOOP_COLOUR, "solid", 3))
    if legend.when or legend.when_result:
        key = "render.legend.when_result" if legend.when_result else "render.legend.when"
        lines.append(LineSample(key, style.CONTEXT_EDGE_COLOUR, "dashed", 2))
    if legend.assumes:
        lines.append(LineSample("render.legend.assumes", style.ASSUMPTION_EDGE_COLOUR, "dotted", 2))
    if legend.by:
        lines.append(LineSample("render.legend.by", style.ACTOR_EDGE_COLOUR, "dashed", 2))
    if legend.serves:
        lines.append(LineSample("render.legend.serves", style.VALUE_EDGE_COLOUR, "dotted", 2))
    if legend.for_whom:
        lines.append(LineSample("render.legend.for", style.ACTOR_EDGE_COLOUR, "dotted", 2))
    if legend.valued_by:
        lines.append(LineSample("render.legend.valued_by", style.VALUED_EDGE_COLOUR, "dashed", 2))
    return lines


def notes(legend: Legend) -> list[str]:
    """Catalogue keys of the legend's words without a sample: loop letters, confidence."""
    return [key for key, used in (("render.legend.markers", legend.markers),
                                  ("render.legend.confidence", legend.confidence)) if used]


# Sizes in points. A row of the legend holds as many items as fit in ROW_WIDTH, or as the
# drawing is wide (up to WIDEST), so that the legend is a few rows high, not a quarter of
# the page, and never wraps a line sample away from its words.
ROW_WIDTH = 520.0
WIDEST = 900.0
LETTER = 4.6  # the mean width of a letter at 9 points
SAMPLE_PADDING = 12.0  # a node sample's room around its words, border and spacing included
LINE_LENGTH = 34  # a line sample's length: long enough for a few dashes or dots
LINE_ROOM = LINE_LENGTH + 12.0  # with its spacing


def _sample_cell(sample: Sample) -> str:
    # The label is catalogue text, not user text, but it is escaped all the same.
    from toc.escape.dot import html_text

    look = sample.look
    kinds = [part for part in ("rounded", "dashed") if part in look.style]
    cell_style = f' STYLE="{",".join(kinds)}"' if kinds else ""
    border = 2 if look.peripheries > 1 or look.border in marking.THICK else 1
    return (f'<TD BORDER="{border}" BGCOLOR="{look.fill}" COLOR="{look.border}" CELLPADDING="2"'
            f'{cell_style}><FONT POINT-SIZE="9">{html_text(sample.label)}</FONT></TD>')


def _line_cells(line: LineSample, lang: str) -> str:
    """The sample line, in the middle of the row's height, and its words right beside it.

    The line is the bottom border of a small cell of fixed height, set in the middle
    of its own cell, so that it runs at the height of the words, not below them.
    """
    from toc.escape.dot import html_text

    line_style = "" if line.line_style == "solid" else f' STYLE="{line.line_style}"'
    sample = (f'<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0"><TR>'
              f'<TD SIDES="B" BORDER="{line.width:g}" COLOR="{line.colour}"{line_style} '
              f'FIXEDSIZE="TRUE" WIDTH="{LINE_LENGTH}" HEIGHT="4"></TD></TR></TABLE>')
    return (f'<TD VALIGN="MIDDLE" CELLPADDING="0">{sample}</TD>'
            f'<TD ALIGN="LEFT"><FONT POINT-SIZE="9">{html_text(i18n.text(line.key, lang))}</FONT></TD>')


def _note_cell(key: str, lang: str) -> str:
    from toc.escape.dot import html_text

    return f'<TD ALIGN="LEFT"><FONT POINT-SIZE="9">{html_text(i18n.text(key, lang))}</FONT></TD>'


def _greedy(widths: list[float], cap: float) -> list[int]:
    """Where rows start when each row takes items, in order, while they fit in `cap`."""
    starts, used = [0], 0.0
    for index, width in enumerate(widths):
        if used + width > cap and used > 0:
            starts.append(index)
            used = 0.0
        used += width
    return starts


def _rows(items: list[tuple[str, float]], row_width: float = ROW_WIDTH) -> list[list[str]]:
    """Items (cells and their widths) in as few rows of ROW_WIDTH as hold them, made even.

    Graphviz stretches every row to the widest one, spreading the difference over its
    cells; rows of nearly the same width keep the samples snug and beside their words.
    The narrowest even cap is found by halving (rows taken greedily in order fit in it).
    """
    widths = [width for _, width in items]
    count = len(_greedy(widths, max(row_width, max(widths))))
    low, high = max(widths), max(row_width, max(widths))
    for _ in range(20):
        middle = (low + high) / 2
        if len(_greedy(widths, middle)) <= count:
            high = middle
        else:
            low = middle
    starts = [*_greedy(widths, high), len(items)]
    return [[cells for cells, _ in items[start:end]] for start, end in zip(starts, starts[1:])]


def legend_table(legend: Legend, lang: str, drawing_width: float = 0.0) -> str | None:
    """The legend as one HTML-like table (None when the diagram has nothing to explain).

    A table in the graph's label keeps the legend compact and out of the layout:
    the word "Legend", samples of the node kinds in their colours, short lines in
    the styles of the links each with its words beside it, and the notes, set in
    rows that fill a width, each row a table of its own. `drawing_width` (points) is
    how wide the drawing will at least be: the rows may be as wide.
    """
    from toc.escape.dot import html_text

    title = html_text(i18n.text("render.legend", lang))
    items = [(f'<TD ALIGN="LEFT"><FONT POINT-SIZE="10"><B>{title}</B></FONT></TD>',
              LETTER * 1.2 * len(title) + 8)]
    items += [(_sample_cell(s), LETTER * len(s.label) + SAMPLE_PADDING) for s in samples(legend, lang)]
    items += [(_line_cells(line, lang), LETTER * len(i18n.text(line.key, lang)) + LINE_ROOM)
              for line in line_samples(legend)]
    items += [(_note_cell(key, lang), LETTER * len(i18n.text(key, lang)) + 8) for key in notes(legend)]
    if len(items) == 1:
        return None
    rows = "".join('<TR><TD ALIGN="LEFT"><TABLE BORDER="0" CELLBORDER="0" CELLSPACING="3" CELLPADDING="1">'
                   f'<TR>{"".join(cells)}</TR></TABLE></TD></TR>'
                   for cells in _rows(items, min(WIDEST, max(ROW_WIDTH, drawing_width))))
    return ('<TABLE BORDER="1" COLOR="#b0bec5" STYLE="rounded" CELLBORDER="0" CELLSPACING="0" '
            f'CELLPADDING="1">{rows}</TABLE>')
