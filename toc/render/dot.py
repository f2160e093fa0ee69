"""A theory (through a view) as Graphviz DOT text: pure, deterministic, no Graphviz needed.

Node ids in the DOT are generated (n1, n2, ...), never copied from the theory,
and every piece of user text goes through `toc.escape.dot.html_text`, so a label can
neither break the DOT nor add attributes. Only fixed attributes chosen here
appear in the output: nothing can make Graphviz read a file or add a link.
"""

from __future__ import annotations

from dataclasses import dataclass

from toc import i18n
from toc.analysis.graph import cyclic_links
from toc.escape.dot import html_lines, html_text
from toc.model import Counterfactual, Link, Node, Theory
from toc.model.kinds import LINKABLE_KINDS, NodeKind
from toc.render import clusters, columns, packing, stages, style
from toc.render import marks as marking
from toc.render.addresses import address
from toc.render.canvas import Canvas
from toc.render.legend import Legend, legend_table
from toc.render.linktext import is_doubtful, link_text
from toc.render.loops import back_links
from toc.render.marks import Mark, Marks
from toc.render.notes import counterfactual_note, note_label
from toc.render.statements import Html, attrs
from toc.render.titles import title_block, title_size
from toc.render.views import Selection, View, actor_lines, select
from toc.render.wrap import wrap


@dataclass(frozen=True)
class Options:
    """How to draw: the view, the direction, the language, whether to add a legend, and marks of a change.

    `title` puts the theory's title above the drawing (a page that has its own
    title leaves it out); `addressable` gives every node, link and note a class naming its place in the
    theory (see `addresses`), for a page that makes the drawing clickable.
    """

    view: View = View()
    direction: str = "LR"
    lang: str = "en"
    legend: bool = True
    marks: Marks | None = None
    addressable: bool = False
    title: bool = True  # the theory's title and version above the drawing


HEADER = [
    'graph [newrank=true, nodesep=0.15, ranksep=0.25, fontname="Helvetica", fontsize=16, '
    'labelloc="t", labeljust="l", pad=0.15, bgcolor="#ffffff", outputorder="edgesfirst"];',
    f'node [fontname="Helvetica", fontsize=11, fontcolor="{style.TEXT_COLOUR}", penwidth=1.2, '
    'margin="0.1,0.07"];',
    f'edge [fontname="Helvetica", fontsize=9, fontcolor="{style.TEXT_COLOUR}", arrowsize=0.8, '
    'penwidth=1.2];',
]
# A link with a context or an assumption is drawn through a junction point, and
# the point needs a rank of its own. Giving every other line two ranks keeps all
# junction points in narrow in-between columns, instead of pushing the wide
# nodes after them one column further along.
SPACED_EDGES = "edge [minlen=2];"
JUNCTION = dict(minlen=1)
# The lines of actors and values: their style and colour, and the legend entry they need.
PEOPLE_LOOKS = {"by": ("dashed", style.ACTOR_EDGE_COLOUR), "serves": ("dotted", style.VALUE_EDGE_COLOUR),
                "for": ("dotted", style.ACTOR_EDGE_COLOUR),
                "valued_by": ("dashed", style.VALUED_EDGE_COLOUR)}
PEOPLE_PENWIDTH = 1.5  # thinner than a causal link, heavy enough to be followed
PEOPLE_LEGEND = {"by": "by", "serves": "serves", "for": "for_whom", "valued_by": "valued_by"}
SUBJECT_PENWIDTH = 3.2  # the border of the node a view is about


