"""cost-only-intervention: an intervention whose only drawn effect is a cost or a hindrance."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import PROGRAMME_KINDS, Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Theme
from toc.model import Link, Node
from toc.model.kinds import RESULT_KINDS, NodeKind


def is_bad(node: Node) -> bool:
    """A state the theory wants less of: a negative result, a hindrance, or an aim to reduce."""
    return (node.positive is False or node.aim == "less"
            or (node.kind is NodeKind.CONTEXT and node.influence == "hindering"))


def is_cost(facts: Facts, link: Link) -> bool:
    """Reducing something good, or adding to something bad."""
    target = facts.index[link.target]
    if link.polarity == "reduces":
        return not is_bad(target)
    return target.kind in RESULT_KINDS and is_bad(target)


def check(facts: Facts) -> Iterator[Finding]:
    for node in facts.of_kind(*PROGRAMME_KINDS):
        out = facts.links_out.get(node.id, [])
        if out and all(is_cost(facts, link) for link in out):
            targets = [link.target for link in out]
            yield Finding(facts.node_span(node.id), (node.id, *targets),
                          {"label": node.label, "targets": facts.names(targets)})


RULE = Rule("TOC404", "cost-only-intervention", Theme.EFFECTS, Severity.WARNING, check)
