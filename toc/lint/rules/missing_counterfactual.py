"""missing-counterfactual: a long-term result with no word on what would have happened anyway."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import CHANGE_KINDS, Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Term, Theme


def check(facts: Facts) -> Iterator[Finding]:
    if facts.has_theory_counterfactual:
        return
    # Most real theories give no horizons: then the final results are the ones to ask about.
    finals = set(facts.final_results) if not facts.has_horizons else set()
    for node in facts.of_kind(*CHANGE_KINDS):
        asked = facts.long_horizon(node) or node.id in finals
        if asked and node.id not in facts.counterfactual_targets:
            yield Finding(facts.node_span(node.id), (node.id,),
                          {"label": node.label, "kind": Term(f"kind.{node.kind.value}")})


RULE = Rule("TOC301", "missing-counterfactual", Theme.COUNTERFACTUAL, Severity.WARNING, check)
