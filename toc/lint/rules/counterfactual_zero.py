"""counterfactual-zero: a counterfactual that leaves nothing to others: 0% deadweight and attribution."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Theme


def check(facts: Facts) -> Iterator[Finding]:
    for counterfactual in facts.theory.counterfactuals:
        shares = (counterfactual.deadweight, counterfactual.attribution)
        stated = [share for share in shares if share is not None]
        # One share stated as 0% and the other silent still credits everything to the programme.
        if stated and all(share == 0 for share in stated):
            yield Finding(counterfactual.span, tuple(counterfactual.targets), {})


RULE = Rule("TOC302", "counterfactual-zero", Theme.COUNTERFACTUAL, Severity.WARNING, check)
