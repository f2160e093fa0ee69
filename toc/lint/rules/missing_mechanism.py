"""missing-mechanism: a link from what is done straight to an outcome, with no mechanism before it."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import CHANGE_KINDS, DOING_KINDS, Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Term, Theme
from toc.model.kinds import NodeKind


def check(facts: Facts) -> Iterator[Finding]:
    after_mechanism = facts.downstream_of(NodeKind.MECHANISM)
    for link in facts.theory.links:
        source, target = facts.index[link.source], facts.index[link.target]
        if (source.kind in DOING_KINDS and target.kind in CHANGE_KINDS
                and source.id not in after_mechanism):
            yield Finding(link.span, (link.source, link.target),
                          {"source": source.label, "target": target.label,
                           "kind": Term(f"kind.{source.kind.value}")})


RULE = Rule("TOC503", "missing-mechanism", Theme.CONTEXT, Severity.WARNING, check)
