"""Questions about the logic of change: pathways, steps, loops, what would have happened anyway, effects, context."""

from __future__ import annotations

from toc.analysis.facts import CHANGE_KINDS
from toc.checklist.terms import Number, Phrase, Question, View, phrase, question
from toc.model import Counterfactual
from toc.model.kinds import RESULT_KINDS, NodeKind

# Linear reasoning ------------------------------------------------------------------


def pathways(view: View) -> list[Question]:
    """One straight line: where does it branch in practice; one route: which others lead there."""
    asked = [question("pathway_chain", first=view.label(d.nodes[0]), last=view.label(d.nodes[-1]))
             for d in view.findings("linear-chain") if len(d.nodes) >= 2]
    impacts = view.flagged("single-pathway")
    return asked + [question("pathway_other", result=view.label(n)) for n in impacts]


def steps(view: View) -> list[Question]:
    """A leap from doing to a long-term result; a black box with no mechanism at all."""
    asked = [question("leap", source=view.label(d.nodes[0]), target=view.label(d.nodes[1]))
             for d in view.findings("miracle-leap")]
    if view.findings("logframe-staging"):
        doing = view.facts.of_kind(NodeKind.INTERVENTION) or view.facts.of_kind(NodeKind.INPUT)
        asked += [question("black_box", intervention=view.label(n.id)) for n in doing
                  if n.id in view.facts.linked]
    return asked


def contribution(view: View) -> list[Question]:
    """Who else contributes to an impact, and how external factors and the programme meet."""
    asked = [question("sole", result=view.label(n)) for n in view.flagged("sole-attribution")]
    for link in view.facts.theory.links:
        source, target = view.facts.index[link.source], view.facts.index[link.target]
        if source.kind is NodeKind.EXTERNAL and target.kind in CHANGE_KINDS:
            asked.append(question("external", external=view.label(source.id),
                                  result=view.label(target.id)))
    return asked


def loops(view: View) -> list[Question]:
    """Ask what keeps a loop going; with no loop at all, where things feed back."""
    asked = [question("loop_undeclared", nodes=view.labels(d.nodes))
             for d in view.findings("undeclared-loop")]
    for link in view.facts.theory.links:
        if link.loop:
            asked.append(question(f"loop_{link.loop}", source=view.label(link.source),
                                  target=view.label(link.target)))
    if not view.facts.loops and view.facts.of_kind(*CHANGE_KINDS):
        asked.append(question("loop_none"))
    return asked


def chains(view: View) -> list[Question]:
    """Two links that hold under different circumstances: for whom do both hold?"""
    asked = []
    for d in view.findings("transitivity-trap"):
        first, middle, last = d.nodes[:3]
        before, after = view.link(first, middle), view.link(middle, last)
        if before is None or after is None:
            continue
        asked.append(question("chain", first=view.label(first), middle=view.label(middle),
                              last=view.label(last), before=view.labels(before.when),
                              after=view.labels(after.when)))
    return asked


# What would have happened anyway ----------------------------------------------------


def counterfactual(view: View) -> list[Question]:
    """Without a counterfactual: what would have happened; with one: is the estimate recognised."""
    facts = view.facts
    asked = []
    if not facts.has_theory_counterfactual:
        asked += [question("cf_missing", result=view.label(n.id))
                  for n in facts.of_kind(*CHANGE_KINDS)
                  if facts.long_horizon(n) and n.id not in facts.counterfactual_targets]
    for cf in facts.theory.counterfactuals:
        if _credits_all(cf):
            continue  # asked under the next item
        subject = view.labels(cf.targets) if cf.targets else phrase("whole_theory")
        estimate = _estimate(cf)
        if estimate is None:
            asked.append(question("cf_how_much", result=subject))
        else:
            asked.append(question("cf_estimate", result=subject, estimate=estimate))
    return asked


def credited_all(view: View) -> list[Question]:
    """A counterfactual of 0% deadweight and 0% attribution."""
    return [question("cf_zero", result=view.labels(cf.targets) if cf.targets
                     else phrase("whole_theory"))
            for cf in view.facts.theory.counterfactuals if _credits_all(cf)]


def _credits_all(cf: Counterfactual) -> bool:
    stated = [share for share in (cf.deadweight, cf.attribution) if share is not None]
    return bool(stated) and all(share == 0 for share in stated)


def _estimate(cf: Counterfactual) -> Phrase | None:
    if cf.deadweight is not None and cf.attribution is not None:
        return phrase("estimate_both", deadweight=Number(cf.deadweight),
                      attribution=Number(cf.attribution))
    if cf.deadweight is not None:
        return phrase("estimate_deadweight", deadweight=Number(cf.deadweight))
    if cf.attribution is not None:
        return phrase("estimate_attribution", attribution=Number(cf.attribution))
    return None


# Effects -------------------------------------------------------------------------------


def unintended(view: View) -> list[Question]:
    """Ask about side effects of each intervention that leads to none yet."""
    from toc.analysis.graph import reachable

    facts = view.facts
    side = [n.id for n in facts.of_kind(*RESULT_KINDS) if n.intended is False or n.positive is False]
    # One backward search from the side effects: linear, however many interventions there are.
    leads_to_side = reachable(facts.predecessors, side)
    return [question("side_effects", intervention=view.label(n.id))
            for n in facts.of_kind(NodeKind.INTERVENTION) if n.id not in leads_to_side]


def negative(view: View) -> list[Question]:
    """Who bears a negative effect; who gains from an unintended good one; what could get worse."""
    asked = []
    for node in view.facts.of_kind(*RESULT_KINDS):
        if node.positive is False:
            asked.append(question("bears", effect=view.label(node.id)))
        elif node.intended is False and node.positive is True:
            asked.append(question("benefits", effect=view.label(node.id)))
    if view.findings("no-negative-effects"):
        participants = view.actors("participant")
        asked += [question("worse_for", actor=view.label(a)) for a in participants]
        if not participants:
            asked.append(question("worse"))
    return asked


def polarity(view: View) -> list[Question]:
    return [question("polarity", effect=view.label(n)) for n in view.flagged("effect-without-polarity")]


# Context ---------------------------------------------------------------------------------


def contexts(view: View) -> list[Question]:
    """How the programme deals with what hinders, what if what helps is missing; none: for whom not."""
    facts = view.facts
    asked = []
    for node in facts.of_kind(NodeKind.CONTEXT):
        key = {"hindering": "hindering", "enabling": "enabling"}.get(node.influence or "", "helps")
        asked.append(question(key, context=view.label(node.id)))
    if view.findings("context-free-theory"):
        asked += [question("for_whom_not", intervention=view.label(n.id))
                  for n in facts.of_kind(NodeKind.INTERVENTION)]
    return asked


def mechanisms(view: View) -> list[Question]:
    """Under which circumstances a mechanism does not happen (for whom, when it says)."""
    asked = []
    for node in view.facts.of_kind(NodeKind.MECHANISM):
        if node.id not in view.facts.linked:
            continue
        if node.for_actors:
            asked.append(question("not_happen_for", mechanism=view.label(node.id),
                                  actors=view.labels(node.for_actors)))
        else:
            asked.append(question("not_happen", mechanism=view.label(node.id)))
    return asked


def between(view: View) -> list[Question]:
    """A link from doing straight to a result: how do people respond in between?"""
    return [question("respond", source=view.label(d.nodes[0]), target=view.label(d.nodes[1]))
            for d in view.findings("missing-mechanism")]
