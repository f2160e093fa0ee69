"""unexplained-start: a pathway begins at an output, mechanism or result that nothing leads to."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis import graph
from toc.analysis.facts import Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Term, Theme
from toc.model.kinds import NodeKind

# What a programme produces or brings about must come from somewhere in the theory;
# interventions, inputs, contexts and outside factors may start a pathway.
_NEEDS_A_CAUSE = (NodeKind.OUTPUT, NodeKind.MECHANISM, NodeKind.OUTCOME, NodeKind.IMPACT,
                  NodeKind.EFFECT)


def check(facts: Facts) -> Iterator[Finding]:
    if not facts.programme:
        return  # no-intervention speaks
    # Only in the part that holds the programme: other parts are disconnected-parts' finding.
    home = next((set(part) for part in facts.parts if set(part) & set(facts.programme)), set())
    for node in facts.of_kind(*_NEEDS_A_CAUSE):
        if node.id not in home or facts.predecessors[node.id] or not facts.successors[node.id]:
            continue
        downstream = graph.reachable(facts.successors, [node.id]) - facts.reached - {node.id}
        yield Finding(facts.node_span(node.id), (node.id, *sorted(downstream)),
                      {"label": node.label, "kind": Term(f"kind.{node.kind.value}")})


RULE = Rule("TOC111", "unexplained-start", Theme.STRUCTURE, Severity.WARNING, check)
