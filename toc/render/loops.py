"""Which links of a drawing run backwards, against the flow, to close a feedback loop."""

from __future__ import annotations

from toc.model import Link


def back_links(node_ids: list[str], links: list[Link]) -> set[int]:
    """The positions (in `links`) of the links that close a cycle, found by one depth-first search.

    The search visits nodes and links in the order they are written, as Graphviz
    does when it turns a cycle's closing line around; so these are, in practice,
    the lines drawn from right to left. Each node and link is visited once.
    """
    outgoing: dict[str, list[int]] = {}
    for position, link in enumerate(links):
        outgoing.setdefault(link.source, []).append(position)
    state: dict[str, int] = {}  # 1: on the current path, 2: finished
    back: set[int] = set()
    for start in node_ids:
        if start in state:
            continue
        state[start] = 1
        stack = [(start, iter(outgoing.get(start, ())))]
        while stack:
            node, pending = stack[-1]
            position = next(pending, None)
            if position is None:
                state[node] = 2
                stack.pop()
                continue
            target = links[position].target
            if state.get(target) == 1:
                back.add(position)
            elif target not in state:
                state[target] = 1
                stack.append((target, iter(outgoing.get(target, ()))))
    return back
