"""context-on-intervention: a hindering circumstance drawn as acting on an intervention itself."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import PROGRAMME_KINDS, Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Theme
from toc.model.kinds import NodeKind


def check(facts: Facts) -> Iterator[Finding]:
    for link in facts.theory.links:
        source, target = facts.index[link.source], facts.index[link.target]
        if source.kind is not NodeKind.CONTEXT or target.kind not in PROGRAMME_KINDS:
            continue
        if link.polarity == "reduces" or source.influence == "hindering":
            effects = [out.target for out in facts.links_out.get(target.id, [])]
            yield Finding(link.span, (link.source, link.target, *effects),
                          {"context": source.label, "intervention": target.label})


RULE = Rule("TOC504", "context-on-intervention", Theme.CONTEXT, Severity.INFO, check)
