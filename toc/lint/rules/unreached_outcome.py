"""unreached-outcome: an outcome or impact that no intervention or input leads to."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import CHANGE_KINDS, Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Term, Theme


def check(facts: Facts) -> Iterator[Finding]:
    for node in facts.of_kind(*CHANGE_KINDS):
        if node.id not in facts.reached:
            yield Finding(facts.node_span(node.id), (node.id,),
                          {"kind": Term(f"kind.{node.kind.value}"), "label": node.label})


RULE = Rule("TOC103", "unreached-outcome", Theme.STRUCTURE, Severity.WARNING, check)
