"""The parts a theory falls apart into: elements joined by links or by the conditions on them."""

from __future__ import annotations

from toc.model import LINKABLE_KINDS, NodeKind, Theory


def parts(theory: Theory) -> list[list[str]]:
    """The connected parts of the causal picture, largest first, each in the order written.

    Links join their ends in either direction, and a condition (`when:`) joins the
    link's ends too, since it is part of the claim. Every element that can take part in
    a link counts, but for a context that takes part in nothing: an unused context is
    reported on its own, not as a part of the theory.
    """
    ids = [n.id for n in theory.nodes if n.kind in LINKABLE_KINDS]
    parent = {node: node for node in ids}

    def find(node: str) -> str:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def join(a: str, b: str) -> None:
        parent[find(a)] = find(b)

    touched: set[str] = set()
    for link in theory.links:
        join(link.source, link.target)
        touched.update((link.source, link.target))
        for condition in link.when:
            join(condition, link.source)
            touched.add(condition)
    members: dict[str, list[str]] = {}
    for node in theory.nodes:
        if node.kind not in LINKABLE_KINDS:
            continue
        if node.kind is NodeKind.CONTEXT and node.id not in touched:
            continue
        members.setdefault(find(node.id), []).append(node.id)
    order = {node: position for position, node in enumerate(ids)}
    return sorted(members.values(), key=lambda part: (-len(part), order[part[0]]))
