"""single-point-of-failure: every route from the programme to its final results passes one element."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import PROGRAMME_KINDS, Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Term, Theme
from toc.model.kinds import NodeKind


def check(facts: Facts) -> Iterator[Finding]:
    if facts.of_kind(NodeKind.IMPACT):
        return  # single-pathway weighs the routes to an impact
    finals = [n for n in facts.final_results if n in facts.reached]
    if len(finals) < 1 or len(facts.programme) < 1:
        return
    passed = [n for n in facts.on_every_route(finals)
              if facts.kind(n) not in PROGRAMME_KINDS and n not in finals]
    if not passed:
        return
    # The first such element is the narrowest point: everything after it depends on it.
    node = facts.index[passed[0]]
    yield Finding(facts.node_span(node.id), tuple(dict.fromkeys((node.id, *passed, *finals))),
                  {"label": node.label, "kind": Term(f"kind.{node.kind.value}"),
                   "results": facts.names(finals)})


RULE = Rule("TOC207", "single-point-of-failure", Theme.LINEAR, Severity.WARNING, check)
