"""What a ticked checklist item rests on: positive evidence from the theory, said in words.

An item is ticked only when one of these functions finds something in the theory
that shows the item is met ("3 routes lead to 'Less poverty'"); silence from the
lint rules is not enough. Each returns a phrase (`checklist.evidence.KEY`) with the
theory's own labels, or None when the theory shows nothing either way.
"""

from __future__ import annotations

from collections.abc import Callable

from toc.analysis.facts import CHANGE_KINDS, DOING_KINDS, PROGRAMME_KINDS
from toc.checklist.terms import Basis, Label, Number, Phrase, phrase
from toc.lint.rules.implicit_link import supported
from toc.lint.rules.no_negative_effects import draws_a_downside
from toc.lint.rules.unrated_critical_assumption import is_unrated
from toc.model.kinds import RESULT_KINDS, NodeKind

Evidence = Callable[[Basis], Phrase | None]


def _count(value: int) -> Number:
    return Number(float(value))


def pathways(basis: Basis) -> Phrase | None:
    """The intended change (the impacts, else the final results) reached along more than one
    route each, and no one element on all of them."""
    facts = basis.facts
    impacts = [n.id for n in facts.of_kind(NodeKind.IMPACT) if n.id in facts.reached]
    finals = impacts or [n for n in facts.final_results if n in facts.reached]
    if not finals or any(facts.pathways.get(n, 0) < 2 for n in finals):
        return None
    # Each of them on its own: several routes that all pass one element are one route there
    # (unless that element is itself one of the intended changes, reached in several ways).
    for target in finals:
        passed = facts.on_every_route([target])
        if any(facts.kind(n) not in PROGRAMME_KINDS and n not in finals for n in passed):
            return None
    return phrase("evidence.pathways", results=basis.labels(finals))


def steps(basis: Basis) -> Phrase | None:
    """Mechanisms stand between what is done and the results it reaches."""
    facts = basis.facts
    mechanisms = [n.id for n in facts.of_kind(NodeKind.MECHANISM) if n.id in facts.reached]
    after = facts.downstream_of(NodeKind.MECHANISM)
    results = [n.id for n in facts.of_kind(*CHANGE_KINDS) if n.id in after]
    if not mechanisms or not results:
        return None
    return phrase("evidence.steps", mechanisms=basis.labels(mechanisms))


def contribution(basis: Basis) -> Phrase | None:
    """Others who contribute to the impacts are named, as causes or in a counterfactual."""
    facts = basis.facts
    others = [n.id for n in facts.of_kind(NodeKind.EXTERNAL) if facts.successors[n.id]]
    others += [c for cf in facts.theory.counterfactuals for c in cf.contributors if c not in others]
    impacts = [n.id for n in facts.of_kind(NodeKind.IMPACT) if n.id in facts.reached]
    if not others or not impacts:
        return None
    return phrase("evidence.contribution", others=basis.labels(list(dict.fromkeys(others))))


def loops(basis: Basis) -> Phrase | None:
    facts = basis.facts
    marked = [number for number in range(len(facts.loops))
              if any(link.loop for link in facts.loop_links(number))]
    if not facts.loops or len(marked) != len(facts.loops):
        return None
    return phrase("evidence.loops", count=_count(len(facts.loops)))


def chains(basis: Basis) -> Phrase | None:
    """Chained links whose circumstances overlap (the transitivity trap is avoided)."""
    return phrase("evidence.chains")


def counterfactual(basis: Basis) -> Phrase | None:
    facts = basis.facts
    covered = [n.id for n in facts.of_kind(*RESULT_KINDS) if n.id in facts.counterfactual_targets]
    if facts.has_theory_counterfactual:
        return phrase("evidence.counterfactual_theory")
    if not covered:
        return None
    return phrase("evidence.counterfactual", results=basis.labels(covered))


def credit(basis: Basis) -> Phrase | None:
    figures = [cf for cf in basis.facts.theory.counterfactuals
               if (cf.deadweight or 0) > 0 or (cf.attribution or 0) > 0]
    if not figures:
        return None
    return phrase("evidence.credit", count=_count(len(figures)))


def unintended(basis: Basis) -> Phrase | None:
    found = [n.id for n in basis.facts.of_kind(*RESULT_KINDS) if n.intended is False]
    return phrase("evidence.unintended", effects=basis.labels(found)) if found else None


def negative(basis: Basis) -> Phrase | None:
    facts = basis.facts
    found = [n.id for n in facts.of_kind(*RESULT_KINDS) if n.positive is False]
    hindering = [link for link in facts.theory.links if draws_a_downside(facts, link)]
    if found:
        return phrase("evidence.negative", effects=basis.labels(found))
    if hindering:
        return phrase("evidence.hindering", count=_count(len(hindering)))
    return None


