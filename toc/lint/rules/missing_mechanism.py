"""missing-mechanism: a link from what is done straight to an outcome, with no mechanism before it."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import CHANGE_KINDS, DOING_KINDS, Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Term, Theme
from toc.model.kinds import NodeKind


def check(facts: Facts) -> Iterator[Finding]:
    after_mechanism = facts.downstream_of(NodeKind.MECHANISM)
    # Which nodes may start or end such a link, decided once per node rather than per link.
    doing = {node.id: node for node in facts.of_kind(*DOING_KINDS) if node.id not in after_mechanism}
    changing = {node.id: node for node in facts.of_kind(*CHANGE_KINDS)}
    kinds = {kind: Term(f"kind.{kind.value}") for kind in DOING_KINDS}
    for link in facts.theory.links:
        source, target = doing.get(link.source), changing.get(link.target)
        if source is not None and target is not None:
            yield Finding(link.span, (link.source, link.target),
                          {"source": source.label, "target": target.label, "kind": kinds[source.kind]})


RULE = Rule("TOC503", "missing-mechanism", Theme.CONTEXT, Severity.WARNING, check)
