"""Questions about people and evidence: whose goals, which tracks, how we would know, loose ends."""

from __future__ import annotations

from toc.analysis.facts import CHANGE_KINDS
from toc.checklist.terms import Question, Value, View, phrase, question
from toc.model.kinds import NodeKind

# Roles whose goals usually set the agenda, and those closest to the work.
AGENDA_ROLES = ("funder", "policymaker")
PROFESSIONAL_ROLES = ("implementer", "volunteer")
WEAK_EVIDENCE = (None, "untested", "weak")

# Whose goals ------------------------------------------------------------------------


def voices(view: View) -> list[Question]:
    """Results valued by one actor or by nobody; results where the funder and participants may differ."""
    facts = view.facts
    roles = {actor.id: actor.role for actor in facts.of_kind(NodeKind.ACTOR)}
    asked = []
    for node in facts.of_kind(*CHANGE_KINDS):
        valuers = node.valued_by
        if not valuers:
            asked.append(question("who_values", result=view.label(node.id)))
        elif len(valuers) == 1:
            asked.append(question("besides", actor=view.label(valuers[0]),
                                  result=view.label(node.id)))
        else:
            agenda = [a for a in valuers if roles.get(a) in AGENDA_ROLES]
            voiced = [a for a in valuers if roles.get(a) == "participant"]
            if agenda and voiced:
                asked.append(question("same_meaning", first=view.label(agenda[0]),
                                      second=view.label(voiced[0]), result=view.label(node.id)))
    return asked


def participants(view: View) -> list[Question]:
    """Participants who value nothing; a theory without participants at all."""
    asked = [question("good_result_for", actor=view.label(a))
             for a in view.flagged("participants-without-voice")]
    if not view.actors("participant") and view.facts.of_kind(*CHANGE_KINDS):
        asked.append(question("where_participants"))
    return asked


# Tracks of accountability ---------------------------------------------------------------


def tracks(view: View) -> list[Question]:
    """Ask for meaning and craftsmanship when no result is on them; and the track of untracked results."""
    results = view.facts.of_kind(*CHANGE_KINDS)
    if not results:
        return []
    on = {node.track for node in results}
    asked = []
    if "meaning" not in on:
        asked.append(question("meaning", actors=_people(view, ("participant",), "the_participants")))
    if "craft" not in on:
        asked.append(question("craft", actors=_people(view, PROFESSIONAL_ROLES, "the_professionals")))
    asked += [question("which_track", result=view.label(n.id)) for n in results if n.track is None]
    return asked


def _people(view: View, roles: tuple[str, ...], fallback: str) -> Value:
    found = view.actors(*roles)
    return view.labels(found) if found else phrase(fallback)


# Evidence ------------------------------------------------------------------------------------


def assumptions(view: View) -> list[Question]:
    """How and when a risky assumption that is not well supported will be tested."""
    flagged = set(view.flagged("untested-critical-assumption"))
    return [question("test_assumption", assumption=view.label(n.id))
            for n in view.facts.of_kind(NodeKind.ASSUMPTION)
            if n.id in flagged or (n.risk == "high" and n.evidence in WEAK_EVIDENCE)]


def evidence(view: View) -> list[Question]:
    """What shows that one thing leads to (or holds back) another, for links that rest on nothing."""
    asked = []
    for d in view.findings("implicit-link"):
        source, target = d.nodes[:2]
        link = view.link(source, target)
        key = "evidence_reduces" if link is not None and link.polarity == "reduces" else "evidence"
        asked.append(question(key, source=view.label(source), target=view.label(target)))
    return asked


def observable(view: View) -> list[Question]:
    """How the people who value a result could tell it has been achieved."""
    asked = []
    for node_id in view.flagged("outcome-without-indicator"):
        node = view.facts.index[node_id]
        if node.valued_by:
            asked.append(question("notice", actors=view.labels(node.valued_by),
                                  result=view.label(node_id)))
        else:
            asked.append(question("notice_anyone", result=view.label(node_id)))
    return asked


def counting_and_telling(view: View) -> list[Question]:
    """Only numbers: which story; only stories: what could be counted."""
    asked = []
    for rule, kind, key in (("numbers-only", "number", "story"), ("stories-only", "story", "count")):
        if view.findings(rule):
            asked += [question(key, result=view.label(n.id)) for n in view.facts.theory.nodes
                      if n.indicators and all(i.kind == kind for i in n.indicators)]
    return asked


# Loose ends ------------------------------------------------------------------------------


def reach(view: View) -> list[Question]:
    """An intervention that leads to no result; a result no intervention leads to."""
    return ([question("dead_end", intervention=view.label(n))
             for n in view.flagged("dead-end-intervention")]
            + [question("unreached", result=view.label(n))
               for n in view.flagged("unreached-outcome")])


def loose(view: View) -> list[Question]:
    return [question("part", node=view.label(n)) for n in view.flagged("orphan-node", "unused-declaration")]
