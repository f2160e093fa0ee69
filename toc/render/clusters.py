"""Group boxes: which groups a drawing shows, nested as Graphviz clusters, and how they look."""

from __future__ import annotations

from dataclasses import dataclass, field

from toc import i18n
from toc.escape.dot import html_text
from toc.model import Group, Theory
from toc.render import style
from toc.render.statements import Html, attrs
from toc.render.wrap import wrap


@dataclass
class Box:
    """A group as drawn: its elements and the boxes inside it, in the order they were written."""

    group: Group
    depth: int
    elements: list[str] = field(default_factory=list)
    boxes: list[Box] = field(default_factory=list)


@dataclass
class Boxes:
    """The boxes of a drawing: the outermost ones, and the innermost box of each element."""

    top: list[Box]
    home: dict[str, str]  # element id -> id of the innermost group drawn around it
    parent: dict[str, str]  # group id -> id of the group around it

    def chain(self, group_id: str | None) -> list[str]:
        """A group and the groups around it, innermost first."""
        found = []
        while group_id is not None:
            found.append(group_id)
            group_id = self.parent.get(group_id)
        return found

    def common(self, first: str, second: str) -> str | None:
        """The innermost group around both elements (None when no box holds both)."""
        around = set(self.chain(self.home.get(first)))
        return next((g for g in self.chain(self.home.get(second)) if g in around), None)

    def contents(self) -> dict[str, list[str]]:
        """The elements directly inside each drawn group, in the order written."""
        found: dict[str, list[str]] = {}
        pending = list(self.top)
        while pending:
            box = pending.pop()
            found[box.group.id] = box.elements
            pending += box.boxes
        return found


def find_boxes(theory: Theory, shown: list[str]) -> Boxes:
    """The groups around the shown elements, nested; a group with nothing shown is left out."""
    groups = {group.id: group for group in theory.groups}
    parent = {member: group.id for group in theory.groups for member in group.members}
    drawn: set[str] = set()
    for element in shown:
        current = parent.get(element)
        while current is not None and current not in drawn:  # each group is climbed once
            drawn.add(current)
            current = parent.get(current)
    shown_set = set(shown)

    def build(group: Group, depth: int) -> Box:
        box = Box(group, depth)
        for member in group.members:
            if member in groups and member in drawn:
                box.boxes.append(build(groups[member], depth + 1))
            elif member in shown_set:
                box.elements.append(member)
        return box

    top = [build(group, 0) for group in theory.groups if group.id in drawn and group.id not in parent]
    home = {element: parent[element] for element in shown if element in parent}
    return Boxes(top, home, {g: parent[g] for g in drawn if g in parent})


def box_label(group: Group, lang: str) -> str:
    """The label of a box, left above its contents: a small caption, the title, the description."""
    left = '<br align="left"/>'
    caption = html_text(i18n.text("kind.group", lang))
    lines = [f'<font point-size="8" color="{style.CAPTION_COLOUR}">{caption}</font>']
    lines += [f"<b>{html_text(line)}</b>"
              for line in wrap(group.label, style.fitted(group.label, style.GROUP_LABEL_WIDTH))]
    if group.description:
        width = style.fitted(group.description, style.GROUP_LABEL_WIDTH)
        lines += [f'<font point-size="9">{html_text(line)}</font>'
                  for line in wrap(group.description, width) if line]
    # A table keeps the label a little away from the box's border.
    return ('<TABLE BORDER="0" CELLPADDING="2" CELLSPACING="0"><TR><TD ALIGN="LEFT">'
            + left.join(lines) + left + "</TD></TR></TABLE>")


def box_look(box: Box, subject: bool) -> dict[str, object]:
    """The fixed attributes of a box: rounded, filled one step darker per level of nesting."""
    fill = style.GROUP_FILLS[min(box.depth, len(style.GROUP_FILLS) - 1)]
    return dict(style="rounded,filled", fillcolor=fill, color=style.GROUP_BORDER,
                penwidth=3.2 if subject else 1.2, fontsize=11, labeljust="l", labelloc="t")


def cluster_lines(box: Box, names: dict[str, str], contents: dict[str, list[str]],
                  subject: str | None, lang: str, depth: int = 0) -> list[str]:
    """A box as a Graphviz cluster, with what it holds and the boxes inside it.

    `names` gives each group its cluster's number (never the author's id), `contents`
    the DOT ids each group holds.
    """
    indent = "  " * depth
    lines = [f"{indent}subgraph cluster_{names[box.group.id]} {{",
             f"{indent}  graph" + attrs(label=Html(box_label(box.group, lang)),
                                          **box_look(box, box.group.id == subject)) + ";"]
    if contents.get(box.group.id):
        lines.append(f"{indent}  {'; '.join(contents[box.group.id])};")
    for inner in box.boxes:
        lines += cluster_lines(inner, names, contents, subject, lang, depth + 1)
    lines.append(f"{indent}}}")
    return lines
