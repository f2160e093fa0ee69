"""unused-declaration: a context, assumption, actor or value that nothing refers to."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Term, Theme
from toc.model.kinds import NodeKind

_KINDS = (NodeKind.ACTOR, NodeKind.VALUE, NodeKind.CONTEXT, NodeKind.ASSUMPTION)


def _referred(facts: Facts) -> set[str]:
    # A group's members are only boxed, not used: a context in a box still does nothing.
    named = {ref.target for ref in facts.theory.references() if ref.field != "members"}
    return set(facts.linked) | named


def check(facts: Facts) -> Iterator[Finding]:
    used = _referred(facts)
    for node in facts.of_kind(*_KINDS):
        if node.id not in used:
            yield Finding(facts.node_span(node.id), (node.id,),
                          {"kind": Term(f"kind.{node.kind.value}"), "label": node.label},
                          variant=node.kind.value)


RULE = Rule("TOC104", "unused-declaration", Theme.STRUCTURE, Severity.WARNING, check)
