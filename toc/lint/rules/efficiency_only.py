"""efficiency-only: the outcomes that name a track are all on efficiency; none on meaning or craftsmanship."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import CHANGE_KINDS, Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Theme


def check(facts: Facts) -> Iterator[Finding]:
    results = facts.of_kind(*CHANGE_KINDS)
    tracked = [node for node in results if node.track]
    # A theory that names no track at all is left to no-tracks: it has not chosen
    # efficiency, it has not used the tracks yet, and that is a different conversation.
    if not tracked or any(node.track in ("meaning", "craft") for node in tracked):
        return
    variant = None if len(tracked) == len(results) else "partly"
    yield Finding(facts.header_span, tuple(n.id for n in tracked), variant=variant, whole=True)


RULE = Rule("TOC701", "efficiency-only", Theme.TRACKS, Severity.WARNING, check)
