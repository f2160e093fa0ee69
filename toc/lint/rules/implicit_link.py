"""implicit-link: a link into an outcome or impact that rests on nothing written down."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import CHANGE_KINDS, Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Theme


def check(facts: Facts) -> Iterator[Finding]:
    for link in facts.theory.links:
        target = facts.index[link.target]
        if target.kind in CHANGE_KINDS and not (link.assumes or link.evidence or link.citation):
            yield Finding(link.span, (link.source, link.target),
                          {"source": facts.label(link.source), "target": target.label})


RULE = Rule("TOC802", "implicit-link", Theme.EVIDENCE, Severity.INFO, check)
