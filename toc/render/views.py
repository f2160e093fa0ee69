"""Views of a theory: which nodes, links and notes a diagram shows (focus, perspective, hide, depth).

Every walk here visits each node and link at most once, so a view of a large
map costs time linear in its size.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from functools import cached_property

from toc.model import Counterfactual, Link, Node, Theory
from toc.model.kinds import LINKABLE_KINDS, NodeKind

# What --hide accepts, in English and Dutch, and the node kinds each word hides.
HIDE_WORDS: dict[str, str] = {
    "actors": "actors", "actoren": "actors",
    "values": "values", "waarden": "values",
    "assumptions": "assumptions", "aannames": "assumptions",
    "contexts": "contexts", "contexten": "contexts",
    "externals": "externals", "externen": "externals",
    "effects": "effects", "effecten": "effects",
    "counterfactuals": "counterfactuals", "tegenfeitelijk": "counterfactuals",
    "labels": "labels",
    "legend": "legend", "legenda": "legend",
    "groups": "groups", "groepen": "groups",
}
HIDDEN_KINDS: dict[str, NodeKind] = {
    "actors": NodeKind.ACTOR, "values": NodeKind.VALUE, "assumptions": NodeKind.ASSUMPTION,
    "contexts": NodeKind.CONTEXT, "externals": NodeKind.EXTERNAL, "effects": NodeKind.EFFECT,
}


@dataclass(frozen=True)
class View:
    """What to show: everything by default; --group, --focus, --perspective, --depth and --hide narrow it.

    `focus` names an element or a group; `group` keeps only one group's members (its own page).
    """

    focus: str | None = None
    perspective: str | None = None
    depth: int | None = None
    hide: frozenset[str] = frozenset()
    group: str | None = None


@dataclass
class Selection:
    """The parts of a theory that a view shows, in the order they were written."""

    nodes: list[Node]
    links: list[Link]
    counterfactuals: list[Counterfactual]
    hide: frozenset[str] = field(default_factory=frozenset)

    @cached_property
    def ids(self) -> set[str]:
        # Asked once per link while drawing: made once, since the selection does not change.
        return {node.id for node in self.nodes}


def _walk(starts: list[str], neighbours: dict[str, list[str]], limit: int | None) -> dict[str, int]:
    """Breadth-first distances from the start nodes, up to `limit` steps (None: no limit)."""
    distance = {start: 0 for start in starts}
    queue = deque(starts)
    while queue:
        current = queue.popleft()
        if limit is not None and distance[current] >= limit:
            continue
        for neighbour in neighbours.get(current, ()):
            if neighbour not in distance:
                distance[neighbour] = distance[current] + 1
                queue.append(neighbour)
    return distance


def members(theory: Theory, group_id: str) -> set[str]:
    """The elements in a group and in the groups inside it, each visited once."""
    groups = {group.id: group for group in theory.groups}
    found: set[str] = set()
    pending, seen = [group_id], {group_id}
    while pending:
        for member in groups[pending.pop()].members:
            if member in groups and member not in seen:
                seen.add(member)
                pending.append(member)
            elif member not in groups:
                found.add(member)
    return found


def is_group(theory: Theory, name: str | None) -> bool:
    return name is not None and any(group.id == name for group in theory.groups)


def _causal(links: list[Link]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    forward: dict[str, list[str]] = {}
    backward: dict[str, list[str]] = {}
    for link in links:
        forward.setdefault(link.source, []).append(link.target)
        backward.setdefault(link.target, []).append(link.source)
    return forward, backward


def _actor_seeds(theory: Theory, actor: str, links: list[Link]) -> tuple[list[str], list[str]]:
    """What an actor does (or is worked for, also by a link's `for:`) and what it values."""
    does = [n.id for n in theory.nodes if n.kind in LINKABLE_KINDS
            and (actor in n.by or actor in n.for_actors)]
    for link in links:
        if actor in link.for_actors:
            does += [end for end in (link.source, link.target) if end not in does]
    values = [n.id for n in theory.nodes if actor in n.valued_by]
    return does, values


def _focus_walks(theory: Theory, focus: str, depth: int | None,
                 links: list[Link]) -> tuple[dict[str, int], dict[str, int]]:
    """What leads to the focus and what it leads to; a group's focus reaches its neighbours."""
    forward, backward = _causal(links)
    limit: int | None
    if is_group(theory, focus):
        seeds = sorted(members(theory, focus))
        limit = 1 if depth is None else depth
    else:
        seeds, limit = [focus], depth
    return _walk(seeds, backward, limit), _walk(seeds, forward, limit)


def _pathway_links(theory: Theory, view: View, kept: set[str], links: list[Link]) -> list[Link]:
    """The links of a view; with a focus, only those on pathways into or out of it."""
    shown = [link for link in links if link.source in kept and link.target in kept]
    if view.focus is None:
        return shown
    # A link that bypasses the focus (from something before it to something after it)
    # is not on a pathway through it.
    before, after = map(set, _focus_walks(theory, view.focus, view.depth, links))
    return [link for link in shown
            if (link.source in before and link.target in before)
            or (link.source in after and link.target in after)]


def _conditions(theory: Theory, kept: set[str], links: list[Link]) -> set[str]:
    """Contexts and external factors with a link straight into a kept node."""
    kinds = (NodeKind.CONTEXT, NodeKind.EXTERNAL)
    return {link.source for link in links
            if link.target in kept and theory.index[link.source].kind in kinds}


def _causal_nodes(theory: Theory, view: View, linkable: set[str], links: list[Link]) -> set[str]:
    """The linkable nodes a view keeps, before hiding kinds."""
    forward, backward = _causal(links)
    if view.focus is not None:
        before, after = _focus_walks(theory, view.focus, view.depth, links)
        return set(before) | set(after)
    if view.perspective is not None:
        does, values = _actor_seeds(theory, view.perspective, links)
        if view.depth is not None:
            seeds = does + values
            kept = set(_walk(seeds, forward, view.depth)) | set(_walk(seeds, backward, view.depth))
        else:
            # The pathways from what the actor does to what it values, and both ends.
            between = set(_walk(does, forward, None)) & set(_walk(values, backward, None))
            kept = between | set(does) | set(values)
        # What helps or hinders those pathways from outside belongs to the actor's
        # view too, as it does to a focus (e.g. overloaded carers -| relief).
        return kept | _conditions(theory, kept, links)
    if view.depth is not None:
        starts = [n for n in linkable if not backward.get(n)]
        return set(_walk(sorted(starts), forward, view.depth))
    return linkable


def _scope(theory: Theory, view: View) -> tuple[set[str], set[str], list[Link]]:
    """The elements a view may show, the linkable ones among them, and the links between them.

    Everything, or with --group only the group's own members (its own page).
    """
    allowed = {n.id for n in theory.nodes} if view.group is None else members(theory, view.group)
    linkable = {n.id for n in theory.nodes if n.kind in LINKABLE_KINDS and n.id in allowed}
    links = theory.links if view.group is None else [
        link for link in theory.links if link.source in allowed and link.target in allowed]
    return allowed, linkable, links


def _header_only(theory: Theory) -> set[str]:
    """Assumptions that only the theory's header names: the title area lists them instead."""
    attached = {a for link in theory.links for a in link.assumes}
    attached.update(a for node in theory.nodes for a in node.assumes)
    return set(theory.assumes) - attached


def select(theory: Theory, view: View) -> Selection:
    """Choose the nodes, links and counterfactuals a view shows."""
    hidden_kinds = {HIDDEN_KINDS[word] for word in view.hide if word in HIDDEN_KINDS}
    allowed, linkable, scoped_links = _scope(theory, view)
    causal = _causal_nodes(theory, view, linkable, scoped_links)
    causal = {i for i in causal if theory.index[i].kind not in hidden_kinds}
    links = _pathway_links(theory, view, causal, scoped_links)
    # Conditions and assumptions of the links shown, and who does, values or needs what is shown.
    extra: set[str] = set()
    for link in links:
        extra.update(link.when)
        extra.update(link.assumes)
    for node_id in causal:
        node = theory.index[node_id]
        extra.update(node.by)
        extra.update(node.serves)
        extra.update(node.assumes)
    if view.perspective is not None:
        extra.add(view.perspective)
    if view.focus is not None and is_group(theory, view.focus):
        extra.update(members(theory, view.focus))  # the focused group shows all its members
    if view.focus is None and view.perspective is None and view.depth is None:
        # A whole map (or a group's page) shows unattached elements too.
        extra.update(allowed - _header_only(theory))
    kept = causal | {i for i in extra if theory.index[i].kind not in hidden_kinds}
    nodes = [node for node in theory.nodes if node.id in kept]
    counterfactuals = [] if "counterfactuals" in view.hide else [
        c for c in theory.counterfactuals
        if (not c.targets and view.focus is None and view.perspective is None)
        or any(t in kept for t in c.targets)]
    return Selection(nodes, links, counterfactuals, view.hide)


@dataclass(frozen=True)
class ActorLine:
    """A line between an actor or a value and a node: `by`, `serves`, `for` or `valued_by`."""

    source: str
    target: str
    relation: str


def actor_lines(selection: Selection, view: View) -> list[ActorLine]:
    """The lines of actors and values, so that no actor with a part in the theory stands alone.

    An actor is joined to what it carries out (`by`) and to what is done for it (`for`,
    a target group); a value to what serves it. An actor with neither is joined to the
    results it values (`valued_by`), a funder to the impact it pays for. The actor of a
    perspective is joined to everything it values as well, so that it is tied to its
    whole view.
    """
    shown = selection.ids
    subject = view.perspective if view.perspective in shown else None
    lines: list[ActorLine] = []
    for node in selection.nodes:
        lines += [ActorLine(actor, node.id, "by") for actor in node.by if actor in shown]
        lines += [ActorLine(node.id, value, "serves") for value in node.serves if value in shown]
        lines += [ActorLine(actor, node.id, "for") for actor in node.for_actors
                  if actor in shown and actor not in node.by]
    joined = {line.source for line in lines}
    for node in selection.nodes:
        lines += [ActorLine(actor, node.id, "valued_by") for actor in node.valued_by
                  if actor in shown and (actor == subject or actor not in joined)]
    return lines
