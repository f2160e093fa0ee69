"""no-unintended-effects: the theory names no unintended effect."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import DOING_KINDS, Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Theme
from toc.model.kinds import RESULT_KINDS


def check(facts: Facts) -> Iterator[Finding]:
    results = facts.of_kind(*RESULT_KINDS)
    if not results or any(node.intended is False for node in results):
        return
    # The programme's own step hindering one of its own mechanisms or results is a side
    # effect drawn, even when no result is declared unintended.
    if any(link.polarity == "reduces" and facts.kind(link.source) in DOING_KINDS
           and facts.index[link.target].aim != "less" for link in facts.theory.links):
        return
    yield Finding(facts.header_span, whole=True)


RULE = Rule("TOC401", "no-unintended-effects", Theme.EFFECTS, Severity.WARNING, check)
