"""Graph facts shared by check, lint and render; every function is linear in the graph's size."""

from __future__ import annotations

from collections import defaultdict

from toc.model import Theory


def adjacency(theory: Theory) -> dict[str, list[str]]:
    """Map each node id to the ids its links point to (every node present)."""
    successors: dict[str, list[str]] = {node.id: [] for node in theory.nodes}
    for link in theory.links:
        successors[link.source].append(link.target)
    return successors


def predecessors(theory: Theory) -> dict[str, list[str]]:
    """Map each node id to the ids whose links point to it (every node present)."""
    before: dict[str, list[str]] = {node.id: [] for node in theory.nodes}
    for link in theory.links:
        before[link.target].append(link.source)
    return before


def strongly_connected(successors: dict[str, list[str]]) -> list[list[str]]:
    """Return the strongly connected components (Tarjan's algorithm, iterative).

    Written out rather than taken from networkx because `toc check` must start
    fast, and importing networkx alone costs more than the whole check of an example.
    """
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    components: list[list[str]] = []
    counter = 0
    for root in successors:
        if root in index:
            continue
        work = [(root, iter(successors[root]))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(successors[child])))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                components.append(component)
    return components


def feedback_loops(theory: Theory) -> list[list[str]]:
    """Return the groups of nodes that lie on a cycle (components with more than one node)."""
    return [c for c in strongly_connected(adjacency(theory)) if len(c) > 1]


def cyclic_links(theory: Theory) -> set[tuple[str, str]]:
    """Return the (source, target) pairs of links that lie on some cycle."""
    component_of: dict[str, int] = defaultdict(lambda: -1)
    for number, component in enumerate(feedback_loops(theory)):
        for node_id in component:
            component_of[node_id] = number
    return {
        (link.source, link.target)
        for link in theory.links
        if component_of[link.source] != -1 and component_of[link.source] == component_of[link.target]
    }
