"""single-perspective: every outcome is valued by one and the same actor, or nobody says who values it."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import CHANGE_KINDS, Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Theme


def check(facts: Facts) -> Iterator[Finding]:
    results = facts.of_kind(*CHANGE_KINDS)
    if not results:
        return
    valuers = {actor for node in results for actor in node.valued_by}
    if len(valuers) > 1:
        return
    if not valuers:
        yield Finding(facts.header_span, tuple(n.id for n in results), variant="nobody", whole=True)
        return
    actor = valuers.pop()
    yield Finding(facts.header_span, (actor,), {"actor": facts.label(actor)}, whole=True)


RULE = Rule("TOC601", "single-perspective", Theme.PERSPECTIVES, Severity.WARNING, check)
