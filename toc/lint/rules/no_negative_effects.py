"""no-negative-effects: the theory names no negative effect and no link that reduces or hinders."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import Facts
from toc.analysis.valence import declared_bad
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Theme
from toc.model import Link
from toc.model.kinds import RESULT_KINDS


def check(facts: Facts) -> Iterator[Finding]:
    results = facts.of_kind(*RESULT_KINDS)
    if not results or any(node.positive is False for node in results):
        return
    if any(_draws_a_downside(facts, link) for link in facts.theory.links):
        return
    yield Finding(facts.header_span, whole=True)


def _draws_a_downside(facts: Facts, link: Link) -> bool:
    """A link that reduces or hinders (but for less of what the programme wants less of),
    or one by which the programme's own steps add to what it wants less of (a cost)."""
    source, target = facts.index[link.source], facts.index[link.target]
    if link.polarity == "reduces":
        return not any(node.aim == "less" for node in (source, target))
    return link.source in facts.reached and declared_bad(target) and not declared_bad(source)


RULE = Rule("TOC402", "no-negative-effects", Theme.EFFECTS, Severity.WARNING, check)
