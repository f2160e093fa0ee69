"""unrated-critical-assumption: an assumption nobody has rated, where every route needs it to hold."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.critical import critical_places
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
    for place in critical_places(facts, unrated, finals):
        nodes = (place.assumption, *([place.where] if place.where else []), *finals)
        yield Finding(facts.node_span(place.assumption), tuple(dict.fromkeys(nodes)),
                      {"label": facts.label(place.assumption), "results": facts.names(finals)},
                      variant=None if place.where else "theory")


RULE = Rule("TOC809", "unrated-critical-assumption", Theme.EVIDENCE, Severity.WARNING, check)
