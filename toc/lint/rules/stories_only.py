"""stories-only: every indicator is a story; nothing is counted."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import Facts, indicator_kinds
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Theme


def check(facts: Facts) -> Iterator[Finding]:
    kinds, nodes = indicator_kinds(facts)
    if kinds == {"story"}:
        yield Finding(facts.header_span, nodes, whole=True)


RULE = Rule("TOC804", "stories-only", Theme.EVIDENCE, Severity.WARNING, check)
