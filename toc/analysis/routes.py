"""Routes through a theory: its final results, the nodes every route passes, and routes that avoid weak links.

Each function is linear in the size of the graph (dominators as Cooper, Harvey and
Kennedy compute them); none lists paths.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from toc.analysis import graph


def final_results(successors: dict[str, list[str]], results: Iterable[str]) -> list[str]:
    """The results from which no link leads on to another result, in the order given.

    Worked out over the strongly connected components, so a loop between two results
    with nothing after it counts as final (both are), and the work stays linear.
    """
    wanted = list(results)
    is_result = set(wanted)
    components = graph.strongly_connected(successors)  # sinks first
    component_of = {node: number for number, members in enumerate(components) for node in members}
    # leads_on[c]: a result lies strictly after component c
    leads_on = [False] * len(components)
    has_result = [any(n in is_result for n in members) for members in components]
    for number, members in enumerate(components):
        for node in members:
            for child in successors[node]:
                other = component_of[child]
                if other != number and (has_result[other] or leads_on[other]):
                    leads_on[number] = True
    return [node for node in wanted if not leads_on[component_of[node]]]


def common_dominators(idom: dict[str, str], root: str, targets: Iterable[str]) -> list[str]:
    """The nodes that lie on every route from `root` to every target, nearest the root first.

    They are the ancestors, in the dominator tree, of the targets' lowest common
    ancestor (that ancestor included, the root left out). Targets the root does not
    reach are ignored.
    """
    reached = [t for t in targets if t in idom]
    if not reached:
        return []
    depth: dict[str, int] = {root: 0}

    def depth_of(node: str) -> int:
        chain = []
        while node not in depth:
            chain.append(node)
            node = idom[node]
        for item in reversed(chain):
            depth[item] = depth[idom[item]] + 1
        return depth[chain[0]] if chain else depth[node]

    meet = reached[0]
    for other in reached[1:]:
        a, b = meet, other
        while depth_of(a) > depth_of(b):
            a = idom[a]
        while depth_of(b) > depth_of(a):
            b = idom[b]
        while a != b:
            a, b = idom[a], idom[b]
        meet = a
    chain = []
    while meet != root:
        chain.append(meet)
        meet = idom[meet]
    return list(reversed(chain))


def reachable_avoiding(successors: dict[str, list[str]], roots: Iterable[str],
                       avoid: Callable[[str, str], bool]) -> set[str]:
    """Every node reachable from the roots along links for which `avoid(source, target)` is false."""
    seen = set(roots)
    stack = list(seen)
    while stack:
        node = stack.pop()
        for child in successors[node]:
            if child not in seen and not avoid(node, child):
                seen.add(child)
                stack.append(child)
    return seen
