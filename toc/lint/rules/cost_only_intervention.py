"""cost-only-intervention: an intervention whose only drawn effect is a cost or a hindrance."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import PROGRAMME_KINDS, Facts
from toc.analysis.valence import is_bad, is_good
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Theme
from toc.model import Link


def is_cost(facts: Facts, link: Link) -> bool:
    """Making something good less, or something bad more: judged from the model (toc.analysis.valence)."""
    target = facts.index[link.target]
    if link.polarity == "reduces":
        return is_good(facts, target)
    return is_bad(facts, target)


def check(facts: Facts) -> Iterator[Finding]:
    for node in facts.of_kind(*PROGRAMME_KINDS):
        out = facts.links_out.get(node.id, [])
        if out and all(is_cost(facts, link) for link in out):
            targets = [link.target for link in out]
            yield Finding(facts.node_span(node.id), (node.id, *targets),
                          {"label": node.label, "targets": facts.names(targets)})


RULE = Rule("TOC404", "cost-only-intervention", Theme.EFFECTS, Severity.WARNING, check)
