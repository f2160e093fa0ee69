"""A theory (through a view) as a Mermaid flowchart, for Markdown pages that render Mermaid.

Same view, kinds and colours as the Graphviz diagram; node ids are generated
and every label goes through `toc.escape.mermaid.mermaid_lines`.
"""

from __future__ import annotations

from toc.analysis.graph import cyclic_links
from toc.escape.mermaid import mermaid_lines, mermaid_text, mermaid_title
from toc.model import Theory
from toc.model.kinds import NodeKind
from toc.render import style
from toc.render.clusters import Box, find_boxes
from toc.render.dot import PEOPLE_LEGEND, PEOPLE_LOOKS, Options
from toc.render.legend import Legend
from toc.render.linktext import is_doubtful, link_text
from toc.render.mermaid_legend import legend_chart
from toc.render.notes import counterfactual_note
from toc.render.titles import view_title
from toc.render.views import actor_lines, select
from toc.render.wrap import wrap

# Mermaid's classic shapes: the text goes between the opening and closing marks.
SHAPES: dict[NodeKind, tuple[str, str]] = {
    NodeKind.ACTOR: ("([", "])"),
    NodeKind.VALUE: ("{", "}"),
    NodeKind.INPUT: (">", "]"),
    NodeKind.INTERVENTION: ("[", "]"),
    NodeKind.OUTPUT: ("[[", "]]"),
    NodeKind.MECHANISM: ("((", "))"),
    NodeKind.CONTEXT: ("{{", "}}"),
    NodeKind.OUTCOME: ("(", ")"),
    NodeKind.IMPACT: ("[/", "\\]"),
    NodeKind.EFFECT: ("[\\", "/]"),
    NodeKind.EXTERNAL: ("[/", "/]"),
    NodeKind.ASSUMPTION: ("[(", ")]"),
}
NOTE_SHAPE = (">", "]")
# Mermaid wraps a label wider than about 200 pixels again, itself: a line of ours that
# is a few letters too long then breaks into a long and a short one, raggedly. Lines
# of this many columns stay as they are.
LINE_WIDTH = style.LABEL_WIDTH


def _class_lines() -> list[str]:
    lines = [f"  classDef {kind.value} fill:{look.fill},stroke:{look.border},color:{style.TEXT_COLOUR}"
             for kind, look in style.LOOKS.items()]
    look = style.COUNTERFACTUAL_LOOK
    lines.append(f"  classDef counterfactual fill:{look.fill},stroke:{look.border}")
    lines.append("  classDef unintended stroke-dasharray:5 4")
    lines.append(f"  classDef negative fill:{style.NEGATIVE_FILL},stroke:{style.NEGATIVE_BORDER}")
    lines.append(f"  classDef junction fill:{style.INCREASES_COLOUR},stroke:{style.INCREASES_COLOUR}")
    lines.append("  classDef subject stroke-width:3px")
    return lines


def _subgraphs(boxes: list[Box], ids: dict[str, str], numbers: dict[str, int],
               subject: str | None, depth: int = 1) -> tuple[list[str], list[str]]:
    """Groups as nested subgraphs titled with their labels, and a style line for each."""
    lines: list[str] = []
    styles: list[str] = []
    for box in boxes:
        indent = "  " * depth
        name = f"g{numbers[box.group.id]}"
        lines.append(f'{indent}subgraph {name}["{mermaid_text(box.group.label)}"]')
        lines += [f"{indent}  {ids[element]}" for element in box.elements]
        inner, inner_styles = _subgraphs(box.boxes, ids, numbers, subject, depth + 1)
        lines += [*inner, f"{indent}end"]
        fill = style.GROUP_FILLS[min(box.depth, len(style.GROUP_FILLS) - 1)]
        width = ",stroke-width:3px" if box.group.id == subject else ""
        styles += [f"  style {name} fill:{fill},stroke:{style.GROUP_BORDER}{width}", *inner_styles]
    return lines, styles


def front_matter(theory: Theory, options: Options) -> list[str]:
    """Mermaid's front matter with the title (and the view's name), or nothing without either."""
    parts = [theory.label] if theory.label else []
    view = view_title(theory, options.view, options.lang)
    parts += [view] if view else []
    if not parts:
        return []
    # A YAML string in double quotes, on one line: user text cannot end it early.
    return ["---", f"title: {mermaid_title(' · '.join(parts))}", "---"]




