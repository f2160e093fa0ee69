"""orphan-node: a node that no link touches."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Term, Theme
from toc.model.kinds import LINKABLE_KINDS, NodeKind

# Contexts may take part through `when:` alone; unused-declaration covers them.
_KINDS = tuple(kind for kind in LINKABLE_KINDS if kind is not NodeKind.CONTEXT)


def check(facts: Facts) -> Iterator[Finding]:
    for node in facts.of_kind(*_KINDS):
        if node.id not in facts.linked:
            yield Finding(facts.node_span(node.id), (node.id,),
                          {"kind": Term(f"kind.{node.kind.value}"), "label": node.label})


RULE = Rule("TOC101", "orphan-node", Theme.STRUCTURE, Severity.WARNING, check)
