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

    Written out rather than taken from a graph library because `toc check` must
    start fast, and importing one costs more than the whole check of an example.
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


def reachable(successors: dict[str, list[str]], roots: list[str] | set[str]) -> set[str]:
    """Return every node reachable from the roots, the roots included (iterative search)."""
    seen = set(roots)
    stack = list(seen)
    while stack:
        for child in successors[stack.pop()]:
            if child not in seen:
                seen.add(child)
                stack.append(child)
    return seen


def weak_components(successors: dict[str, list[str]],
                    before: dict[str, list[str]]) -> list[list[str]]:
    """Return the groups of nodes connected by links in either direction."""
    seen: set[str] = set()
    components: list[list[str]] = []
    for root in successors:
        if root in seen:
            continue
        seen.add(root)
        component, stack = [], [root]
        while stack:
            node = stack.pop()
            component.append(node)
            for neighbour in (*successors[node], *before[node]):
                if neighbour not in seen:
                    seen.add(neighbour)
                    stack.append(neighbour)
        components.append(component)
    return components


def immediate_dominators(successors: dict[str, list[str]], root: str) -> dict[str, str]:
    """Map each node reachable from `root` to its immediate dominator (the root to itself).

    A node d dominates n when every path from the root to n passes through d.
    The iterative algorithm of Cooper, Harvey and Kennedy ("A Simple, Fast
    Dominance Algorithm", 2001): number the nodes in reverse postorder, then
    intersect the dominators of each node's processed predecessors until
    nothing changes. On the graphs theories make, two or three passes suffice.
    """
    order = _reverse_postorder(successors, root)
    number = {node: position for position, node in enumerate(order)}
    before: dict[str, list[str]] = {node: [] for node in order}
    for node in order:
        for child in successors.get(node, ()):
            before[child].append(node)
    idom: dict[str, str] = {root: root}

    def intersect(first: str, second: str) -> str:
        while first != second:
            while number[first] > number[second]:
                first = idom[first]
            while number[second] > number[first]:
                second = idom[second]
        return first

    changed = True
    while changed:
        changed = False
        for node in order[1:]:
            processed = [p for p in before[node] if p in idom]
            new = processed[0]
            for other in processed[1:]:
                new = intersect(other, new)
            if idom.get(node) != new:
                idom[node] = new
                changed = True
    return idom


def _reverse_postorder(successors: dict[str, list[str]], root: str) -> list[str]:
    """The nodes reachable from `root`, each after all its predecessors on a spanning tree."""
    seen = {root}
    postorder: list[str] = []
    work = [(root, iter(successors.get(root, ())))]
    while work:
        node, children = work[-1]
        for child in children:
            if child not in seen:
                seen.add(child)
                work.append((child, iter(successors.get(child, ()))))
                break
        else:
            work.pop()
            postorder.append(node)
    postorder.reverse()
    return postorder


def dominance_intervals(idom: dict[str, str], root: str) -> dict[str, tuple[int, int]]:
    """Number the dominator tree so that `dominates` is a constant-time check."""
    children: dict[str, list[str]] = defaultdict(list)
    for node, parent in idom.items():
        if node != root:
            children[parent].append(node)
    intervals: dict[str, tuple[int, int]] = {}
    enter: dict[str, int] = {}
    clock = 0
    stack: list[tuple[str, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        if done:
            intervals[node] = (enter[node], clock)
            continue
        enter[node] = clock
        clock += 1
        stack.append((node, True))
        stack.extend((child, False) for child in children[node])
    return intervals


def dominates(intervals: dict[str, tuple[int, int]], dominator: str, node: str) -> bool:
    """Tell whether every path from the root to `node` passes through `dominator`."""
    if dominator not in intervals or node not in intervals:
        return False
    start, end = intervals[dominator]
    return start <= intervals[node][0] < end
