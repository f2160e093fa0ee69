"""miracle-leap: an intervention, input or output that leads straight to a long-term result."""

from __future__ import annotations

from collections.abc import Iterator

from toc.diagnostics import Severity
from toc.lint.analysis import DOING_KINDS, Facts
from toc.lint.rule import Finding, Rule, Theme


def check(facts: Facts) -> Iterator[Finding]:
    for link in facts.theory.links:
        source, target = facts.index[link.source], facts.index[link.target]
        if source.kind in DOING_KINDS and facts.long_horizon(target):
            yield Finding(link.span, (link.source, link.target),
                          {"source": source.label, "target": target.label})


RULE = Rule("TOC203", "miracle-leap", Theme.LINEAR, Severity.WARNING, check)
