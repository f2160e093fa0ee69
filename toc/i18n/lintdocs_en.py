"""English documentation of the lint rules: what, why, example, instead and source, keyed by code."""

from toc.i18n import literal

MESSAGES: dict[str, str] = {
    # orphan-node
    "TOC101.what": "Flags an intervention, mechanism, outcome or other part of the theory that no link touches. Contexts are left to unused-declaration, because they may take part through 'when:' alone.",
    "TOC101.why": "A part without links plays no role in the theory. It is either a forgotten step, so that the diagram says less than the team thinks, or a leftover that makes the theory look richer than it is.",
    "TOC101.example": literal('''intervention visits "Home visits"
mechanism trust "Families trust the visitor"
outcome safety "Children are safer at home"
external school "Attention from the school"

visits -> trust -> safety'''),
    "TOC101.instead": literal('''intervention visits "Home visits"
mechanism trust "Families trust the visitor"
outcome safety "Children are safer at home"
external school "Attention from the school"

visits -> trust -> safety
school -> safety'''),
    "TOC101.source": "Davies (2012), criteria for the evaluability of a theory of change: a theory can only be tested when its parts are joined into explicit causal claims.",
    # dead-end-intervention
    "TOC102.what": "Flags an intervention or input from which no outcome or impact can be reached along the links.",
    "TOC102.why": "Work that leads nowhere in the theory is either missing its pathway to change, or it does not belong in this theory. Both are worth a conversation: funders and teams easily keep activities out of habit.",
    "TOC102.example": literal('''intervention meetings "Parent meetings"
intervention newsletter "Monthly newsletter"
output reach "Families reached by the newsletter"
mechanism peers "Parents learn from each other"
outcome efficacy "Parents' financial self-efficacy"

meetings -> peers -> efficacy
newsletter -> reach'''),
    "TOC102.instead": literal('''intervention meetings "Parent meetings"
intervention newsletter "Monthly newsletter"
output reach "Families reached by the newsletter"
mechanism peers "Parents learn from each other"
outcome efficacy "Parents' financial self-efficacy"

meetings -> peers -> efficacy
newsletter -> reach -> peers'''),
    "TOC102.source": "Funnell and Rogers (2011), Purposeful Program Theory: every activity should have a plausible causal pathway to the intended results.",
    # unreached-outcome
    "TOC103.what": "Flags an outcome or impact that no intervention or input leads to along the links.",
    "TOC103.why": "An outcome that nothing in the programme reaches is a wish, not part of a theory of change. Either a pathway is missing, or the outcome belongs to others and should be shown as their contribution.",
    "TOC103.example": literal('''intervention meetings "Parent meetings"
mechanism peers "Parents learn from each other"
outcome efficacy "Parents' financial self-efficacy" { horizon: short }
impact generations "Less poverty passed on between generations" { horizon: long }

meetings -> peers -> efficacy'''),
    "TOC103.instead": literal('''intervention meetings "Parent meetings"
mechanism peers "Parents learn from each other"
outcome efficacy "Parents' financial self-efficacy" { horizon: short }
impact generations "Less poverty passed on between generations" { horizon: long }

meetings -> peers -> efficacy
efficacy -> generations { delay: long }'''),
    "TOC103.source": "Davies (2012) on evaluability: results must be connected to the activities that are expected to cause them.",
    # unused-declaration
    "TOC104.what": "Flags a context, assumption, actor or value that is named in the theory but never used: no link, 'when:', 'assumes:', 'by:', 'for:', 'valued_by:', 'serves:' or counterfactual refers to it.",
    "TOC104.why": "A context that is named but not placed on a link says nothing about where the theory holds; an assumption not attached to a link cannot be tested; an actor who does and values nothing is decoration.",
    "TOC104.example": literal('''context scarcity "Structural shortage of money at home" { kind: hindering }
intervention practice "Practising with pocket money"
mechanism choosing "Children make their own choices"
outcome skills "Children's financial skills"

practice -> choosing -> skills'''),
    "TOC104.instead": literal('''context scarcity "Structural shortage of money at home" { kind: hindering }
intervention practice "Practising with pocket money"
mechanism choosing "Children make their own choices"
outcome skills "Children's financial skills"

practice -> choosing -> skills
scarcity -| choosing'''),
    "TOC104.source": "Realist evaluation (Pawson and Tilley, 1997): a context matters only through the mechanism it enables or blocks; Davies (2012): assumptions must be explicit and attached to the links they underpin.",
    # undeclared-loop
    "TOC105.what": "Flags a feedback loop (steps that lead back to where they started) none of whose links is marked with 'loop:'. The hint says whether the loop reads as reinforcing or balancing, from the direction of its arrows (-> or -|).",
    "TOC105.why": "Feedback is what makes practice iterative instead of linear: success breeds confidence, or a problem corrects itself. A loop that is not marked may be an accident of drawing; one that is marked tells the reader that the cycle is meant.",
    "TOC105.example": literal('''mechanism confidence "Parents feel confident"
outcome room "Parents give children more room"
outcome skills "Children's financial skills"

confidence -> room -> skills
skills -> confidence'''),
    "TOC105.instead": literal('''mechanism confidence "Parents feel confident"
outcome room "Parents give children more room"
outcome skills "Children's financial skills"

confidence -> room -> skills
skills -> confidence { loop: reinforcing }'''),
    "TOC105.source": "System dynamics (Sterman, 2000; Meadows, 2008): a loop's polarity is the product of its links' signs; Rogers (2008) on the recursive, emergent causality of complex programmes.",
    # loop-kind-mismatch
    "TOC106.what": "Flags a loop marked reinforcing whose links make it balancing, or the other way round. A loop with an odd number of reducing links (-|) is balancing; with none or an even number, reinforcing.",
    "TOC106.why": "Whether a loop reinforces or balances decides what the theory predicts: a vicious or virtuous circle that grows, or a system that returns to where it was. A wrong label misleads the reader about the dynamics.",
    "TOC106.example": literal('''outcome debt "Debt of the household"
mechanism stress "Stress about money"
outcome overview "Overview of the household's finances"

debt -> stress -| overview
overview -| debt { loop: balancing }'''),
    "TOC106.instead": literal('''outcome debt "Debt of the household"
mechanism stress "Stress about money"
outcome overview "Overview of the household's finances"

debt -> stress -| overview
overview -| debt { loop: reinforcing }'''),
    "TOC106.source": "System dynamics (Sterman, 2000; Meadows, 2008): the polarity of a feedback loop follows from the signs of its links.",
    # linear-chain
    "TOC201.what": "Flags a theory, or a connected part of it, that is one straight chain: every step has at most one cause and one effect, with no branches and no loops.",
    "TOC201.why": "The classic results chain (input, activity, output, outcome, impact) suggests that change runs in a straight line. In social work it rarely does: there are several pathways, other contributors, hindering circumstances and feedback. A straight chain hides them.",
    "TOC201.example": literal('''intervention matching "Offer job matching"
output placements "Refugees matched to vacancies"
outcome employment "Refugees are employed"

matching -> placements -> employment'''),
    "TOC201.instead": literal('''intervention matching "Offer job matching"
intervention guarantee "Income guarantee during probation"
output placements "Refugees matched to vacancies"
mechanism safety "Refugees feel safe to try paid work"
outcome employment "Refugees are employed"

matching -> placements -> employment
guarantee -> safety -> employment'''),
    "TOC201.source": "Rogers (2008), complicated and complex programme theory: multiple causal strands and recursive causality; the critique of the linear logic model in Dutch impact-oriented social work.",
    # logframe-staging
    "TOC202.what": "Flags a theory whose interventions reach outcomes or impacts while it names no mechanism at all: input and activity, then output, outcome and impact, with nothing about how people respond.",
    "TOC202.why": "A logframe counts what is delivered and hopes for what changes; the step in between is a black box. Without mechanisms nobody can say why the programme works, for whom, or what to adjust when it does not.",
    "TOC202.example": literal('''input budget "Budget for job coaches"
intervention matching "Offer job matching"
output placements "Refugees matched to vacancies"
outcome employment "Refugees are employed"

budget -> matching -> placements -> employment'''),
    "TOC202.instead": literal('''input budget "Budget for job coaches"
intervention matching "Offer job matching"
output placements "Refugees matched to vacancies"
mechanism fit "The work fits their skills and ambitions"
outcome employment "Refugees are employed"

budget -> matching -> placements -> fit -> employment'''),
    "TOC202.source": "Realist evaluation's context, mechanism, outcome configurations (Pawson and Tilley, 1997) and the CAIMeR model (context, actors, intervention, mechanisms, results); the 'missing middle' of logic models (Funnell and Rogers, 2011).",
    # miracle-leap
    "TOC203.what": "Flags a link from an intervention, input or output straight to an impact, or to an outcome expected in the medium or long term.",
    "TOC203.why": "Going from 'we offer job matching' to 'refugees are financially independent' in one arrow skips everything that has to happen in between. That step is where programmes fail, and where an evaluation should look first.",
    "TOC203.example": literal('''intervention matching "Offer job matching"
impact independence "Refugees are financially independent" { horizon: long }

matching -> independence'''),
    "TOC203.instead": literal('''intervention matching "Offer job matching"
mechanism fit "The work fits their skills and ambitions"
outcome employment "Refugees keep paid work" { horizon: medium }
impact independence "Refugees are financially independent" { horizon: long }

matching -> fit -> employment -> independence'''),
    "TOC203.source": "The 'miracle step' or 'missing middle' of theories of change (Funnell and Rogers, 2011); Davies (2012): long causal leaps make a theory hard to evaluate.",
    # single-pathway
    "TOC204.what": "Flags an impact that the programme reaches along exactly one route: if any step on that route falls away, nothing leads to the impact any more. A feedback loop on the way counts as more than one route. The check stays quick however many routes a large theory has.",
    "TOC204.why": "Real change has several pathways, and a theory with one route to its impact bets everything on it. Asking for other routes brings out the other interventions, people and mechanisms that also contribute.",
    "TOC204.example": literal('''intervention visits "Home visits"
mechanism heard "The older person feels heard"
outcome help "Help arrives on time" { horizon: short }
impact home "Older people live at home longer" { horizon: long }

visits -> heard -> help -> home'''),
    "TOC204.instead": literal('''intervention visits "Home visits"
intervention consultation "Weekly consultation of GP, nurse and social worker"
mechanism heard "The older person feels heard"
mechanism early "Signals are seen earlier"
outcome help "Help arrives on time" { horizon: short }
impact home "Older people live at home longer" { horizon: long }

visits -> heard -> help -> home
consultation -> early -> help'''),
    "TOC204.source": "Rogers (2008): complicated programmes have multiple causal strands, complex ones emergent pathways; contribution analysis (Mayne, 2008) asks which pathways explain an observed change.",
    # sole-attribution
    "TOC205.what": "Flags an impact whose only causes are the programme's own interventions: no external factor leads to it and no counterfactual names other contributors for it.",
    "TOC205.why": "Social change is rarely caused by one programme. Claiming the whole effect overstates what the programme did; showing the others who also contribute claims a contribution, which is both more honest and more convincing.",
    "TOC205.example": literal('''intervention visits "Home visits"
mechanism heard "The older person feels heard"
impact home "Older people live at home longer"

visits -> heard -> home'''),
    "TOC205.instead": literal('''intervention visits "Home visits"
mechanism heard "The older person feels heard"
external daycare "Day care and the community centre"
impact home "Older people live at home longer"

visits -> heard -> home
daycare -> home'''),
    "TOC205.source": "SROI's attribution (the share of change owed to others; SROI Guide, 2012) and contribution analysis (Mayne, 2008); the critique, in Dutch impact-oriented social work, of programmes that claim the whole effect.",
    # transitivity-trap
    "TOC206.what": "Flags a chain a -> b -> c whose first link holds under some contexts ('when:') and whose second link holds under others, with no context in common. It is a note (info), not a warning: toc cannot tell whether two contexts occur together, so the finding asks.",
    "TOC206.why": "If a -> b is true for people in a tight labour market and b -> c for people under strict benefit rules, the chain a -> b -> c holds only for people who meet both. Often they do, and then the theory should say so; if they do not, chaining the claims creates a conclusion no one observed.",
    "TOC206.example": literal('''context tight "Tight labour market" { kind: enabling }
context rules "Benefit rules that punish trying work" { kind: hindering }
intervention matching "Offer job matching"
outcome tries "Refugees try paid work"
effect debts "Debts when benefits stop too early" { unintended negative }

matching -> tries { when: tight }
tries -> debts { when: rules }'''),
    "TOC206.instead": literal('''context tight "Tight labour market" { kind: enabling }
context rules "Benefit rules that punish trying work" { kind: hindering }
intervention matching "Offer job matching"
outcome tries "Refugees try paid work"
effect debts "Debts when benefits stop too early" { unintended negative }

matching -> tries { when: tight }
tries -> debts { when: tight, rules }'''),
    "TOC206.source": "The transitivity trap in causal mapping (Causal Map; Powell and others): a -> b and b -> c from different sources or contexts do not make a -> c.",
    # missing-counterfactual
    "TOC301.what": "Flags an impact, or an outcome expected in the medium or long term, that no counterfactual covers, when the theory has no counterfactual for the whole either.",
    "TOC301.why": "Impact is the change on top of what would have happened anyway. Without a word on that, every improvement is credited to the programme, including what people would have achieved on their own.",
    "TOC301.example": literal('''intervention meetings "Parent meetings"
mechanism peers "Parents learn from each other"
outcome efficacy "Parents' financial self-efficacy" { horizon: medium }

meetings -> peers -> efficacy'''),
    "TOC301.instead": literal('''intervention meetings "Parent meetings"
mechanism peers "Parents learn from each other"
outcome efficacy "Parents' financial self-efficacy" { horizon: medium }

meetings -> peers -> efficacy

counterfactual efficacy {
  "Some parents would gain confidence through debt counselling anyway."
  deadweight: 15%
}'''),
    "TOC301.source": "SROI's deadweight (SROI Guide, 2012); the working definition of impact in Dutch social work: change on top of and alongside what would have happened anyway.",
    # counterfactual-zero
    "TOC302.what": "Flags a counterfactual that states 0% deadweight and 0% attribution, or states one of them as 0% and leaves the other out.",
    "TOC302.why": "Zero deadweight and zero attribution claim that nothing would have changed without the programme and that nobody else helped. That is almost never true, and a reviewer will doubt the rest of the numbers because of it.",
    "TOC302.example": literal('''outcome employment "Refugees keep paid work" { horizon: medium }

counterfactual employment {
  "Without the programme nobody would have found work."
  deadweight: 0%
  attribution: 0%
}'''),
    "TOC302.instead": literal('''outcome employment "Refugees keep paid work" { horizon: medium }

counterfactual employment {
  "Some would find work through their own network or volunteers."
  deadweight: 25%
  attribution: 40%
}'''),
    "TOC302.source": "SROI's deadweight and attribution (SROI Guide, 2012), which exist precisely to keep claims of impact from crediting everything to one programme.",
    # no-unintended-effects
    "TOC401.what": "Flags a theory that names no unintended result.",
    "TOC401.why": "Impact includes unintended effects, good and bad. A theory that only lists what was planned cannot notice what else happened, and those side effects are often what participants remember most.",
    "TOC401.example": literal('''intervention visits "Home visits"
mechanism heard "The older person feels heard"
outcome help "Help arrives on time"

visits -> heard -> help'''),
    "TOC401.instead": literal('''intervention visits "Home visits"
mechanism heard "The older person feels heard"
outcome help "Help arrives on time"
effect reliance "Leaning on professionals more than on family" { unintended negative }

visits -> heard -> help
visits -> reliance'''),
    "TOC401.source": "The working definition of impact in Dutch social work (intended and unintended effects); Bamberger, Tarsilla and Hesse-Biber (2016) on why evaluations miss unintended outcomes.",
    # no-negative-effects
    "TOC402.what": "Flags a theory that names no negative result and no link that reduces or hinders (written with -|).",
    "TOC402.why": "Every intervention can also make things worse for someone: a painful story told again, debts when a benefit stops, other clients who wait longer. A theory with only good news is not yet honest about its risks.",
    "TOC402.example": literal('''intervention meetings "Series of meetings on poverty"
outcome belong "Residents feel they belong"
effect friendships "New friendships between residents" { unintended positive }

meetings -> belong
meetings -> friendships'''),
    "TOC402.instead": literal('''intervention meetings "Series of meetings on poverty"
outcome belong "Residents feel they belong"
effect friendships "New friendships between residents" { unintended positive }
effect burden "Telling the story again is painful" { unintended negative }

meetings -> belong
meetings -> friendships
meetings -> burden'''),
    "TOC402.source": "The working definition of impact in Dutch social work (positive and negative effects); the 'do no harm' principle in evaluation.",
    # effect-without-polarity
    "TOC403.what": "Flags an effect that does not say whether it is intended or unintended, or whether it is positive or negative.",
    "TOC403.why": "An effect is weighed differently when it was planned or came as a surprise, and when it helps or harms. Leaving it open lets readers assume the most convenient reading.",
    "TOC403.example": literal('''intervention meetings "Series of meetings on poverty"
effect burden "Telling the story again is painful"

meetings -> burden'''),
    "TOC403.instead": literal('''intervention meetings "Series of meetings on poverty"
effect burden "Telling the story again is painful" { unintended negative }

meetings -> burden'''),
    "TOC403.source": "The working definition of impact in Dutch social work, which names each pair: positive and negative, intended and unintended, direct and indirect.",
    # context-free-mechanism
    "TOC501.what": "Flags a linked mechanism with no context: no link into or out of it has 'when:', and no context is linked to it.",
    "TOC501.why": "A mechanism is how people respond to what is offered, and people respond differently in different circumstances. A mechanism without context claims to work for everyone, everywhere.",
    "TOC501.example": literal('''intervention meetings "Group meetings"
mechanism peers "Parents learn from each other"
outcome efficacy "Parents' financial self-efficacy"

meetings -> peers -> efficacy'''),
    "TOC501.instead": literal('''context trust "Trust in the project team" { kind: enabling }
intervention meetings "Group meetings"
mechanism peers "Parents learn from each other"
outcome efficacy "Parents' financial self-efficacy"

meetings -> peers -> efficacy { when: trust }'''),
    "TOC501.source": "Realist evaluation (Pawson and Tilley, 1997): context + mechanism = outcome; what works, for whom, in what circumstances.",
    # context-free-theory
    "TOC502.what": "Flags a theory with links that names no context at all.",
    "TOC502.why": "Without contexts a theory cannot say for whom and under which circumstances it works. Hindering circumstances, such as benefit rules that make paid work risky, are exactly what a linear plan misses.",
    "TOC502.example": literal('''intervention meetings "Group meetings"
mechanism peers "Parents learn from each other"
outcome efficacy "Parents' financial self-efficacy"

meetings -> peers -> efficacy'''),
    "TOC502.instead": literal('''context trust "Trust in the project team" { kind: enabling }
intervention meetings "Group meetings"
mechanism peers "Parents learn from each other"
outcome efficacy "Parents' financial self-efficacy"

meetings -> peers -> efficacy { when: trust }'''),
    "TOC502.source": "Realist evaluation (Pawson and Tilley, 1997) and the CAIMeR model (context, actors, intervention, mechanisms, results).",
    # missing-mechanism
    "TOC503.what": "Flags a link from an intervention, input or output straight to an outcome or impact, when no mechanism comes before it.",
    "TOC503.why": "The arrow from doing to changing is where the theory should explain itself: do people feel safe, learn from each other, dare to ask? Without a mechanism, the link says that it works but not how.",
    "TOC503.example": literal('''intervention meetings "Group meetings"
outcome efficacy "Parents' financial self-efficacy"

meetings -> efficacy'''),
    "TOC503.instead": literal('''intervention meetings "Group meetings"
mechanism peers "Parents learn from each other"
outcome efficacy "Parents' financial self-efficacy"

meetings -> peers -> efficacy'''),
    "TOC503.source": "Realist evaluation's mechanisms (Pawson and Tilley, 1997); the 'missing middle' between activities and outcomes (Funnell and Rogers, 2011).",
    # single-perspective
    "TOC601.what": "Flags a theory in which every outcome and impact is valued by the same single actor, or in which no outcome says who values it.",
    "TOC601.why": "Who decides what counts as impact? A theory that lists only the funder's goals hides those of residents and professionals. Disagreement between stakeholders is information, not noise.",
    "TOC601.example": literal('''actor city "Municipality" { role: funder }
outcome employment "Refugees keep paid work" { valued_by: city }
outcome costs "Lower spending on benefits" { valued_by: city }'''),
    "TOC601.instead": literal('''actor city "Municipality" { role: funder }
actor refugees "Refugees with a residence permit" { role: participant }
outcome employment "Refugees keep paid work" { valued_by: refugees, city }
outcome costs "Lower spending on benefits" { valued_by: city }'''),
    "TOC601.source": "Davies (2012) on whose theory of change it is; the question 'whose goals?' and the attention to power in Dutch impact-oriented social work.",
    # participants-without-voice
    "TOC602.what": "Flags an actor with the role participant who values none of the results.",
    "TOC602.why": "The people the programme is for should be able to say what a good result is for them. If they appear only as the object of interventions, their perspective is missing from what counts as success.",
    "TOC602.example": literal('''actor residents "Residents with experience of poverty" { role: participant }
actor officers "Policy officers" { role: policymaker }
intervention meetings "Series of meetings" { by: residents, officers }
outcome agenda "Poverty is on the policy agenda" { valued_by: officers }'''),
    "TOC602.instead": literal('''actor residents "Residents with experience of poverty" { role: participant }
actor officers "Policy officers" { role: policymaker }
intervention meetings "Series of meetings" { by: residents, officers }
outcome agenda "Poverty is on the policy agenda" { valued_by: officers, residents }'''),
    "TOC602.source": "Participatory and empowerment evaluation (Fetterman, 2001); co-creation from shared values (equality, reciprocity, awareness of power) in Dutch social work.",
    # efficiency-only
    "TOC701.what": "Flags a theory in which the outcomes and impacts that name a track are all on efficiency: nothing is on meaning or craftsmanship. A theory that names no track at all is left to no-tracks.",
    "TOC701.why": "Accountability has three tracks: efficiency (were policy goals met, was money well spent), meaning (what the work means to the people involved) and craftsmanship (professionals learning to do the right things well). Almost all attention goes to the first; a theory on that track alone cannot show the other two.",
    "TOC701.example": literal('''outcome employment "Refugees keep paid work" { track: efficiency }
impact costs "Lower spending on benefits" { track: efficiency }'''),
    "TOC701.instead": literal('''outcome employment "Refugees keep paid work" { track: efficiency }
outcome tries "Refugees dare to try paid work" { track: meaning }
impact costs "Lower spending on benefits" { track: efficiency }'''),
    "TOC701.source": "The three tracks of accountability (efficiency, meaning, craftsmanship) from Dutch impact-oriented social work, which argues for a switch of tracks.",
    # no-tracks
    "TOC702.what": "Flags a theory in which no outcome or impact says on which track of accountability it counts: efficiency, meaning or craftsmanship.",
    "TOC702.why": "The tracks make visible what a theory is accountable for. Without them a reader cannot see whether the theory speaks only of policy goals and money, or also of what the work means to people and what professionals learn. It is a note (info): the tracks are a way of looking that a theory may not use yet.",
    "TOC702.example": literal('''outcome employment "Refugees keep paid work"
impact costs "Lower spending on benefits"'''),
    "TOC702.instead": literal('''outcome employment "Refugees keep paid work" { track: meaning }
impact costs "Lower spending on benefits" { track: efficiency }'''),
    "TOC702.source": "The three tracks of accountability (efficiency, meaning, craftsmanship) from Dutch impact-oriented social work.",
    # untested-critical-assumption
    "TOC801.what": "Flags a high-risk assumption with 'evidence: untested' on a link that every route from the programme to an impact passes through. The check finds such links without listing every route, so it stays quick on large theories.",
    "TOC801.why": "If the whole theory rests on one link, and that link rests on an untested assumption that is likely to fail, that assumption is the first thing to test. This is where learning should start.",
    "TOC801.example": literal('''assumption quick "The guarantee is paid before debts arise" { risk: high  evidence: untested }
intervention guarantee "Income guarantee during probation"
mechanism safety "Refugees feel safe to try paid work"
impact independence "Refugees are financially independent"

guarantee -> safety { assumes: quick }
safety -> independence'''),
    "TOC801.instead": literal('''assumption quick "The guarantee is paid before debts arise" { risk: high  evidence: untested }
intervention guarantee "Income guarantee during probation"
intervention matching "Job matching with employers"
mechanism safety "Refugees feel safe to try paid work"
mechanism fit "The work fits their skills and ambitions"
impact independence "Refugees are financially independent"

guarantee -> safety { assumes: quick }
safety -> independence
matching -> fit -> independence'''),
    "TOC801.source": "Weiss (1995) on theory-based evaluation: test the assumptions the theory most depends on; Davies (2012): assumptions should be explicit and their evidence known.",
    # implicit-link
    "TOC802.what": "Flags a link into an outcome or impact that has no assumption ('assumes:'), no strength of evidence ('evidence:') and no source ('source:').",
    "TOC802.why": "Each arrow into a result is a claim. Saying why you expect it, and how sure you are, lets others check the claim and tells the team what to learn about next.",
    "TOC802.example": literal('''mechanism peers "Parents learn from each other"
outcome efficacy "Parents' financial self-efficacy"

peers -> efficacy'''),
    "TOC802.instead": literal('''mechanism peers "Parents learn from each other"
outcome efficacy "Parents' financial self-efficacy"

peers -> efficacy { evidence: moderate  source: "evaluation of the first year" }'''),
    "TOC802.source": "Davies (2012) on evaluability: explicit assumptions and the evidence behind each causal link.",
    # numbers-only
    "TOC803.what": "Flags a theory whose indicators are all numbers.",
    "TOC803.why": "Numbers say how much, not what it means. Counting and telling belong together: case stories show what the change means to the people involved, and why the numbers moved.",
    "TOC803.example": literal('''outcome skills "Children's financial skills" {
  indicator "Financial self-reliance score" { kind: number }
}'''),
    "TOC803.instead": literal('''outcome skills "Children's financial skills" {
  indicator "Financial self-reliance score" { kind: number }
  indicator "Children compare prices before buying" { kind: story }
}'''),
    "TOC803.source": "Counting and telling in Dutch social work: effect calculators that combine case stories with the costs of support; the meaning track of accountability.",
    # stories-only
    "TOC804.what": "Flags a theory whose indicators are all stories.",
    "TOC804.why": "Stories show what change means, but without anything counted a reader cannot see how often it happens or whether it grows. Counting and telling belong together.",
    "TOC804.example": literal('''outcome skills "Children's financial skills" {
  indicator "Children compare prices before buying" { kind: story }
}'''),
    "TOC804.instead": literal('''outcome skills "Children's financial skills" {
  indicator "Children compare prices before buying" { kind: story }
  indicator "Financial self-reliance score" { kind: number  baseline: 2.1  target: 3.0 }
}'''),
    "TOC804.source": "Counting and telling in Dutch social work: effect calculators that combine case stories with the costs of support.",
    # outcome-without-indicator
    "TOC805.what": "Flags an outcome or impact without any indicator.",
    "TOC805.why": "A result nobody could observe cannot be learned from. An indicator, counted or told, is how a team will notice that the change happened, or did not.",
    "TOC805.example": literal('''outcome skills "Children's financial skills"'''),
    "TOC805.instead": literal('''outcome skills "Children's financial skills" {
  indicator "Children compare prices before buying" { kind: story }
}'''),
    "TOC805.source": "Davies (2012) on evaluability: outcomes should be observable; the results framework of theories of change (Taplin and Clark, 2012).",
}
