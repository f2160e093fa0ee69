"""no-negative-effects: the theory names no negative effect and no link that reduces or hinders."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import Facts
from toc.analysis.valence import declared_bad
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Theme
from toc.model import Link
from toc.model.kinds import RESULT_KINDS, NodeKind


def check(facts: Facts) -> Iterator[Finding]:
    results = facts.of_kind(*RESULT_KINDS)
    if not results or any(node.positive is False for node in results):
        return
    if any(draws_a_downside(facts, link) for link in facts.theory.links):
        return
    yield Finding(facts.header_span, whole=True)


def draws_a_downside(facts: Facts, link: Link) -> bool:
    """A harm the programme itself does: one of its own steps holds back something (but for
    less of what it wants less of), or adds to what it wants less of (a cost). A circumstance
    that hinders (a context, an outside factor) is a barrier, not an effect of the programme."""
    source, target = facts.index[link.source], facts.index[link.target]
    own = link.source in facts.reached and source.kind not in (NodeKind.CONTEXT, NodeKind.EXTERNAL)
    if link.polarity == "reduces":
        return own and not any(node.aim == "less" for node in (source, target))
    return own and declared_bad(target) and not declared_bad(source)


RULE = Rule("TOC402", "no-negative-effects", Theme.EFFECTS, Severity.WARNING, check)
