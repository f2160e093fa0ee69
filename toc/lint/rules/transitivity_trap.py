"""transitivity-trap: a chain a -> b -> c whose two links hold under contexts that share nothing."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Theme
from toc.model import Link


def _by_contexts(links: list[Link]) -> dict[frozenset[str], Link]:
    """One link per distinct set of contexts: comparing sets, not links, keeps hubs cheap."""
    found: dict[frozenset[str], Link] = {}
    for link in links:
        if link.when:
            found.setdefault(frozenset(link.when), link)
    return found


def check(facts: Facts) -> Iterator[Finding]:
    for middle in facts.index:
        incoming = _by_contexts(facts.links_in.get(middle, []))
        outgoing = _by_contexts(facts.links_out.get(middle, [])) if incoming else {}
        trap = next(((before, after) for before_set, before in incoming.items()
                     for after_set, after in outgoing.items()
                     if before_set.isdisjoint(after_set)), None)
        if trap is None:
            continue
        before, after = trap
        yield Finding(after.span, (before.source, middle, after.target), {
            "first": facts.label(before.source), "middle": facts.label(middle),
            "last": facts.label(after.target),
            "before": facts.names(before.when), "after": facts.names(after.when)})


# Information: the language cannot say whether two contexts occur together (a tight
# labour market and strict benefit rules easily do), so the finding is a question.
RULE = Rule("TOC206", "transitivity-trap", Theme.LINEAR, Severity.INFO, check)
