"""outcome-without-indicator: an outcome or impact that nobody could observe."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import CHANGE_KINDS, Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Term, Theme


def check(facts: Facts) -> Iterator[Finding]:
    for node in facts.of_kind(*CHANGE_KINDS):
        if not node.indicators:
            yield Finding(facts.node_span(node.id), (node.id,),
                          {"label": node.label, "kind": Term(f"kind.{node.kind.value}")})


RULE = Rule("TOC805", "outcome-without-indicator", Theme.EVIDENCE, Severity.WARNING, check)
