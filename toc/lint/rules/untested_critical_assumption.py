"""untested-critical-assumption: a risky, untested assumption on a link that every route to an impact needs."""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from toc.analysis.facts import Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Theme
from toc.model import Link
from toc.model.kinds import NodeKind


def _critical(facts: Facts) -> set[str]:
    return {node.id for node in facts.of_kind(NodeKind.ASSUMPTION)
            if node.risk == "high" and node.evidence == "untested"}


def check(facts: Facts) -> Iterator[Finding]:
    critical = _critical(facts)
    links = [link for link in facts.theory.links if critical.intersection(link.assumes)]
    if not links:
        return
    # Split each such link with a node of its own: the link is on every route
    # from the programme to an impact exactly when that node dominates the impact.
    intervals, splitters = facts.dominance_with_split_links(links)
    impacts = facts.of_kind(NodeKind.IMPACT) or facts.of_kind(NodeKind.OUTCOME)
    entered = sorted((intervals[n.id][0], n.id) for n in impacts if n.id in intervals)
    keys = [number for number, _ in entered]
    for link in links:
        splitter = splitters[id(link)]
        if splitter not in intervals:
            continue
        start, end = intervals[splitter]
        first = bisect.bisect_left(keys, start)
        if first < len(keys) and keys[first] < end:
            yield _finding(facts, link, critical, entered[first][1])


def _finding(facts: Facts, link: Link, critical: set[str], impact: str) -> Finding:
    assumptions = [a for a in link.assumes if a in critical]
    return Finding(link.span, (*assumptions, link.source, link.target, impact), {
        "assumption": facts.names(assumptions), "source": facts.label(link.source),
        "target": facts.label(link.target), "impact": facts.label(impact)})


RULE = Rule("TOC801", "untested-critical-assumption", Theme.EVIDENCE, Severity.WARNING, check)
