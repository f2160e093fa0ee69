"""Questions about people and evidence: whose goals, which tracks, how we would know, loose ends."""

from __future__ import annotations

from toc.analysis.facts import CHANGE_KINDS
from toc.checklist.terms import Basis, Later, Question, Value, phrase, question
from toc.model.kinds import NodeKind

# Roles whose goals usually set the agenda, and those closest to the work.
AGENDA_ROLES = ("funder", "policymaker")
PROFESSIONAL_ROLES = ("implementer", "volunteer")
WEAK_EVIDENCE = (None, "untested", "weak")

# Whose goals ------------------------------------------------------------------------


def voices(basis: Basis) -> list[Question]:
    """Results valued by one actor or by nobody; results where the funder and participants may differ."""
    facts = basis.facts
    roles = {actor.id: actor.role for actor in facts.of_kind(NodeKind.ACTOR)}
    asked = []
    for node in facts.of_kind(*CHANGE_KINDS):
        valuers = node.valued_by
        if not valuers:
            asked.append(question("who_values", result=basis.label(node.id)))
        elif len(valuers) == 1:
            asked.append(question("besides", actor=basis.label(valuers[0]),
                                  result=basis.label(node.id)))
        else:
            agenda = [a for a in valuers if roles.get(a) in AGENDA_ROLES]
            voiced = [a for a in valuers if roles.get(a) == "participant"]
            if agenda and voiced:
                asked.append(question("same_meaning", first=basis.label(agenda[0]),
                                      second=basis.label(voiced[0]), result=basis.label(node.id)))
    return asked


def participants(basis: Basis) -> list[Question]:
    """Participants who value nothing; a theory without participants at all."""
    asked = [question("good_result_for", actor=basis.label(a))
             for a in basis.flagged("participants-without-voice")]
    if not basis.actors("participant") and basis.facts.of_kind(*CHANGE_KINDS):
        asked.append(question("where_participants"))
    return asked


# Tracks of accountability ---------------------------------------------------------------


def tracks(basis: Basis) -> list[Question]:
    """Ask for meaning and craftsmanship when no result is on them; and the track of untracked results."""
    results = basis.facts.of_kind(*CHANGE_KINDS)
    if not results:
        return []
    on = {node.track for node in results}
    asked = []
    if "meaning" not in on:
        asked.append(question("meaning", actors=_people(basis, ("participant",), "the_participants")))
    if "craft" not in on:
        asked.append(question("craft", actors=_people(basis, PROFESSIONAL_ROLES, "the_professionals")))
    asked += [question("which_track", result=basis.label(n.id)) for n in results if n.track is None]
    return asked


def _people(basis: Basis, roles: tuple[str, ...], fallback: str) -> Value:
    found = basis.actors(*roles)
    return basis.labels(found) if found else phrase(fallback)


# Evidence ------------------------------------------------------------------------------------


def assumptions(basis: Basis) -> list[Question]:
    """What the steps rest on when nothing is said; how risky an unrated assumption is that every
    route needs; how and when a risky assumption that is not well supported will be tested."""
    if basis.findings("no-assumptions"):
        return [question("name_assumptions")]
    unrated = basis.flagged("unrated-critical-assumption")
    asked = [question("rate_assumption", assumption=basis.label(n)) for n in unrated
             if basis.facts.kind(n) is NodeKind.ASSUMPTION]
    flagged = set(basis.flagged("untested-critical-assumption"))
    return asked + [question("test_assumption", assumption=basis.label(n.id))
                    for n in basis.facts.of_kind(NodeKind.ASSUMPTION)
                    if n.id in flagged or (n.risk == "high" and n.evidence in WEAK_EVIDENCE)]


def evidence(basis: Basis) -> list[Later]:
    """What shows that one thing leads to (or holds back) another, for links that rest on nothing."""
    asked = []
    for d in basis.findings("implicit-link"):
        if d.whole:
            continue  # it stands for the findings on each link, asked about one by one
        source, target = d.nodes[:2]
        link = basis.link(source, target)
        key = "evidence_reduces" if link is not None and link.polarity == "reduces" else "evidence"
        asked.append(Later(key, source, target))
    return asked


def observable(basis: Basis) -> list[Question]:
    """How the people who value a result could tell it has been achieved."""
    asked = []
    for node_id in basis.flagged("outcome-without-indicator"):
        node = basis.facts.index[node_id]
        if node.valued_by:
            asked.append(question("notice", actors=basis.labels(node.valued_by),
                                  result=basis.label(node_id)))
        else:
            asked.append(question("notice_anyone", result=basis.label(node_id)))
    return asked


def counting_and_telling(basis: Basis) -> list[Question]:
    """Only numbers: which story; only stories: what could be counted."""
    asked = []
    for rule, kind, key in (("numbers-only", "number", "story"), ("stories-only", "story", "count")):
        if basis.findings(rule):
            asked += [question(key, result=basis.label(n.id)) for n in basis.facts.theory.nodes
                      if n.indicators and all(i.kind == kind for i in n.indicators)]
    return asked


# Loose ends ------------------------------------------------------------------------------


def reach(basis: Basis) -> list[Question]:
    """An intervention that leads to no result; a result no intervention leads to."""
    return ([question("dead_end", intervention=basis.label(n))
             for n in basis.flagged("dead-end-intervention")]
            + [question("unreached", result=basis.label(n))
               for n in basis.flagged("unreached-outcome")])


def loose(basis: Basis) -> list[Question]:
    return [question("part", node=basis.label(n)) for n in basis.flagged("orphan-node", "unused-declaration")]
