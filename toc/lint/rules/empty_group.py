"""empty-group: a group with no members: a column or stage that holds nothing."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Theme


def check(facts: Facts) -> Iterator[Finding]:
    for group in facts.theory.groups:
        if not group.members:
            yield Finding(group.head or group.span, (group.id,), {"label": group.label})


RULE = Rule("TOC113", "empty-group", Theme.STRUCTURE, Severity.INFO, check)
