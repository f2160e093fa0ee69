"""logframe-staging: input, activity, output, outcome, impact in a row, with no mechanism at all."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import CHANGE_KINDS, DOING_KINDS, Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Theme
from toc.model.kinds import NodeKind


def check(facts: Facts) -> Iterator[Finding]:
    if facts.of_kind(NodeKind.MECHANISM):
        return
    changes = [n.id for n in facts.of_kind(*CHANGE_KINDS) if n.id in facts.reached]
    if not changes:
        return
    doing = [n.id for n in facts.of_kind(*DOING_KINDS) if n.id in facts.linked]
    yield Finding(facts.header_span, tuple(doing + changes),
                  {"doing": len(doing), "changes": len(changes)}, whole=True)


RULE = Rule("TOC202", "logframe-staging", Theme.LINEAR, Severity.WARNING, check)
