"""context-free-theory: the theory declares no context at all."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Theme
from toc.model.kinds import NodeKind


def check(facts: Facts) -> Iterator[Finding]:
    if facts.theory.links and not facts.of_kind(NodeKind.CONTEXT):
        yield Finding(facts.header_span, whole=True)


RULE = Rule("TOC502", "context-free-theory", Theme.CONTEXT, Severity.WARNING, check)
