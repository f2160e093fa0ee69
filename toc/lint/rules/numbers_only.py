"""numbers-only: every indicator is a number; no story tells what the change means."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import Facts, indicator_kinds
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Theme


def check(facts: Facts) -> Iterator[Finding]:
    kinds, nodes = indicator_kinds(facts)
    if kinds == {"number"}:
        yield Finding(facts.header_span, nodes, whole=True)


RULE = Rule("TOC803", "numbers-only", Theme.EVIDENCE, Severity.WARNING, check)
