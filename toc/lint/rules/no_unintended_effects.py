"""no-unintended-effects: the theory names no unintended effect."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Theme
from toc.model.kinds import RESULT_KINDS


def check(facts: Facts) -> Iterator[Finding]:
    results = facts.of_kind(*RESULT_KINDS)
    if results and not any(node.intended is False for node in results):
        yield Finding(facts.header_span)


RULE = Rule("TOC401", "no-unintended-effects", Theme.EFFECTS, Severity.WARNING, check)
