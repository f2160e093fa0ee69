"""no-assumptions: the theory links causes to effects but names no assumption anywhere."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Theme
from toc.model.kinds import NodeKind


def check(facts: Facts) -> Iterator[Finding]:
    if not facts.theory.links or facts.of_kind(NodeKind.ASSUMPTION):
        return
    # A theory that is itself an evaluation's finding says what it rests on in its header.
    if facts.theory.source or facts.theory.evidence:
        return
    yield Finding(facts.header_span, (), {"links": len(facts.theory.links)}, whole=True)


RULE = Rule("TOC808", "no-assumptions", Theme.EVIDENCE, Severity.WARNING, check)
