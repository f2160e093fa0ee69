"""efficiency-only: no outcome or impact is on the track of meaning or of craftsmanship."""

from __future__ import annotations

from collections.abc import Iterator

from toc.diagnostics import Severity
from toc.lint.analysis import CHANGE_KINDS, Facts
from toc.lint.rule import Finding, Rule, Theme


def check(facts: Facts) -> Iterator[Finding]:
    results = facts.of_kind(*CHANGE_KINDS)
    if not results or any(node.track in ("meaning", "craft") for node in results):
        return
    variant = "efficiency" if any(node.track for node in results) else "untracked"
    yield Finding(facts.header_span, tuple(n.id for n in results), variant=variant)


RULE = Rule("TOC701", "efficiency-only", Theme.TRACKS, Severity.WARNING, check)
