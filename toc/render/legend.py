"""The legend: a small framed sample of every kind of node and line that the diagram uses."""

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


def _samples(legend: Legend, lang: str) -> list[tuple[str, style.Look]]:
    samples = [(i18n.text(f"kind.{kind.value}", lang), style.LOOKS[kind])
               for kind in style.LEGEND_ORDER if kind in legend.kinds]
    effect = style.LOOKS[NodeKind.EFFECT]
    if legend.unintended:
        samples.append((i18n.text("render.legend.unintended", lang),
                        style.Look(effect.shape, effect.fill, effect.border, "filled,dashed")))
    if legend.negative:
        samples.append((i18n.text("render.legend.negative", lang),
                        style.Look(effect.shape, style.NEGATIVE_FILL, style.NEGATIVE_BORDER)))
    if legend.counterfactual:
        samples.append((i18n.text("render.legend.concerns", lang), style.COUNTERFACTUAL_LOOK))
    plain = style.Look("box", "#ffffff", "#000000")
    for mark in marking.Mark:  # in a fixed order: new, changed, removed
        if mark in legend.marks:
            samples.append((i18n.text(f"render.legend.{mark.value}", lang),
                            marking.node_look(plain, mark)))
    if legend.group:
        samples.append((i18n.text("render.legend.group", lang),
                        style.Look("box", style.GROUP_FILLS[0], style.GROUP_BORDER, "rounded,filled")))
    return samples


def _lines(legend: Legend) -> list[tuple[str, str, str, int]]:
    """The sample lines: catalogue key, colour, cell border style and line width."""
    lines: list[tuple[str, str, str, int]] = []
    if legend.increases:
        lines.append(("render.legend.increases", style.INCREASES_COLOUR, "solid", 2))
    if legend.doubtful:
        lines.append(("render.legend.low_confidence", style.LIGHT_COLOURS[style.INCREASES_COLOUR],
                      "solid", 1))
    if legend.reduces:
        lines.append(("render.legend.reduces", style.REDUCES_COLOUR, "solid", 2))
    if legend.loop:
        lines.append(("render.legend.loop", style.LOOP_COLOUR, "solid", 3))
    if legend.when or legend.when_result:
        key = "render.legend.when_result" if legend.when_result else "render.legend.when"
        lines.append((key, style.CONTEXT_EDGE_COLOUR, "dashed", 1))
    if legend.assumes:
        lines.append(("render.legend.assumes", style.ASSUMPTION_EDGE_COLOUR, "dotted", 2))
    if legend.by:
        lines.append(("render.legend.by", style.ACTOR_EDGE_COLOUR, "dotted", 1))
    if legend.serves:
        lines.append(("render.legend.serves", style.VALUE_EDGE_COLOUR, "dotted", 1))
    if legend.for_whom:
        lines.append(("render.legend.for", style.ACTOR_EDGE_COLOUR, "dashed", 1))
    if legend.valued_by:
        lines.append(("render.legend.valued_by", style.VALUED_EDGE_COLOUR, "dashed", 1))
    return lines


PER_ROW = 6  # samples side by side in one row of the legend


def _sample_cell(label: str, look: style.Look) -> str:
    # The label is catalogue text, not user text, but it is escaped all the same.
    from toc.escape.dot import html_text

    kinds = [part for part in ("rounded", "dashed") if part in look.style]
    cell_style = f' STYLE="{",".join(kinds)}"' if kinds else ""
    border = 2 if look.peripheries > 1 or look.border in marking.THICK else 1
    return (f'<TD COLSPAN="2" BORDER="{border}" BGCOLOR="{look.fill}" COLOR="{look.border}"'
            f'{cell_style}><FONT POINT-SIZE="9">{html_text(label)}</FONT></TD>')


def _line_cells(label: str, colour: str, line_style: str, width: int) -> str:
    from toc.escape.dot import html_text

    return (f'<TD SIDES="B" BORDER="{width}" COLOR="{colour}" STYLE="{line_style}" WIDTH="34">'
            f' </TD><TD ALIGN="LEFT"><FONT POINT-SIZE="9">{html_text(label)}</FONT></TD>')


def _rows(cells: list[str]) -> list[str]:
    return ["<TR>" + "".join(cells[start:start + PER_ROW]) + "</TR>"
            for start in range(0, len(cells), PER_ROW)]


def legend_table(legend: Legend, lang: str) -> str | None:
    """The legend as one HTML-like table (None when the diagram has nothing to explain).

    A table in the graph's label keeps the legend compact and out of the layout:
    samples of the node kinds in their colours, then short lines in the styles
    of the links, each with its explanation.
    """
    from toc.escape.dot import html_text

    samples = [_sample_cell(label, look) for label, look in _samples(legend, lang)]
    lines = [_line_cells(i18n.text(key, lang), colour, line_style, width)
             for key, colour, line_style, width in _lines(legend)]
    if not samples and not lines:
        return None
    title = html_text(i18n.text("render.legend", lang))
    rows = [f'<TR><TD COLSPAN="{2 * PER_ROW}" ALIGN="LEFT"><B>{title}</B></TD></TR>',
            *_rows(samples), *_rows(lines)]
    notes = [key for key, used in (("render.legend.markers", legend.markers),
                                   ("render.legend.confidence", legend.confidence)) if used]
    for key in notes:
        rows.append(f'<TR><TD COLSPAN="{2 * PER_ROW}" ALIGN="LEFT">'
                    f'<FONT POINT-SIZE="9">{html_text(i18n.text(key, lang))}</FONT></TD></TR>')
    return ('<TABLE BORDER="1" COLOR="#b0bec5" STYLE="rounded" CELLBORDER="0" CELLSPACING="4" '
            'CELLPADDING="3">' + "".join(rows) + "</TABLE>")
