"""missing-counterfactual: a long-term result with no word on what would have happened anyway."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import CHANGE_KINDS, Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Term, Theme


def check(facts: Facts) -> Iterator[Finding]:
    if facts.has_theory_counterfactual:
        return
    results = list(facts.of_kind(*CHANGE_KINDS))
    # Most real theories give no long horizon (none at all, or only short ones): then
    # the final results are the ones to ask about.
    long_term = any(facts.long_horizon(node) for node in results)
    finals = set(facts.final_results) if not long_term else set()
    asked = [node for node in results
             if (facts.long_horizon(node) or node.id in finals)
             and node.id not in facts.counterfactual_targets]
    if len(asked) > 1 and not facts.theory.counterfactuals:
        # No counterfactual anywhere: one question about the theory, standing for those on each result.
        ids = tuple(n.id for n in asked)
        yield Finding(facts.header_span, ids, {"results": facts.names(list(ids))}, variant="none", whole=True)
    for node in asked:
        yield Finding(facts.node_span(node.id), (node.id,),
                      {"label": node.label, "kind": Term(f"kind.{node.kind.value}")})


RULE = Rule("TOC301", "missing-counterfactual", Theme.COUNTERFACTUAL, Severity.WARNING, check)