class _Writer(Canvas):
    def __init__(self, theory: Theory, selection: Selection, options: Options) -> None:
        super().__init__(packing.Sketch(options.direction))
        self.theory, self.selection, self.options = theory, selection, options
        self.ids: dict[str, str] = {}
        self.legend = Legend()
        # what goes into a group's box besides its elements: junction points and notes
        self.inside: dict[str, list[str]] = {}
        self.header_at = 0  # where the lines after the DOT header start
        self.legend_width = 0.0  # how wide the legend's rows may be besides ROW_WIDTH (points)
        shown = [node.id for node in self.selection.nodes]
        drawn = "groups" not in self.selection.hide
        self.boxes = clusters.find_boxes(self.theory, shown if drawn else [])
        self.box_ids = {group.id: f"g{number}" for number, group in enumerate(self.theory.groups, 1)}

    @property
    def lang(self) -> str:
        return self.options.lang

    def node_mark(self, node_id: str) -> Mark | None:
        return self.options.marks.nodes.get(node_id) if self.options.marks else None

    def line_mark(self, *ends: str, link: tuple[str, str] | None = None) -> Mark | None:
        """A line's mark: its own (a link's), else removed when it touches a removed node."""
        marks = self.options.marks
        if marks is None:
            return None
        own = marks.links.get(link) if link else None
        if own is None and any(marks.nodes.get(end) is Mark.REMOVED for end in ends):
            own = Mark.REMOVED
        if own is not None:
            self.legend.marks.add(own)
        return own

    def mark_tag(self, mark: Mark | None) -> str:
        if mark is None:
            return ""
        self.legend.marks.add(mark)
        word = html_text(i18n.text(f"render.mark.{mark.value}", self.lang))
        return f' · <font color="{marking.COLOURS[mark]}"><b>{word}</b></font>'

    def address(self, part: str, position: int) -> dict[str, str]:
        """The class attribute that makes a shape addressable, when the options ask for it."""
        return {"class": address(part, position)} if self.options.addressable else {}

    def node_label(self, node: Node) -> Html:
        caption = style.caption(node, self.lang)
        lines = wrap(node.label, style.label_width(node))
        self.sketch.sizes[self.ids[node.id]] = packing.label_size(
            lines, 11, caption, style.LOOKS[node.kind].shape in style.ROUND_SHAPES)
        tag = self.mark_tag(self.node_mark(node.id))
        return Html(f'<font point-size="8" color="{style.CAPTION_COLOUR}">{html_text(caption)}{tag}</font>'
                    f"<br/>{html_lines(lines)}")

    def nodes(self) -> None:
        for number, node in enumerate(self.selection.nodes, start=1):
            self.ids[node.id] = f"n{number}"
        positions = {node.id: number for number, node in enumerate(self.theory.nodes)}
        order = {kind: number for number, kind in enumerate(style.LEGEND_ORDER)}
        for node in self.selection.nodes:
            mark = self.node_mark(node.id)
            look = marking.node_look(style.look_of(node), mark)
            marked = marking.node_attributes(mark)
            self.legend.kinds.add(node.kind)
            self.legend.unintended |= style.is_unintended(node)
            self.legend.negative |= style.is_negative(node)
            subject = node.id in (self.options.view.focus, self.options.view.perspective)
            dot_id = self.ids[node.id]
            self.sketch.elements.append(dot_id)
            if node.kind in LINKABLE_KINDS:
                self.sketch.linkable.add(dot_id)
            self.sketch.keys[dot_id] = (order[node.kind], columns.HORIZONS.index(node.horizon) + 1
                                        if node.horizon else 0)
            self.emit(dot_id + attrs(
                label=self.node_label(node), shape=look.shape, style=look.style,
                fillcolor=look.fill, color=look.border,
                peripheries=look.peripheries if look.peripheries > 1 else None,
                penwidth=SUBJECT_PENWIDTH if subject else marked.get("penwidth"), margin=look.margin,
                fontcolor=marked.get("fontcolor"), **self.address("node", positions[node.id])))

    def link_label(self, link: Link) -> tuple[Html | None, tuple[float, float] | None]:
        """The words on a link as an HTML-like label, and roughly how large they are drawn."""
        if not (link.loop or link.label or link.for_actors or link.confidence is not None
                or link.confidence_wording):
            return None, None  # nothing to write: most links of a large theory
        text = link_text(self.theory, link, self.lang, "labels" not in self.selection.hide)
        parts = []
        if text.loop:
            self.legend.markers = True
            parts.append(f"<b>{html_text(text.loop)}</b>")
        if text.label:
            parts.append(html_lines(text.label))
        if text.note:
            self.legend.confidence |= link.confidence is not None
            parts += [f'<font point-size="8" color="{style.CAPTION_COLOUR}">{html_text(line)}</font>'
                      for line in text.note]
        if not parts:
            return None, None
        lines = [*([text.loop] if text.loop else []), *text.label, *text.note]
        return Html("<br/>".join(parts)), packing.label_size(lines, 9)

    def attached(self, link: Link) -> tuple[list[str], list[str]]:
        """The conditions and assumptions of a link that this view shows."""
        if not link.when and not link.assumes:
            return [], []
        shown = self.selection.ids
        return ([c for c in link.when if c in shown], [a for a in link.assumes if a in shown])

    def link_look(self, link: Link, on_loop: bool) -> dict[str, object]:
        """Colour and width: red when it reduces, orange on a loop, thin and light when doubtful."""
        reduces = link.polarity == "reduces"
        colour = style.REDUCES_COLOUR if reduces else (
            style.LOOP_COLOUR if on_loop else style.INCREASES_COLOUR)
        width = 2.4 if on_loop else None
        if is_doubtful(link):
            self.legend.doubtful = True
            colour = style.LIGHT_COLOURS[colour]
            width = style.LOW_CONFIDENCE_PENWIDTH * (2 if on_loop else 1)
        return dict(color=colour, penwidth=width)

    def links(self) -> None:
        cyclic = cyclic_links(self.theory)
        backwards = back_links([n.id for n in self.selection.nodes], self.selection.links)
        junctions = 0
        places = {id(link): number for number, link in enumerate(self.theory.links)}
        # The attributes of a line without words, written once for each look: a large
        # theory has tens of thousands of lines that look alike.
        plain: dict[tuple[tuple[str, object], ...], str] = {}
        for position, link in enumerate(self.selection.links):
            reduces = link.polarity == "reduces"
            on_loop = (link.source, link.target) in cyclic
            self.legend.reduces |= reduces
            self.legend.increases |= not reduces
            self.legend.loop |= on_loop
            look = self.link_look(link, on_loop)
            look.update(self.address("link", places[id(link)]))
            look.update(marking.line_attributes(
                self.line_mark(link.source, link.target, link=(link.source, link.target))))
            if position in backwards:
                # A line back against the flow leaves from the top of its node, so it
                # does not start where a line into that node ends (one line with two
                # heads, to the eye).
                look.update(tailport="n", headport="n")
            label, size = self.link_label(link)
            head = dict(arrowhead="tee" if reduces else None, label=label)
            source, target = self.ids[link.source], self.ids[link.target]
            conditions, assumptions = self.attached(link)
            if not conditions and not assumptions:
                if label is None:
                    key = (*look.items(), ("arrowhead", head["arrowhead"]))
                    written = plain.get(key)
                    if written is None:
                        written = plain[key] = attrs(**look, **head)
                    self.edge_written(source, target, written, look.get("minlen"))
                else:
                    self.edge(source, target, **look, **head)
                if size:
                    self.sketch.labels.append((source, size))
                continue
            # A small junction point on the link, so that a condition or an
            # assumption visibly attaches to this link and no other.
            junctions += 1
            point = f"j{junctions}"
            self.point(point, 0.07, width=0.07, color=look["color"],
                       **self.address("link", places[id(link)]))
            box = self.boxes.common(link.source, link.target)
            if box is not None:  # a link inside a box keeps its point inside too
                self.inside.setdefault(box, []).append(point)
            self.edge(source, point, arrowhead="none", **JUNCTION, **look)
            self.edge(point, target, **JUNCTION, **look, **head)
            if size:
                self.sketch.labels.append((point, size))
            for condition in conditions:
                if self.theory.index[condition].kind is NodeKind.CONTEXT:
                    self.legend.when = True
                else:
                    self.legend.when_result = True
                self.edge(self.ids[condition], point, **self.marked(
                    condition, style="dashed", arrowhead="none", **JUNCTION,
                    color=style.CONTEXT_EDGE_COLOUR, **self.address("link", places[id(link)])))
            for assumption in assumptions:
                self.legend.assumes = True
                self.edge(self.ids[assumption], point, **self.marked(
                    assumption, style="dotted", arrowhead="none", **JUNCTION,
                    color=style.ASSUMPTION_EDGE_COLOUR, penwidth=1.6,
                    **self.address("link", places[id(link)])))

    def marked(self, *ends: str, **values: object) -> dict[str, object]:
        """A side line's attributes, drawn faintly when it touches a removed node."""
        return {**values, **marking.line_attributes(self.line_mark(*ends))}

    def keep_beside(self, element: str, note: str) -> None:
        """A note about one element sits in that element's box, as a row of a logframe does."""
        box = self.boxes.home.get(element)
        if box is not None:
            self.inside.setdefault(box, []).append(note)

    def element_assumptions(self) -> None:
        """An element's own assumptions, joined to it as notes are (dotted).

        An assumption that nothing else in the drawing needs sits beside its element;
        one shared by several hangs free between them.
        """
        shown = self.selection.ids
        uses: dict[str, int] = {}
        for link in self.selection.links:
            for assumption in self.attached(link)[1]:
                uses[assumption] = uses.get(assumption, 0) + 1
        pairs = [(node.id, a) for node in self.selection.nodes for a in node.assumes if a in shown]
        for _, assumption in pairs:
            uses[assumption] = uses.get(assumption, 0) + 1
        for element, assumption in pairs:
            self.legend.assumes = True
            beside = uses[assumption] == 1
            look = dict(style="dotted", arrowhead="none", color=style.ASSUMPTION_EDGE_COLOUR,
                        penwidth=1.6)
            if beside:
                self.edge(self.ids[element], self.ids[assumption], minlen=0, **look)
                self.same_rank(self.ids[element], self.ids[assumption])
                if assumption not in self.boxes.home:  # unless it has a box of its own
                    self.keep_beside(element, self.ids[assumption])
            else:
                self.edge(self.ids[assumption], self.ids[element], **look)

    def people(self) -> None:
        """Who carries out what (`by:`), which values it serves, and a perspective's own ties."""
        for line in actor_lines(self.selection, self.options.view):
            setattr(self.legend, PEOPLE_LEGEND[line.relation], True)
            line_style, colour = PEOPLE_LOOKS[line.relation]
            # minlen 0: the actor may stand in the column of what it does, just above or
            # below it, rather than in a column of its own before it.
            self.edge(self.ids[line.source], self.ids[line.target], **self.marked(
                line.source, line.target, style=line_style, arrowhead="none", color=colour,
                penwidth=PEOPLE_PENWIDTH, minlen=0))

    def note_mark(self, counterfactual: Counterfactual) -> Mark | None:
        marks = self.options.marks
        if marks is None or not marks.notes:
            return None
        place = next(i for i, c in enumerate(self.theory.counterfactuals) if c is counterfactual)
        return marks.notes.get(place)

    def counterfactuals(self) -> None:
        places = {id(c): number for number, c in enumerate(self.theory.counterfactuals)}
        for number, counterfactual in enumerate(self.selection.counterfactuals, start=1):
            self.legend.counterfactual = True
            note = f"c{number}"
            mark = self.note_mark(counterfactual)
            look = marking.node_look(style.COUNTERFACTUAL_LOOK, mark)
            marked = marking.node_attributes(mark)
            label, self.sketch.sizes[note] = note_label(
                counterfactual_note(self.theory, counterfactual, self.lang), self.mark_tag(mark))
            self.emit(note + attrs(label=label,
                                   shape=look.shape, style=look.style, fillcolor=look.fill,
                                   color=look.border, fontsize=9, penwidth=marked.get("penwidth"),
                                   fontcolor=marked.get("fontcolor"),
                                   **self.address("note", places[id(counterfactual)])))
            shown = [t for t in counterfactual.targets if t in self.ids]
            # A note about one result sits in that result's column, beside it,
            # rather than in a column of its own at the end of the diagram.
            beside = len(shown) == 1
            faint = marking.line_attributes(Mark.REMOVED if mark is Mark.REMOVED else None)
            for target in shown:
                self.edge(self.ids[target], note, **{**dict(style="dashed", arrowhead="none",
                                                            color=style.COUNTERFACTUAL_EDGE_COLOUR,
                                                            minlen=0 if beside else None), **faint})
            if beside:
                self.same_rank(self.ids[shown[0]], note)
                self.keep_beside(shown[0], note)

    def groups(self) -> None:
        """The group boxes, with their elements and what sits beside or inside them."""
        contents = {group: [self.ids[e] for e in elements]
                    for group, elements in self.boxes.contents().items()}
        for group, extra in self.inside.items():
            contents.setdefault(group, []).extend(extra)
        for box in self.boxes.top:
            self.legend.group = True
            for line in clusters.cluster_lines(box, self.box_ids, contents,
                                               self.options.view.focus, self.lang):
                self.emit(line)

    def arrange(self) -> None:
        """Loose elements in columns, and unconnected parts in page-shaped strips."""
        sketch = self.sketch
        for node, group in self.boxes.home.items():
            if node in self.ids:
                sketch.home[self.ids[node]] = group
                sketch.outer[self.ids[node]] = self.boxes.chain(group)[-1]
        for group, points in self.inside.items():
            for point in points:
                sketch.home[point] = group
                sketch.outer[point] = self.boxes.chain(group)[-1]
        free = columns.loose(sketch)
        self.stages()
        found = packing.parts(sketch, free)
        horizon_of = {self.ids[n.id]: n.horizon for n in self.selection.nodes if n.horizon}
        for line in columns.horizon_lines(sketch, found, free, horizon_of):
            self.emit(line)
        for line in columns.column_lines(sketch, free):
            self.emit(line)
        legend = self.options.legend and "legend" not in self.selection.hide
        if found and self.options.direction == "LR":  # the picture is at least its longest part wide
            self.legend_width = max(extent.along for extent in packing.extents(sketch, found)) * 72
        placement = packing.place(sketch, found, title_size(self.theory, legend))
        for line in placement.lines:
            self.emit(line)
        if placement.first_made:  # before any node is made, right after the header
            self.lines.insert(self.header_at, "  " + "; ".join(placement.first_made) + ";")

    def stages(self) -> None:
        """Boxes that are a results chain's stages (a column logic model) follow each other."""
        if self.options.direction != "LR":
            return  # top to bottom, Graphviz already sets unconnected boxes side by side
        nodes = {node.id: node for node in self.selection.nodes}
        links = [(link.source, link.target) for link in self.selection.links]
        made = stages.stage_lines(stages.stage_boxes(self.boxes.top, nodes, links), self.ids)
        for line in made.lines:
            self.emit(line)
        self.sketch.sizes.update({point: (0.0, 0.0) for point in made.points})
        self.sketch.edges += [(tail, head, None) for tail, head in made.edges]

    def label(self, with_legend: bool) -> None:
        """The graph's label, above the diagram: the title block, a change's caption and the legend."""
        table = legend_table(self.legend, self.lang, self.legend_width) if with_legend else None
        marks = self.options.marks
        block = title_block(self.theory, self.options.view, self.lang, table, title=self.options.title,
                            caption=marks.caption if marks is not None else None)
        if block:
            self.emit("graph" + attrs(label=block))


def to_dot(theory: Theory, options: Options = Options()) -> str:
    """Return the DOT text of a theory as the options' view shows it."""
    writer = _Writer(theory, select(theory, options.view), options)
    writer.lines.append("digraph toc {")
    writer.lines.extend("  " + line for line in HEADER)
    writer.emit("graph" + attrs(rankdir=options.direction))
    writer.header_at = len(writer.lines)
    if any(any(writer.attached(link)) for link in writer.selection.links):
        writer.emit(SPACED_EDGES)
        writer.sketch.default_minlen = 2
    writer.nodes()
    writer.links()
    writer.element_assumptions()
    writer.people()
    writer.counterfactuals()
    writer.arrange()
    writer.groups()
    # Last, since the legend explains exactly what was drawn above.
    writer.label(options.legend and "legend" not in options.view.hide)
    writer.lines.append("}")
    return "\n".join(writer.lines) + "\n"
