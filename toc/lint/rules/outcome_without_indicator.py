"""outcome-without-indicator: an outcome or impact that nobody could observe."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import CHANGE_KINDS, Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Term, Theme


def check(facts: Facts) -> Iterator[Finding]:
    results = facts.of_kind(*CHANGE_KINDS)
    missing = [node for node in results if not node.indicators]
    if len(missing) > 1 and len(missing) == len(results):
        # Not one result can be observed: one question about the theory, standing for the
        # findings on each result (kept for the checklist's questions, see toc.lint.precedence).
        yield Finding(facts.header_span, tuple(n.id for n in missing), {"count": len(missing)},
                      variant="none", whole=True)
    for node in missing:
        yield Finding(facts.node_span(node.id), (node.id,),
                      {"label": node.label, "kind": Term(f"kind.{node.kind.value}")})


RULE = Rule("TOC805", "outcome-without-indicator", Theme.EVIDENCE, Severity.WARNING, check)
