"""dead-end-intervention: an intervention or input from which no outcome or impact follows."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import PROGRAMME_KINDS, Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Term, Theme


def check(facts: Facts) -> Iterator[Finding]:
    for node in facts.of_kind(*PROGRAMME_KINDS):
        if node.id not in facts.upstream_of_change:
            yield Finding(facts.node_span(node.id), (node.id,),
                          {"kind": Term(f"kind.{node.kind.value}"), "label": node.label})


RULE = Rule("TOC102", "dead-end-intervention", Theme.STRUCTURE, Severity.WARNING, check)
