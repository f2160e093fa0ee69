"""no-intervention: the theory names changes, but nothing the programme does."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import PROGRAMME_KINDS, Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Theme
from toc.model.kinds import RESULT_KINDS, NodeKind


def check(facts: Facts) -> Iterator[Finding]:
    if facts.of_kind(*PROGRAMME_KINDS, NodeKind.OUTPUT):
        return
    results = facts.of_kind(*RESULT_KINDS)
    if results:
        yield Finding(facts.header_span, tuple(n.id for n in results), {"count": len(results)},
                      whole=True)


RULE = Rule("TOC108", "no-intervention", Theme.STRUCTURE, Severity.WARNING, check)
