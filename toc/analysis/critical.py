"""Where an assumption is critical: on every route from the programme to a result it serves.

An assumption may stand in the theory's header (a pre-condition of everything), on an
element (what must hold for it to come about and work) or on a link. It is critical
for a result when every route from the programme to that result passes the element or
the link it stands on: dominators, with each link split by a node of its own, so the
work stays linear however many routes there are.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass

from toc.analysis.facts import Facts


@dataclass(frozen=True)
class Critical:
    """An assumption every route to `result` needs, on `where` (an element, a link's target) or the header."""

    assumption: str
    result: str
    where: str | None  # None: the theory's header
    link: tuple[str, str] | None = None


def critical_places(facts: Facts, assumptions: set[str], results: list[str]) -> Iterator[Critical]:
    """Each of the given assumptions that is critical for one of the results, once, where first found."""
    results = [r for r in results if r in facts.reached]
    if not assumptions or not results:
        return
    reported: set[str] = set()
    for assumption in facts.theory.assumes:
        if assumption in assumptions and assumption not in reported:
            reported.add(assumption)
            yield Critical(assumption, results[0], None)
    links = [link for link in facts.theory.links if assumptions.intersection(link.assumes)]
    intervals, splitters = facts.dominance_with_split_links(links)
    entered = sorted((intervals[r][0], r) for r in results if r in intervals)
    keys = [number for number, _ in entered]

    def needed_for(place: str) -> str | None:
        if place not in intervals:
            return None
        start, end = intervals[place]
        first = bisect.bisect_left(keys, start)
        return entered[first][1] if first < len(keys) and keys[first] < end else None

    for node in facts.theory.nodes:
        for assumption in node.assumes:
            if assumption in assumptions and assumption not in reported:
                result = needed_for(node.id)
                if result:
                    reported.add(assumption)
                    yield Critical(assumption, result, node.id)
    for link in links:
        result = needed_for(splitters[id(link)])
        for assumption in link.assumes:
            if result and assumption in assumptions and assumption not in reported:
                reported.add(assumption)
                yield Critical(assumption, result, link.target, (link.source, link.target))
