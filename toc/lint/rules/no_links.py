"""no-links: elements are declared, but not one link says what leads to what."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Theme
from toc.model.kinds import LINKABLE_KINDS


def check(facts: Facts) -> Iterator[Finding]:
    if facts.theory.links:
        return
    elements = facts.of_kind(*LINKABLE_KINDS)
    if len(elements) >= 2:
        yield Finding(facts.header_span, tuple(n.id for n in elements), {"count": len(elements)},
                      whole=True)


RULE = Rule("TOC107", "no-links", Theme.STRUCTURE, Severity.WARNING, check)
