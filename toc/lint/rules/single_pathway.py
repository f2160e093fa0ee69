"""single-pathway: an impact that the programme reaches along one route only."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Theme
from toc.model.kinds import NodeKind


def check(facts: Facts) -> Iterator[Finding]:
    # `pathways` counts routes up to two in one pass over the components, so a
    # theory with astronomically many paths costs no more than a simple one.
    for node in facts.of_kind(NodeKind.IMPACT):
        if facts.pathways.get(node.id) == 1:
            yield Finding(facts.node_span(node.id), (node.id,), {"label": node.label})


RULE = Rule("TOC204", "single-pathway", Theme.LINEAR, Severity.WARNING, check)
