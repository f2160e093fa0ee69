"""indicator-without-baseline: a number indicator with neither a baseline nor a target."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Theme


def check(facts: Facts) -> Iterator[Finding]:
    for node in facts.theory.nodes:
        for indicator in node.indicators:
            # `unknown` is an honest answer, not a missing one.
            if indicator.kind == "number" and indicator.baseline is None and indicator.target is None:
                # `baseline: unknown` is what the hint offers when the start is not measured yet.
                yield Finding(indicator.span, (node.id,),
                              {"indicator": indicator.label, "label": node.label},
                              adds=(("baseline", "unknown"),))


RULE = Rule("TOC806", "indicator-without-baseline", Theme.EVIDENCE, Severity.WARNING, check)
