"""undeclared-loop: a feedback loop none of whose links is marked with `loop:`."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import Facts, loop_kind
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Theme


def check(facts: Facts) -> Iterator[Finding]:
    for number, members in enumerate(facts.loops):
        links = facts.loop_links(number)
        if any(link.loop for link in links):
            continue
        first = min(links, key=lambda link: (link.span.start if link.span else 0))
        ordered = [n for n in facts.index if facts.loop_of.get(n) == number]
        kind = loop_kind(facts, number)
        # A loop that is only reinforcing or only balancing says so by its arrows: marking the
        # first link is a sure fix. A mixed one needs a person to say which cycle is meant.
        yield Finding(first.span, tuple(ordered),
                      {"nodes": facts.names(ordered), "count": len(members)},
                      variant=kind, adds=(("loop", kind),) if kind != "mixed" else ())


RULE = Rule("TOC105", "undeclared-loop", Theme.STRUCTURE, Severity.WARNING, check)
