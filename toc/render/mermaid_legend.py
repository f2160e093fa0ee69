"""The Mermaid flowchart's legend: a subgraph with a sample of each kind and line the chart draws."""

from __future__ import annotations

from toc import i18n
from toc.escape.mermaid import mermaid_text
from toc.model.kinds import NodeKind
from toc.render import style
from toc.render.legend import Legend, line_samples, notes, samples

PER_ROW = 6  # samples in one row of the legend
# How Mermaid draws each line sample: its arrow, as the chart draws that line.
ARROWS = {"render.legend.reduces": "--x", "render.legend.increases": "-->",
          "render.legend.low_confidence": "-->", "render.legend.loop": "-->"}
WIDTHS = {"render.legend.loop": "3px", "render.legend.low_confidence": "1px"}


def _sample_line(name: str, label: str, shapes: dict[NodeKind, tuple[str, str]],
                 note_shape: tuple[str, str]) -> str:
    """A node sample: the kind's own shape and class, or a box with the mark's classes."""
    text = f'"{mermaid_text(label)}"'
    kinds = {kind.value: kind for kind in shapes}
    if name in kinds:
        opening, closing = shapes[kinds[name]]
        return f"{opening}{text}{closing}:::{name}"
    if name == "counterfactual":
        return f"{note_shape[0]}{text}{note_shape[1]}:::counterfactual"
    if name in ("unintended", "negative"):
        return f"[{text}]:::effect"
    return f"[{text}]:::legendgroup"


def legend_chart(legend: Legend, lang: str, shapes: dict[NodeKind, tuple[str, str]],
                 note_shape: tuple[str, str]) -> tuple[list[str], list[tuple[str, str | None]], list[str]]:
    """The legend's subgraph, its lines (text and linkStyle, in order) and class lines.

    Samples are chained by invisible lines (`~~~`), so that they stand in rows; a
    line sample joins two empty points and carries its words on the line itself.
    """
    found = samples(legend, lang)
    drawn = line_samples(legend)
    words = notes(legend)
    if not found and not drawn:
        return [], [], []
    nodes = [f'  subgraph legend["{mermaid_text(i18n.text("render.legend", lang))}"]', "    direction LR"]
    lines: list[tuple[str, str | None]] = []
    extra: list[str] = []
    for number, sample in enumerate(found, start=1):
        nodes.append(f"    legend_k{number}{_sample_line(sample.name, sample.label, shapes, note_shape)}")
        if sample.name in ("unintended", "negative"):
            extra.append(f"  class legend_k{number} {sample.name}")
        if number % PER_ROW != 1:  # joined to the one before it, in the same row
            lines.append((f"  legend_k{number - 1} ~~~ legend_k{number}", None))
    for number, drawn_line in enumerate(drawn, start=1):
        start, end = f"legend_a{number}", f"legend_b{number}"
        nodes += [f'    {start}((" ")):::legendpoint', f'    {end}((" ")):::legendpoint']
        arrow = ARROWS.get(drawn_line.key, "-.-")
        look = f"stroke:{drawn_line.colour},stroke-width:{WIDTHS.get(drawn_line.key, '2px')}"
        if drawn_line.line_style == "dashed":
            look += ",stroke-dasharray:6 4"
        lines.append((f'  {start} {arrow}|"{mermaid_text(i18n.text(drawn_line.key, lang))}"| {end}', look))
        if number % (PER_ROW // 2) != 1:
            lines.append((f"  legend_b{number - 1} ~~~ {start}", None))
    if words:
        text = "<br/>".join(mermaid_text(i18n.text(key, lang)) for key in words)
        nodes.append(f'    legend_n["{text}"]:::legendnote')
    nodes.append("  end")
    extra.append("  style legend fill:#ffffff,stroke:#b0bec5")
    classes = [f"  classDef legendgroup fill:{style.GROUP_FILLS[0]},stroke:{style.GROUP_BORDER}",
               "  classDef legendpoint fill:#ffffff,stroke:#ffffff",
               "  classDef legendnote fill:#ffffff,stroke:#ffffff"]
    return nodes + extra, lines, classes
