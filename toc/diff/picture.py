"""The change as a picture: the new version with the removed parts put back where they were, and marks.

The diagram itself is made by the renderer; this module only decides what it
shows: a theory that holds the new version and the removed elements, links and
counterfactuals, and the marks that say which part is new, changed or removed.
"""

from __future__ import annotations

from typing import Any

from toc import i18n
from toc.diff.changes import Action, Change, Diff
from toc.diff.match import Canon, translate_all, translator
from toc.model import Link, Node, Theory
from toc.render.dot import Options, to_dot
from toc.render.marks import Mark, Marks

MARK_OF = {Action.ADDED: Mark.ADDED, Action.REMOVED: Mark.REMOVED,
           Action.RENAMED: Mark.CHANGED, Action.CHANGED: Mark.CHANGED}
# References a removed element may have had from a part that is still there, so
# that it is drawn attached where it was: a context of a link, the actor of an intervention.
REATTACH = {"link": ("when", "assumes"), "node": ("by", "serves")}


def _targets(values: Any) -> tuple[str, ...]:
    return tuple(sorted(values))


def _top_marks(changes: tuple[Change, ...], part: str) -> dict[tuple[str, ...], Mark]:
    """The mark of each top-level part of one kind; a change inside a part marks it changed."""
    found: dict[tuple[str, ...], Mark] = {}
    for change in changes:
        if not change.path or change.path[0].part != part:
            continue
        mark = MARK_OF[change.action] if len(change.path) == 1 else Mark.CHANGED
        key = change.path[0].key
        # An addition or a removal says more than a change of the same part.
        if found.get(key) not in (Mark.ADDED, Mark.REMOVED):
            found[key] = mark
    return found


def drawn(old: Theory, new: Theory, diff: Diff) -> tuple[Theory, Marks]:
    """The theory to draw (the new version and the removed parts of the old one) and its marks."""
    canon = translator({c.old: c.new for c in diff.changes if c.action is Action.RENAMED})
    node_marks = {key[0]: mark for key, mark in _top_marks(diff.changes, "node").items()}
    link_marks = _top_marks(diff.changes, "link")
    note_marks = {_targets(key): mark for key, mark in _top_marks(diff.changes, "counterfactual").items()}
    removed = {node_id for node_id, mark in node_marks.items() if mark is Mark.REMOVED}

    nodes = {node.id: node for node in new.nodes}
    for node in old.nodes:
        if node.id in removed:
            nodes[node.id] = node
        elif canon(node.id) in nodes:
            nodes[canon(node.id)] = _reattach(nodes[canon(node.id)], node, REATTACH["node"], removed)

    links = {(link.source, link.target): link for link in new.links}
    for link in old.links:
        ends = (canon(link.source), canon(link.target))
        if link_marks.get((link.source, link.target, link.polarity)) is Mark.REMOVED:
            links.setdefault(ends, _spelled(link, ends, canon))
        elif ends in links:
            links[ends] = _reattach(links[ends], link, REATTACH["link"], removed)

    notes = list(new.counterfactuals)
    places: dict[tuple[str, ...], int] = {}
    for place, note in enumerate(notes):
        places.setdefault(_targets(note.targets), place)
    for note in old.counterfactuals:
        if note_marks.get(_targets(note.targets)) is Mark.REMOVED:
            places[_targets(note.targets)] = len(notes)
            notes.append(note.model_copy(update={"targets": translate_all(note.targets, canon)}))

    # A copy without validation: the parts put back may refer to each other by old ids.
    theory = new.model_copy(update={"nodes": list(nodes.values()), "links": list(links.values()),
                                    "counterfactuals": notes})
    theory._index = None
    # Removed links are drawn between the ends as the new version spells them.
    lines = {((canon(key[0]), canon(key[1])) if mark is Mark.REMOVED else (key[0], key[1])): mark
             for key, mark in link_marks.items()}
    marks = Marks(node_marks, lines, {places[t]: mark for t, mark in note_marks.items() if t in places})
    return theory, marks


def _spelled(link: Link, ends: tuple[str, str], canon: Canon) -> Link:
    """An old link with its ids spelled as in the new version."""
    update: dict[str, Any] = {"source": ends[0], "target": ends[1]}
    update.update({name: translate_all(getattr(link, name), canon) for name in REATTACH["link"]})
    return link.model_copy(update=update)


def _reattach(mine: Any, old: Node | Link, fields: tuple[str, ...], removed: set[str]) -> Any:
    """A part with the removed elements it used to refer to added back to its references."""
    update = {}
    for name in fields:
        lost = [ref for ref in getattr(old, name) if ref in removed]
        if lost:
            update[name] = [*getattr(mine, name), *lost]
    return mine.model_copy(update=update) if update else mine


def marked(old: Theory, new: Theory, diff: Diff, lang: str) -> tuple[Theory, Marks]:
    """What the picture of a change draws, and its marks with the caption that names the old version."""
    theory, marks = drawn(old, new, diff)
    caption = i18n.text("diff.picture.caption", lang, old=diff.old.name)
    return theory, Marks(marks.nodes, marks.links, marks.notes, caption)


def picture(old: Theory, new: Theory, diff: Diff, lang: str) -> str:
    """The DOT text of the change: the new version, the removed parts faint, marks and a legend."""
    theory, marks = marked(old, new, diff, lang)
    return to_dot(theory, Options(lang=lang, marks=marks))
