"""Which lines of a drawing run backwards, against the flow, to close a feedback loop."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from toc.model import Link

Step = TypeVar("Step")


@dataclass
class Search(Generic[Step]):
    """What a depth-first search found: the order it finished nodes in, and the steps back."""

    finished: list[str] = field(default_factory=list)
    back: list[tuple[str, Step]] = field(default_factory=list)  # (from, step) closing a cycle


def depth_first(starts: Iterable[str], outgoing: Mapping[str, Sequence[Step]],
                target: Callable[[Step], str]) -> Search[Step]:
    """One depth-first search from each start not yet visited, in the order given.

    It visits nodes and steps in the order they are written, as Graphviz does when it
    turns a cycle's closing line around; each node and step is visited once.
    """
    search: Search[Step] = Search()
    state: dict[str, int] = {}  # 1: on the current path, 2: finished
    for start in starts:
        if start in state:
            continue
        state[start] = 1
        stack = [(start, iter(outgoing.get(start, ())))]
        while stack:
            node, pending = stack[-1]
            step = next(pending, None)
            if step is None:
                state[node] = 2
                search.finished.append(node)
                stack.pop()
                continue
            head = target(step)
            if state.get(head) == 1:
                search.back.append((node, step))
            elif head not in state:
                state[head] = 1
                stack.append((head, iter(outgoing.get(head, ()))))
    return search


def back_links(node_ids: list[str], links: list[Link]) -> set[int]:
    """The positions (in `links`) of the links that close a cycle, found by one depth-first search.

    In practice these are the lines Graphviz draws from right to left.
    """
    outgoing: dict[str, list[int]] = {}
    for position, link in enumerate(links):
        outgoing.setdefault(link.source, []).append(position)
    search = depth_first(node_ids, outgoing, lambda position: links[position].target)
    return {position for _, position in search.back}
