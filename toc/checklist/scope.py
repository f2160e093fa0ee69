"""When a checklist item does not apply to a theory, and when an absence is itself the finding."""

# An item whose rules find nothing is ticked only when it says something true about the
# theory. "Every effect says whether it is intended" is not true of a theory with no
# effects: it does not apply yet, and the checklist says so instead of ticking it. Where
# the absence is what an evaluator would raise (no feedback at all, no participants at
# all), the item opens instead, with a question. docs/checklist.md lists the choices.

from __future__ import annotations

from collections.abc import Callable

from toc.analysis.facts import CHANGE_KINDS, DOING_KINDS
from toc.checklist.terms import Basis
from toc.model.kinds import NodeKind

# Returns the catalogue key (`checklist.na.*`) of the reason an item does not apply, or None.
Applies = Callable[[Basis], str | None]
Absent = Callable[[Basis], bool]


def always(basis: Basis) -> str | None:
    return None


def never(basis: Basis) -> bool:
    return False


def _has_results(basis: Basis) -> bool:
    return bool(basis.facts.of_kind(*CHANGE_KINDS))


def needs_results(basis: Basis) -> str | None:
    return None if _has_results(basis) else "no_results"


def needs_doing_and_results(basis: Basis) -> str | None:
    """Steps between doing and changing need both an intervention (or input, output) and a result."""
    if not _has_results(basis):
        return "no_results"
    return None if basis.facts.of_kind(*DOING_KINDS) else "no_doing"


def needs_impact(basis: Basis) -> str | None:
    return None if basis.facts.of_kind(NodeKind.IMPACT) else "no_impact"


def needs_chained_contexts(basis: Basis) -> str | None:
    """A chain can only hold under different circumstances where two links in a row name theirs."""
    facts = basis.facts
    for middle in facts.index:
        if (any(link.when for link in facts.links_in.get(middle, []))
                and any(link.when for link in facts.links_out.get(middle, []))):
            return None
    return "no_chained_contexts"


def needs_longer_term(basis: Basis) -> str | None:
    facts = basis.facts
    if facts.theory.counterfactuals or any(facts.long_horizon(n) for n in facts.of_kind(*CHANGE_KINDS)):
        return None
    return "no_longer_term"


def needs_estimate(basis: Basis) -> str | None:
    stated = any(cf.deadweight is not None or cf.attribution is not None
                 for cf in basis.facts.theory.counterfactuals)
    return None if stated else "no_estimate"


def needs_effects(basis: Basis) -> str | None:
    return None if basis.facts.of_kind(NodeKind.EFFECT) else "no_effects"


def needs_links(basis: Basis) -> str | None:
    return None if basis.facts.theory.links else "no_links"


def needs_mechanisms(basis: Basis) -> str | None:
    linked = basis.facts.linked
    mechanisms = [n for n in basis.facts.of_kind(NodeKind.MECHANISM) if n.id in linked]
    return None if mechanisms else "no_mechanisms"


def needs_assumptions(basis: Basis) -> str | None:
    return None if basis.facts.of_kind(NodeKind.ASSUMPTION) else "no_assumptions"


def needs_indicators(basis: Basis) -> str | None:
    has_any = any(node.indicators for node in basis.facts.theory.nodes)
    return None if has_any else "no_indicators"


def needs_nodes(basis: Basis) -> str | None:
    return None if basis.facts.theory.nodes else "no_results"


def no_loops(basis: Basis) -> bool:
    """A theory of change with results but no feedback at all reads as a straight line."""
    return _has_results(basis) and not basis.facts.loops


def no_participants(basis: Basis) -> bool:
    """Results but nobody they are for: whose goals are these?"""
    return _has_results(basis) and not basis.actors("participant")
