"""When a checklist item does not apply to a theory, and when an absence is itself the finding."""

# An item whose rules find nothing is ticked only when it says something true about the
# theory. "Every effect says whether it is intended" is not true of a theory with no
# effects: it does not apply yet, and the checklist says so instead of ticking it. Where
# the absence is what an evaluator would raise (no feedback at all, no participants at
# all), the item opens instead, with a question. docs/checklist.md lists the choices.

from __future__ import annotations

from collections.abc import Callable

from toc.analysis.facts import CHANGE_KINDS, DOING_KINDS
from toc.checklist.terms import View
from toc.model.kinds import NodeKind

# Returns the catalogue key (`checklist.na.*`) of the reason an item does not apply, or None.
Applies = Callable[[View], str | None]
Absent = Callable[[View], bool]


def always(view: View) -> str | None:
    return None


def never(view: View) -> bool:
    return False


def _has_results(view: View) -> bool:
    return bool(view.facts.of_kind(*CHANGE_KINDS))


def needs_results(view: View) -> str | None:
    return None if _has_results(view) else "no_results"


def needs_doing_and_results(view: View) -> str | None:
    """Steps between doing and changing need both an intervention (or input, output) and a result."""
    if not _has_results(view):
        return "no_results"
    return None if view.facts.of_kind(*DOING_KINDS) else "no_doing"


def needs_impact(view: View) -> str | None:
    return None if view.facts.of_kind(NodeKind.IMPACT) else "no_impact"


def needs_chained_contexts(view: View) -> str | None:
    """A chain can only hold under different circumstances where two links in a row name theirs."""
    facts = view.facts
    for middle in facts.index:
        if (any(link.when for link in facts.links_in.get(middle, []))
                and any(link.when for link in facts.links_out.get(middle, []))):
            return None
    return "no_chained_contexts"


def needs_longer_term(view: View) -> str | None:
    facts = view.facts
    if facts.theory.counterfactuals or any(facts.long_horizon(n) for n in facts.of_kind(*CHANGE_KINDS)):
        return None
    return "no_longer_term"


def needs_estimate(view: View) -> str | None:
    stated = any(cf.deadweight is not None or cf.attribution is not None
                 for cf in view.facts.theory.counterfactuals)
    return None if stated else "no_estimate"


def needs_effects(view: View) -> str | None:
    return None if view.facts.of_kind(NodeKind.EFFECT) else "no_effects"


def needs_links(view: View) -> str | None:
    return None if view.facts.theory.links else "no_links"


def needs_mechanisms(view: View) -> str | None:
    linked = view.facts.linked
    mechanisms = [n for n in view.facts.of_kind(NodeKind.MECHANISM) if n.id in linked]
    return None if mechanisms else "no_mechanisms"


def needs_assumptions(view: View) -> str | None:
    return None if view.facts.of_kind(NodeKind.ASSUMPTION) else "no_assumptions"


def needs_indicators(view: View) -> str | None:
    has_any = any(node.indicators for node in view.facts.theory.nodes)
    return None if has_any else "no_indicators"


def needs_nodes(view: View) -> str | None:
    return None if view.facts.theory.nodes else "no_results"


def no_loops(view: View) -> bool:
    """A theory of change with results but no feedback at all reads as a straight line."""
    return _has_results(view) and not view.facts.loops


def no_participants(view: View) -> bool:
    """Results but nobody they are for: whose goals are these?"""
    return _has_results(view) and not view.actors("participant")
