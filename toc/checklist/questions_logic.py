"""Questions about the logic of change: pathways, steps, loops, the counterfactual, effects, context."""

from __future__ import annotations

from toc.analysis.facts import CHANGE_KINDS
from toc.checklist.terms import Basis, Later, Number, Phrase, Question, phrase, question
from toc.model import Counterfactual
from toc.model.kinds import RESULT_KINDS, NodeKind

# Linear reasoning ------------------------------------------------------------------


def pathways(basis: Basis) -> list[Question]:
    """One straight line: where does it branch in practice; one route: which others lead there."""
    asked = [question("pathway_chain", first=basis.label(d.nodes[0]), last=basis.label(d.nodes[-1]))
             for d in basis.findings("linear-chain") if len(d.nodes) >= 2]
    impacts = basis.flagged("single-pathway")
    return asked + [question("pathway_other", result=basis.label(n)) for n in impacts]


def steps(basis: Basis) -> list[Question]:
    """A leap from doing to a long-term result; a black box with no mechanism at all."""
    asked = [question("leap", source=basis.label(d.nodes[0]), target=basis.label(d.nodes[1]))
             for d in basis.findings("miracle-leap")]
    if basis.findings("logframe-staging"):
        doing = basis.facts.of_kind(NodeKind.INTERVENTION) or basis.facts.of_kind(NodeKind.INPUT)
        asked += [question("black_box", intervention=basis.label(n.id)) for n in doing
                  if n.id in basis.facts.linked]
    return asked


def contribution(basis: Basis) -> list[Question]:
    """Who else contributes to an impact, and how external factors and the programme meet."""
    asked = [question("sole", result=basis.label(n)) for n in basis.flagged("sole-attribution")]
    for link in basis.facts.theory.links:
        source, target = basis.facts.index[link.source], basis.facts.index[link.target]
        if source.kind is NodeKind.EXTERNAL and target.kind in CHANGE_KINDS:
            asked.append(question("external", external=basis.label(source.id),
                                  result=basis.label(target.id)))
    return asked


def loops(basis: Basis) -> list[Question]:
    """Ask what keeps a loop going; with no loop at all, where things feed back."""
    asked = [question("loop_undeclared", nodes=basis.labels(d.nodes))
             for d in basis.findings("undeclared-loop")]
    for link in basis.facts.theory.links:
        if link.loop:
            asked.append(question(f"loop_{link.loop}", source=basis.label(link.source),
                                  target=basis.label(link.target)))
    if not basis.facts.loops and basis.facts.of_kind(*CHANGE_KINDS):
        asked.append(question("loop_none"))
    return asked


def chains(basis: Basis) -> list[Question]:
    """Two links that hold under different circumstances: for whom do both hold?"""
    asked = []
    for d in basis.findings("transitivity-trap"):
        first, middle, last = d.nodes[:3]
        before, after = basis.link(first, middle), basis.link(middle, last)
        if before is None or after is None:
            continue
        asked.append(question("chain", first=basis.label(first), middle=basis.label(middle),
                              last=basis.label(last), before=basis.labels(before.when),
                              after=basis.labels(after.when)))
    return asked


# What would have happened anyway ----------------------------------------------------


def counterfactual(basis: Basis) -> list[Question]:
    """Without a counterfactual: what would have happened; with one: is the estimate recognised."""
    facts = basis.facts
    asked = []
    if not facts.has_theory_counterfactual:
        asked += [question("cf_missing", result=basis.label(n.id))
                  for n in facts.of_kind(*CHANGE_KINDS)
                  if facts.long_horizon(n) and n.id not in facts.counterfactual_targets]
    for cf in facts.theory.counterfactuals:
        if _credits_all(cf):
            continue  # asked under the next item
        subject = basis.labels(cf.targets) if cf.targets else phrase("whole_theory")
        estimate = _estimate(cf)
        if estimate is None:
            asked.append(question("cf_how_much", result=subject))
        else:
            asked.append(question("cf_estimate", result=subject, estimate=estimate))
    return asked


def credited_all(basis: Basis) -> list[Question]:
    """A counterfactual of 0% deadweight and 0% attribution."""
    return [question("cf_zero", result=basis.labels(cf.targets) if cf.targets
                     else phrase("whole_theory"))
            for cf in basis.facts.theory.counterfactuals if _credits_all(cf)]


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


def unintended(basis: Basis) -> list[Question]:
    """Ask about side effects of each intervention that leads to none yet."""
    from toc.analysis.graph import reachable

    facts = basis.facts
    side = [n.id for n in facts.of_kind(*RESULT_KINDS) if n.intended is False or n.positive is False]
    # One backward search from the side effects: linear, however many interventions there are.
    leads_to_side = reachable(facts.predecessors, side)
    return [question("side_effects", intervention=basis.label(n.id))
            for n in facts.of_kind(NodeKind.INTERVENTION) if n.id not in leads_to_side]


def negative(basis: Basis) -> list[Question]:
    """Who bears a negative effect; who gains from an unintended good one; what could get worse."""
    asked = []
    for node in basis.facts.of_kind(*RESULT_KINDS):
        if node.positive is False:
            asked.append(question("bears", effect=basis.label(node.id)))
        elif node.intended is False and node.positive is True:
            asked.append(question("benefits", effect=basis.label(node.id)))
    if basis.findings("no-negative-effects"):
        participants = basis.actors("participant")
        asked += [question("worse_for", actor=basis.label(a)) for a in participants]
        if not participants:
            asked.append(question("worse"))
    return asked


def polarity(basis: Basis) -> list[Question]:
    return [question("polarity", effect=basis.label(n)) for n in basis.flagged("effect-without-polarity")]


# Context ---------------------------------------------------------------------------------


def contexts(basis: Basis) -> list[Question]:
    """How the programme deals with what hinders, what if what helps is missing; none: for whom not."""
    facts = basis.facts
    asked = []
    for node in facts.of_kind(NodeKind.CONTEXT):
        key = {"hindering": "hindering", "enabling": "enabling"}.get(node.influence or "", "helps")
        asked.append(question(key, context=basis.label(node.id)))
    if basis.findings("context-free-theory"):
        asked += [question("for_whom_not", intervention=basis.label(n.id))
                  for n in facts.of_kind(NodeKind.INTERVENTION)]
    return asked


def mechanisms(basis: Basis) -> list[Question]:
    """Under which circumstances a mechanism does not happen (for whom, when it says)."""
    asked = []
    for node in basis.facts.of_kind(NodeKind.MECHANISM):
        if node.id not in basis.facts.linked:
            continue
        if node.for_actors:
            asked.append(question("not_happen_for", mechanism=basis.label(node.id),
                                  actors=basis.labels(node.for_actors)))
        else:
            asked.append(question("not_happen", mechanism=basis.label(node.id)))
    return asked


def between(basis: Basis) -> list[Later]:
    """A link from doing straight to a result: how do people respond in between?"""
    return [Later("respond", d.nodes[0], d.nodes[1]) for d in basis.findings("missing-mechanism")]
