"""no-final-result: the plan stops at its own deliverables; no outcome or impact is named."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import CHANGE_KINDS, DOING_KINDS, Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Theme


def check(facts: Facts) -> Iterator[Finding]:
    if facts.of_kind(*CHANGE_KINDS):
        return
    doing = facts.of_kind(*DOING_KINDS)
    if doing:
        yield Finding(facts.header_span, tuple(n.id for n in doing), {"count": len(doing)},
                      whole=True)


RULE = Rule("TOC109", "no-final-result", Theme.STRUCTURE, Severity.WARNING, check)
