"""no-tracks: no outcome or impact says on which track of accountability it counts."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import CHANGE_KINDS, Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Theme


def check(facts: Facts) -> Iterator[Finding]:
    results = facts.of_kind(*CHANGE_KINDS)
    if results and not any(node.track for node in results):
        yield Finding(facts.header_span, tuple(n.id for n in results), whole=True)


# Information, not a warning: the tracks are a way of looking that a theory may not use yet.
RULE = Rule("TOC702", "no-tracks", Theme.TRACKS, Severity.INFO, check)
