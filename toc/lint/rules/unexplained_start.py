"""unexplained-start: a pathway begins at an output, mechanism or result that nothing leads to."""

from __future__ import annotations

from collections.abc import Iterator

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
    programme = set(facts.programme)
    home = next((set(part) for part in facts.parts if programme.intersection(part)), set())
    starts = [node for node in facts.of_kind(*_NEEDS_A_CAUSE) if node.id in home
              and not facts.predecessors[node.id] and facts.successors[node.id]]
    # What each start leads to that the programme does not reach, found in one search from all
    # of them together: a node reached from several starts goes with the first (linear time).
    owner: dict[str, str] = {}
    for start in starts:
        owner.setdefault(start.id, start.id)
    frontier = [start.id for start in starts]
    while frontier:
        current = frontier.pop()
        for child in facts.successors[current]:
            if child not in owner and child not in facts.reached:
                owner[child] = owner[current]
                frontier.append(child)
    downstream: dict[str, list[str]] = {}
    for reached, start_id in owner.items():
        if reached != start_id:
            downstream.setdefault(start_id, []).append(reached)
    for start in starts:
        yield Finding(facts.node_span(start.id), (start.id, *sorted(downstream.get(start.id, []))),
                      {"label": start.label, "kind": Term(f"kind.{start.kind.value}")})


RULE = Rule("TOC111", "unexplained-start", Theme.STRUCTURE, Severity.WARNING, check)
