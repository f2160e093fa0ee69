"""miracle-leap: an intervention, input or output that leads straight to a long-term result."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import DOING_KINDS, Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Theme
from toc.model import Node


def check(facts: Facts) -> Iterator[Finding]:
    for link in facts.theory.links:
        source, target = facts.index[link.source], facts.index[link.target]
        if source.kind in DOING_KINDS and facts.long_horizon(target):
            yield Finding(link.span, (link.source, link.target),
                          {"source": source.label, "target": target.label},
                          variant=_horizon(target))


def _horizon(target: Node) -> str | None:
    """Name the horizon the author wrote; an impact without one is called an impact, not 'long-term'."""
    if target.horizon in ("medium", "long"):
        return target.horizon
    return None


RULE = Rule("TOC203", "miracle-leap", Theme.LINEAR, Severity.WARNING, check)