def to_mermaid(theory: Theory, options: Options | None = None) -> str:
    """Return a Mermaid flowchart of a theory as the options' view shows it."""
    options = options or Options()
    selection = select(theory, options.view)
    direction = "TB" if options.direction == "TB" else "LR"
    out = [*front_matter(theory, options), f"flowchart {direction}"]
    subjects = (options.view.focus, options.view.perspective)
    ids = {node.id: f"n{number}" for number, node in enumerate(selection.nodes, start=1)}
    legend = Legend()  # what the chart draws, for its legend
    for node in selection.nodes:
        legend.kinds.add(node.kind)
        legend.unintended |= style.is_unintended(node)
        legend.negative |= style.is_negative(node)
        opening, closing = SHAPES[node.kind]
        caption = mermaid_text(style.caption(node, options.lang))
        lines = wrap(node.label, min(style.label_width(node), LINE_WIDTH))
        label = f"<small>{caption}</small><br/>{mermaid_lines(lines)}"
        classes = [node.kind.value]  # marks of unintended and negative results follow the kind
        classes += ["unintended"] if style.is_unintended(node) else []
        classes += ["negative"] if style.is_negative(node) else []
        classes += ["subject"] if node.id in subjects else []
        out.append(f'  {ids[node.id]}{opening}"{label}"{closing}:::{node.kind.value}')
        out.extend(f"  class {ids[node.id]} {extra}" for extra in classes[1:])
    edges: list[str] = []
    styles: list[str] = []
    cyclic = cyclic_links(theory)

    def edge(text: str, look: str | None = None) -> None:
        if look:
            styles.append(f"  linkStyle {len(edges)} {look}")
        edges.append(text)

    junctions = 0
    for link in selection.links:
        reduces = link.polarity == "reduces"
        on_loop = (link.source, link.target) in cyclic
        colour = style.REDUCES_COLOUR if reduces else (
            style.LOOP_COLOUR if on_loop else style.INCREASES_COLOUR)
        width = ",stroke-width:3px" if on_loop else ""
        legend.reduces |= reduces
        legend.increases |= not reduces
        legend.loop |= on_loop
        legend.confidence |= link.confidence is not None
        if is_doubtful(link):  # thin and light, as in the Graphviz diagram
            legend.doubtful = True
            colour, width = style.LIGHT_COLOURS[colour], ",stroke-width:1px"
        look = f"stroke:{colour}{width}"
        arrow = "--x" if reduces else "-->"
        text = link_text(theory, link, options.lang, "labels" not in selection.hide)
        legend.markers |= bool(text.loop)
        words = [mermaid_text(part) for part in ([text.loop] if text.loop else [])]
        words += [mermaid_text(link.label)] if link.label and text.label else []  # Mermaid wraps it itself
        words += [f"<small>{mermaid_text(' '.join(text.note))}</small>"] if text.note else []
        label = f'|"{" ".join(words)}"|' if words else ""
        source, target = ids[link.source], ids[link.target]
        attached = [a for a in (*link.when, *link.assumes) if a in ids]
        if not attached:
            edge(f"  {source} {arrow}{label} {target}", look)
            continue
        junctions += 1
        point = f"j{junctions}"
        out.append(f'  {point}((" ")):::junction')
        edge(f"  {source} --- {point}", look)
        edge(f"  {point} {arrow}{label} {target}", look)
        for other in attached:
            if other in link.assumes:
                legend.assumes = True
            elif theory.index[other].kind is NodeKind.CONTEXT:
                legend.when = True
            else:
                legend.when_result = True
            edge(f"  {ids[other]} -.- {point}")
    for node in selection.nodes:  # an element's own assumptions, joined as notes are
        for assumption in node.assumes:
            if assumption in ids:
                legend.assumes = True
                edge(f"  {ids[assumption]} -.- {ids[node.id]}",
                     f"stroke:{style.ASSUMPTION_EDGE_COLOUR}")
    for line in actor_lines(selection, options.view):
        setattr(legend, PEOPLE_LEGEND[line.relation], True)
        line_style, colour = PEOPLE_LOOKS[line.relation]  # as the Graphviz diagram draws them
        dashes = ",stroke-dasharray:6 4" if line_style == "dashed" else ""
        edge(f"  {ids[line.source]} -.- {ids[line.target]}", f"stroke:{colour},stroke-width:2px{dashes}")
    opening, closing = NOTE_SHAPE
    for number, counterfactual in enumerate(selection.counterfactuals, start=1):
        note = counterfactual_note(theory, counterfactual, options.lang)
        note_text = "<br/>".join(mermaid_lines(wrap(line, LINE_WIDTH)) for line in note.lines())
        legend.counterfactual = True
        out.append(f'  c{number}{opening}"{note_text}"{closing}:::counterfactual')
        for target in counterfactual.targets:
            if target in ids:
                edge(f"  {ids[target]} -.- c{number}",
                     f"stroke:{style.COUNTERFACTUAL_EDGE_COLOUR}")
    if "groups" not in selection.hide:
        boxes = find_boxes(theory, [node.id for node in selection.nodes]).top
        numbers = {group.id: number for number, group in enumerate(theory.groups, start=1)}
        boxed, box_styles = _subgraphs(boxes, ids, numbers, options.view.focus)
        out += boxed
        styles += box_styles
        legend.group = bool(boxes)
    classes = _class_lines()
    if options.legend and "legend" not in selection.hide:
        nodes, legend_lines, legend_classes = legend_chart(legend, options.lang, SHAPES, NOTE_SHAPE)
        out += nodes
        for line_text, line_look in legend_lines:
            edge(line_text, line_look)
        classes += legend_classes
    return "\n".join(out + edges + styles + classes) + "\n"