def polarity(basis: Basis) -> Phrase | None:
    effects = basis.facts.of_kind(NodeKind.EFFECT)
    if not effects or any(n.intended is None or n.positive is None for n in effects):
        return None
    return phrase("evidence.polarity", count=_count(len(effects)))


def contexts(basis: Basis) -> Phrase | None:
    facts = basis.facts
    conditioned = [link for link in facts.theory.links if link.when]
    named = [n.id for n in facts.of_kind(NodeKind.CONTEXT) if n.id in facts.linked
             or any(n.id in link.when for link in conditioned)]
    if not named:
        return None
    return phrase("evidence.contexts", contexts=basis.labels(named))


def mechanisms(basis: Basis) -> Phrase | None:
    facts = basis.facts
    linked = [n.id for n in facts.of_kind(NodeKind.MECHANISM) if n.id in facts.linked]
    if not linked or basis.found.get("context-free-theory"):
        return None
    return phrase("evidence.mechanisms", count=_count(len(linked)))


def between(basis: Basis) -> Phrase | None:
    """Every link from what is done into a result comes after a mechanism."""
    facts = basis.facts
    after = facts.downstream_of(NodeKind.MECHANISM)
    direct = [link for link in facts.theory.links if facts.kind(link.source) in DOING_KINDS
              and facts.kind(link.target) in CHANGE_KINDS]
    mechanisms = [n for n in facts.of_kind(NodeKind.MECHANISM) if n.id in facts.linked]
    if not mechanisms or any(link.source not in after for link in direct):
        return None
    return phrase("evidence.between")


def voices(basis: Basis) -> Phrase | None:
    valuers = list(dict.fromkeys(a for n in basis.facts.of_kind(*CHANGE_KINDS) for a in n.valued_by))
    return phrase("evidence.voices", actors=basis.labels(valuers)) if len(valuers) > 1 else None


def participants(basis: Basis) -> Phrase | None:
    valuers = {a for n in basis.facts.of_kind(*RESULT_KINDS) for a in n.valued_by}
    found = [a for a in basis.actors("participant") if a in valuers]
    return phrase("evidence.participants", actors=basis.labels(found)) if found else None


def tracks(basis: Basis) -> Phrase | None:
    used = {n.track for n in basis.facts.of_kind(*CHANGE_KINDS) if n.track}
    if len(used) < 2:
        return None
    return phrase("evidence.tracks", count=_count(len(used)))


def assumptions(basis: Basis) -> Phrase | None:
    """Every assumption rated for risk and evidence, none critical and untested."""
    found = basis.facts.of_kind(NodeKind.ASSUMPTION)
    if not found or any(is_unrated(n) or n.risk in (None, "unrated") for n in found):
        return None
    return phrase("evidence.assumptions", count=_count(len(found)))


def evidence(basis: Basis) -> Phrase | None:
    facts = basis.facts
    if facts.theory.source:
        return phrase("evidence.source", source=Label(facts.theory.source))
    if facts.theory.evidence:
        return phrase("evidence.theory_evidence")
    into = [link for link in facts.theory.links if facts.kind(link.target) in CHANGE_KINDS]
    if not into or not all(supported(facts, link) for link in into):
        return None
    return phrase("evidence.evidence", count=_count(len(into)))


def observable(basis: Basis) -> Phrase | None:
    results = basis.facts.of_kind(*CHANGE_KINDS)
    if not results or any(not n.indicators for n in results):
        return None
    return phrase("evidence.observable", count=_count(len(results)))


def counting(basis: Basis) -> Phrase | None:
    kinds = [i.kind for n in basis.facts.theory.nodes for i in n.indicators]
    numbers, stories = kinds.count("number"), kinds.count("story")
    if not numbers or not stories:
        return None
    return phrase("evidence.counting", numbers=_count(numbers), stories=_count(stories))


def reach(basis: Basis) -> Phrase | None:
    facts = basis.facts
    programme = facts.of_kind(*PROGRAMME_KINDS)
    results = facts.of_kind(*CHANGE_KINDS)
    if not programme or not results:
        return None
    if any(n.id not in facts.upstream_of_change for n in programme):
        return None
    if any(n.id not in facts.reached for n in results):
        return None
    return phrase("evidence.reach", count=_count(len(programme)), results=_count(len(results)))


def loose(basis: Basis) -> Phrase | None:
    """One connected whole, in which every pathway starts from something that needs no cause."""
    facts = basis.facts
    if not facts.theory.links or len(facts.parts) > 1 or basis.found.get("unexplained-start"):
        return None
    return phrase("evidence.loose", count=_count(len(facts.theory.nodes)))
