"""unrated-critical-assumption: an assumption nobody has rated, where every route needs it to hold."""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from toc.analysis.facts import Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Theme
from toc.model import Node
from toc.model.kinds import NodeKind


def is_unrated(node: Node) -> bool:
    """Neither a risk nor a strength of evidence given (or both left as 'unrated')."""
    return node.risk in (None, "unrated") and node.evidence in (None, "unrated")


def check(facts: Facts) -> Iterator[Finding]:
    unrated = {n.id for n in facts.of_kind(NodeKind.ASSUMPTION) if is_unrated(n)}
    finals = [n for n in facts.final_results if n in facts.reached]
    if not unrated or not finals:
        return
    reported: set[str] = set()
    # A pre-condition of the whole theory is on every route by definition.
    for assumption in facts.theory.assumes:
        if assumption in unrated and assumption not in reported:
            reported.add(assumption)
            yield _finding(facts, assumption, None, finals)
    links = [link for link in facts.theory.links if unrated.intersection(link.assumes)]
    # Each such link gets a node of its own: it is on every route to a result exactly
    # when that node dominates the result (as for untested-critical-assumption).
    intervals, splitters = facts.dominance_with_split_links(links)
    entered = sorted((intervals[n][0], n) for n in finals if n in intervals)
    keys = [number for number, _ in entered]

    def needed_for(place: str) -> str | None:
        """A final result every route to which passes `place`, if there is one."""
        if place not in intervals:
            return None
        start, end = intervals[place]
        first = bisect.bisect_left(keys, start)
        return entered[first][1] if first < len(keys) and keys[first] < end else None

    for node in facts.theory.nodes:
        for assumption in node.assumes:
            if assumption in unrated and assumption not in reported and needed_for(node.id):
                reported.add(assumption)
                yield _finding(facts, assumption, node.id, finals)
    for link in links:
        result = needed_for(splitters[id(link)])
        for assumption in link.assumes:
            if result and assumption in unrated and assumption not in reported:
                reported.add(assumption)
                yield _finding(facts, assumption, link.target, finals)


def _finding(facts: Facts, assumption: str, where: str | None, finals: list[str]) -> Finding:
    nodes = (assumption, *([where] if where else []), *finals)
    return Finding(facts.node_span(assumption), tuple(dict.fromkeys(nodes)),
                   {"label": facts.label(assumption), "results": facts.names(finals)},
                   variant=None if where else "theory")


RULE = Rule("TOC809", "unrated-critical-assumption", Theme.EVIDENCE, Severity.WARNING, check)
