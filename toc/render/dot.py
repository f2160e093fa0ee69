"""A theory (through a view) as Graphviz DOT text: pure, deterministic, no Graphviz needed.

Node ids in the DOT are generated (n1, n2, ...), never copied from the theory,
and every piece of user text goes through `toc.escape.dot.html_text`, so a label can
neither break the DOT nor add attributes. Only fixed attributes chosen here
appear in the output: nothing can make Graphviz read a file or add a link.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from toc import i18n
from toc.analysis.graph import cyclic_links
from toc.escape.dot import html_lines, html_text
from toc.model import Counterfactual, Link, Node, Theory
from toc.render import marks as marking
from toc.render import style
from toc.render.addresses import address
from toc.render.legend import Legend, legend_table
from toc.render.loops import back_links
from toc.render.marks import Mark, Marks
from toc.render.notes import counterfactual_note
from toc.render.titles import view_title
from toc.render.views import Selection, View, actor_lines, select
from toc.render.wrap import wrap


class Html(str):
    """An HTML-like label that is already escaped; written between < and >."""


def attrs(**values: object) -> str:
    """Format DOT attributes; only fixed words and escaped HTML labels reach this point."""
    parts = []
    for name, value in values.items():
        if value is None:
            continue
        if isinstance(value, Html):
            parts.append(f"{name}=<{value}>")
        elif isinstance(value, (int, float)):
            parts.append(f"{name}={value}")
        else:
            text = str(value)
            assert '"' not in text and "\\" not in text, "user text must be an Html label"
            parts.append(f'{name}="{text}"')
    return f" [{', '.join(parts)}]" if parts else ""


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
    'margin="0.1,0.04"];',
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
PEOPLE_LOOKS = {"by": ("dotted", style.ACTOR_EDGE_COLOUR), "serves": ("dotted", style.VALUE_EDGE_COLOUR),
                "for": ("dashed", style.ACTOR_EDGE_COLOUR),
                "valued_by": ("dashed", style.VALUED_EDGE_COLOUR)}
PEOPLE_LEGEND = {"by": "by", "serves": "serves", "for": "for_whom", "valued_by": "valued_by"}
SUBJECT_PENWIDTH = 3.2  # the border of the node a view is about


@dataclass
class _Writer:
    theory: Theory
    selection: Selection
    options: Options
    lines: list[str] = field(default_factory=list)
    ids: dict[str, str] = field(default_factory=dict)
    legend: Legend = field(default_factory=Legend)

    @property
    def lang(self) -> str:
        return self.options.lang

    def emit(self, line: str) -> None:
        self.lines.append("  " + line)

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
        caption = html_text(style.caption(node, self.lang)) + self.mark_tag(self.node_mark(node.id))
        body = html_lines(wrap(node.label, style.label_width(node)))
        return Html(f'<font point-size="8" color="{style.CAPTION_COLOUR}">{caption}</font>'
                    f"<br/>{body}")

    def nodes(self) -> None:
        for number, node in enumerate(self.selection.nodes, start=1):
            self.ids[node.id] = f"n{number}"
        positions = {node.id: number for number, node in enumerate(self.theory.nodes)}
        for node in self.selection.nodes:
            mark = self.node_mark(node.id)
            look = marking.node_look(style.look_of(node), mark)
            marked = marking.node_attributes(mark)
            self.legend.kinds.add(node.kind)
            self.legend.unintended |= style.is_unintended(node)
            self.legend.negative |= style.is_negative(node)
            subject = node.id in (self.options.view.focus, self.options.view.perspective)
            self.emit(self.ids[node.id] + attrs(
                label=self.node_label(node), shape=look.shape, style=look.style,
                fillcolor=look.fill, color=look.border,
                peripheries=look.peripheries if look.peripheries > 1 else None,
                penwidth=SUBJECT_PENWIDTH if subject else marked.get("penwidth"),
                fontcolor=marked.get("fontcolor"), **self.address("node", positions[node.id])))

    def edge(self, source: str, target: str, **values: object) -> None:
        self.emit(f"{source} -> {target}{attrs(**values)}")

    def link_label(self, link: Link) -> Html | None:
        parts = []
        if link.loop:
            self.legend.markers = True
            parts.append(f"<b>{html_text(i18n.text(f'render.loop.{link.loop}', self.lang))}</b>")
        if link.label and "labels" not in self.selection.hide:
            parts.append(html_lines(wrap(link.label, style.EDGE_LABEL_WIDTH)))
        return Html("<br/>".join(parts)) if parts else None

    def attached(self, link: Link) -> tuple[list[str], list[str]]:
        """The contexts and assumptions of a link that this view shows."""
        shown = self.selection.ids
        return ([c for c in link.when if c in shown], [a for a in link.assumes if a in shown])

    def links(self) -> None:
        cyclic = cyclic_links(self.theory)
        backwards = back_links([n.id for n in self.selection.nodes], self.selection.links)
        junctions = 0
        places = {id(link): number for number, link in enumerate(self.theory.links)}
        for position, link in enumerate(self.selection.links):
            reduces = link.polarity == "reduces"
            on_loop = (link.source, link.target) in cyclic
            self.legend.reduces |= reduces
            self.legend.increases |= not reduces
            self.legend.loop |= on_loop
            colour = style.REDUCES_COLOUR if reduces else (
                style.LOOP_COLOUR if on_loop else style.INCREASES_COLOUR)
            look: dict[str, object] = dict(color=colour, penwidth=2.4 if on_loop else None,
                                           **self.address("link", places[id(link)]))
            look.update(marking.line_attributes(
                self.line_mark(link.source, link.target, link=(link.source, link.target))))
            if position in backwards:
                # A line back against the flow leaves from the top of its node, so it
                # does not start where a line into that node ends (one line with two
                # heads, to the eye).
                look.update(tailport="n", headport="n")
            head = dict(arrowhead="tee" if reduces else None, label=self.link_label(link))
            source, target = self.ids[link.source], self.ids[link.target]
            conditions, assumptions = self.attached(link)
            if not conditions and not assumptions:
                self.edge(source, target, **look, **head)
                continue
            # A small junction point on the link, so that a condition or an
            # assumption visibly attaches to this link and no other.
            junctions += 1
            point = f"j{junctions}"
            self.emit(point + attrs(shape="point", width=0.07, color=look["color"],
                                    **self.address("link", places[id(link)])))
            self.edge(source, point, arrowhead="none", **JUNCTION, **look)
            self.edge(point, target, **JUNCTION, **look, **head)
            for context in conditions:
                self.legend.when = True
                self.edge(self.ids[context], point, **self.marked(
                    context, style="dashed", arrowhead="none", **JUNCTION,
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

    def people(self) -> None:
        """Who carries out what (`by:`), which values it serves, and a perspective's own ties."""
        for line in actor_lines(self.selection, self.options.view):
            setattr(self.legend, PEOPLE_LEGEND[line.relation], True)
            line_style, colour = PEOPLE_LOOKS[line.relation]
            self.edge(self.ids[line.source], self.ids[line.target], **self.marked(
                line.source, line.target, style=line_style, arrowhead="none", color=colour))

    def counterfactual_label(self, counterfactual: Counterfactual, mark: Mark | None = None) -> Html:
        note = counterfactual_note(self.theory, counterfactual, self.lang)
        lines = [f'<font point-size="8" color="{style.CAPTION_COLOUR}">'
                 f"{html_text(note.caption)}{self.mark_tag(mark)}</font>"]
        lines += [html_text(line) for line in wrap(note.scenario, style.NOTE_WIDTH) if line]
        lines += [f"<b>{html_text(line)}</b>" for line in wrap(note.figures, style.NOTE_WIDTH)
                  if line]
        lines += [html_text(line) for line in wrap(note.contributors, style.NOTE_WIDTH) if line]
        left = '<br align="left"/>'
        return Html(left.join(lines) + left)

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
            self.emit(note + attrs(label=self.counterfactual_label(counterfactual, mark),
                                   shape=look.shape, style=look.style, fillcolor=look.fill,
                                   color=look.border, fontsize=9, penwidth=marked.get("penwidth"),
                                   fontcolor=marked.get("fontcolor"),
                                   **self.address("note", places[id(counterfactual)])))
            targets = [self.ids[t] for t in counterfactual.targets if t in self.ids]
            # A note about one result sits in that result's column, beside it,
            # rather than in a column of its own at the end of the diagram.
            beside = len(targets) == 1
            faint = marking.line_attributes(Mark.REMOVED if mark is Mark.REMOVED else None)
            for target in targets:
                self.edge(target, note, **{**dict(style="dashed", arrowhead="none",
                                                  color=style.COUNTERFACTUAL_EDGE_COLOUR,
                                                  minlen=0 if beside else None), **faint})
            if beside:
                self.emit(f"{{rank=same; {targets[0]}; {note}}}")

    def horizons(self) -> None:
        """Results of one horizon share a rank, and the ranks follow during → long."""
        groups: dict[str, list[str]] = {}
        for node in self.selection.nodes:
            if node.horizon:
                groups.setdefault(node.horizon, []).append(self.ids[node.id])
        order = [h for h in ("during", "short", "medium", "long") if h in groups]
        for number, horizon in enumerate(order, start=1):
            members = "; ".join([f"h{number}", *groups[horizon]])
            self.emit(f"h{number}" + attrs(shape="point", style="invis", width=0))
            self.emit(f"{{rank=same; {members}}}")
        if len(order) > 1:
            chain = " -> ".join(f"h{n}" for n in range(1, len(order) + 1))
            self.emit(chain + attrs(style="invis"))

    def label(self, with_legend: bool) -> None:
        """The graph's label, above the diagram: the title, its version and the legend."""
        parts = []
        if self.theory.label and self.options.title:
            parts.append(f'<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="16"><B>'
                         f"{html_text(self.theory.label)}</B></FONT></TD></TR>")
        if self.theory.version and self.options.title:
            version = i18n.text("render.version", self.lang, version=self.theory.version)
            parts.append(f'<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="10" COLOR="{style.CAPTION_COLOUR}">'
                         f"{html_text(version)}</FONT></TD></TR>")
        marks = self.options.marks
        if marks is not None and marks.caption:
            parts.append(f'<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="12"><B>{html_text(marks.caption)}'
                         "</B></FONT></TD></TR>")
        view = view_title(self.theory, self.options.view, self.lang)
        if view:
            parts.append(f'<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="13"><B>{html_text(view)}</B>'
                         "</FONT></TD></TR>")
        table = legend_table(self.legend, self.lang) if with_legend else None
        if table:
            parts.append(f'<TR><TD ALIGN="LEFT">{table}</TD></TR>')
        if parts:
            label = '<TABLE BORDER="0" CELLSPACING="2" CELLPADDING="0">' + "".join(parts) + "</TABLE>"
            self.emit("graph" + attrs(label=Html(label)))


def to_dot(theory: Theory, options: Options = Options()) -> str:
    """Return the DOT text of a theory as the options' view shows it."""
    writer = _Writer(theory, select(theory, options.view), options)
    writer.lines.append("digraph toc {")
    writer.lines.extend("  " + line for line in HEADER)
    writer.emit("graph" + attrs(rankdir=options.direction))
    if any(any(writer.attached(link)) for link in writer.selection.links):
        writer.emit(SPACED_EDGES)
    writer.nodes()
    writer.links()
    writer.people()
    writer.counterfactuals()
    writer.horizons()
    # Last, since the legend explains exactly what was drawn above.
    writer.label(options.legend and "legend" not in options.view.hide)
    writer.lines.append("}")
    return "\n".join(writer.lines) + "\n"
