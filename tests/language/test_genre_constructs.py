"""What real plans need: indicators where logframes put them, assumptions on elements and the
theory, groups, results as conditions, an aim to reduce, link confidence, the theory's own source."""

from __future__ import annotations

import pytest

from tests.conftest import codes, load_text
from toc.model import Group, Reference


def loaded_ok(text: str):
    loaded = load_text(text)
    assert loaded.ok, [d.message for d in loaded.diagnostics]
    return loaded


def test_indicators_on_activities_and_outputs_with_their_logframe_columns() -> None:
    theory = loaded_ok('''
actor officer "M&E officer"
activity train "Train volunteers" {
  indicator "Volunteers trained" {
    kind: number  baseline: unknown  target: 40  unit: "volunteers"
    verification: "attendance lists"  timing: "monthly"  by: officer
    description: "Counted per training round"
  }
}
output sessions "Sessions held" { indicator "Share held as planned" { baseline: 20%  target: 90% } }
''').theory
    trained = theory.node("train").indicators[0]
    assert (trained.baseline, trained.target, trained.unit) == ("unknown", 40.0, "volunteers")
    assert (trained.source, trained.timing, trained.by) == ("attendance lists", "monthly", ["officer"])
    assert trained.description == "Counted per training round"
    share = theory.node("sessions").indicators[0]
    assert (share.baseline, share.target, share.unit) == (20.0, 90.0, "%")


def test_dutch_spellings_of_the_indicator_columns() -> None:
    theory = loaded_ok('''
actor team "Team"
prestatie bijeenkomsten "Bijeenkomsten" {
  indicator "Aandeel" { nulmeting: onbekend  streefwaarde: 80%  verificatie: "presentielijsten"
                        meetmoment: "per kwartaal"  door: team  eenheid: "procent" }
}
''').theory
    share = theory.node("bijeenkomsten").indicators[0]
    assert (share.baseline, share.target, share.unit) == ("unknown", 80.0, "procent")
    assert (share.source, share.timing, share.by) == ("presentielijsten", "per kwartaal", ["team"])


@pytest.mark.parametrize("text, code", [
    ('output o "O" { indicator "I" { baseline: 20%  unit: "households" } }', "E123"),
    ('output o "O" { indicator "I" { target: lots } }', "E118"),
    ('context c "C" { indicator "I" }', "E113"),
    ('mechanism m "M" { indicator "I" }', "E113"),
])
def test_indicator_mistakes(text: str, code: str) -> None:
    assert codes(load_text(text)) == [code]


def test_the_misplaced_indicator_says_where_indicators_go() -> None:
    (diagnostic,) = load_text('context c "C" { indicator "I" }').diagnostics
    assert "an intervention" in diagnostic.hint and "an output" in diagnostic.hint
    (dutch,) = load_text('context c "C" { indicator "I" }', lang="nl").diagnostics
    assert "een prestatie" in dutch.hint


def test_assumptions_on_elements_and_on_the_whole_theory_with_unrated() -> None:
    theory = loaded_ok('''
theory "T" { assumes: funding }
assumption funding "Funding continues" { risk: unrated  evidence: unrated }
assumption staff "Staff stay" { risico: onbeoordeeld }
activity visits "Home visits" { assumes: staff }
output visited "Families visited" { assumes: staff, funding }
outcome calm "Calmer homes" { veronderstelt: staff }
visits -> visited -> calm { evidence: unrated }
''').theory
    assert theory.assumes == ["funding"]
    assert theory.node("visits").assumes == ["staff"]
    assert theory.node("visited").assumes == ["staff", "funding"]
    assert theory.node("calm").assumes == ["staff"]
    assert (theory.node("funding").risk, theory.node("funding").evidence) == ("unrated", "unrated")
    assert theory.node("staff").risk == "unrated"
    assert theory.links[0].evidence == "unrated"


def test_assumes_where_it_does_not_belong_says_where_it_does() -> None:
    (diagnostic,) = load_text('assumption a "A"\nactor team "Team" { assumes: a }').diagnostics
    assert diagnostic.code == "E105"
    assert "link" in diagnostic.hint and "header" in diagnostic.hint


def test_groups_nest_and_claim_no_cause() -> None:
    theory = loaded_ok('''
output flyer "Flyer"
output poster "Poster"
outcome reach "Reach"
group materials "Materials" { members: flyer, poster  description: "Made in month 1" }
groep alles "Alles" { leden: materials, reach }
flyer -> reach
''').theory
    assert theory.groups == [
        Group(id="materials", label="Materials", description="Made in month 1", members=["flyer", "poster"]),
        Group(id="alles", label="Alles", members=["materials", "reach"]),
    ]
    assert theory.group_of("flyer").id == "materials"
    assert theory.group_of("materials").id == "alles"
    assert theory.group_of("reach").id == "alles"
    assert [n.id for n in theory.nodes] == ["flyer", "poster", "reach"]  # a group is not a node


@pytest.mark.parametrize("text, code", [
    ('output a "A"\ngroup g "G" { members: a }\ngroup h "H" { members: a }', "E125"),
    ('output a "A"\ngroup g "G" { members: h }\ngroup h "H" { members: g }', "E126"),
    ('output a "A"\noutcome b "B"\ngroup g "G" { members: a }\ng -> b', "E115"),
    ('output a "A"\noutcome b "B"\ngroup g "G" { members: a }\na -> b { when: g }', "E104"),
    ('group g "G" { members: nothing }', "E102"),
    ('output a "A"\ngroup a "A again"', "E103"),
])
def test_group_mistakes(text: str, code: str) -> None:
    assert code in codes(load_text(text))


def test_a_result_can_condition_a_later_link_and_links_say_for_whom() -> None:
    theory = loaded_ok('''
actor young "Young people"
intervention coaching "Coaching"
mechanism confidence "Feeling capable" { for: young }
outcome trust "Trust in the coach"
outcome applying "Applying for jobs"
external market "Open vacancies"
coaching -> trust
coaching -> confidence -> applying { when: trust, market  for: young }
''').theory
    conditioned = [link for link in theory.links if link.when]
    assert [link.when for link in conditioned] == [["trust", "market"]] * 2
    assert conditioned[0].for_actors == ["young"]


def test_an_aim_to_reduce() -> None:
    theory = loaded_ok('''
outcome waiting "Waiting lists" { aim: less }
uitkomst coping "Schadelijke coping" { streven: afname }
outcome work "Paid work" { aim: more }
''').theory
    assert [n.aim for n in theory.nodes] == ["less", "less", "more"]
    assert theory.node("waiting").intended and theory.node("waiting").positive


def test_link_confidence_as_a_percentage_or_in_the_sources_words() -> None:
    theory = loaded_ok('''
output a "A"
outcome b "B"
outcome c "C"
a -> b { confidence: 35% }
b -> c { vertrouwen: "may increase" }
a -> c { confidence: 70 }
''').theory
    assert [(link.confidence, link.confidence_wording) for link in theory.links] == [
        (35.0, None), (None, "may increase"), (70.0, None)]


@pytest.mark.parametrize("text, percent", [
    ('outcome a "A"\ncounterfactual a { deadweight: 0.3 }', "30%"),
    ('output a "A"\noutcome b "B"\na -> b { confidence: 0.05 }', "5%"),
])
def test_a_fraction_where_a_percentage_belongs(text: str, percent: str) -> None:
    (diagnostic,) = load_text(text).diagnostics
    assert diagnostic.code == "E124" and percent in diagnostic.hint


def test_whole_numbers_without_percent_sign_stay_percentages() -> None:
    theory = loaded_ok('outcome a "A"\ncounterfactual a { deadweight: 20  attribution: 1 }').theory
    assert (theory.counterfactuals[0].deadweight, theory.counterfactuals[0].attribution) == (20.0, 1.0)


def test_the_theory_says_where_it_comes_from() -> None:
    theory = loaded_ok('theorie "Bevindingen" { bron: "Evaluatie 2023"  bewijs: matig }').theory
    assert (theory.source, theory.evidence) == ("Evaluatie 2023", "moderate")


def test_references_list_every_place_one_part_names_another() -> None:
    theory = loaded_ok('''
theory "T" { assumes: funding }
actor team "Team"
assumption funding "Funding"
intervention visits "Visits" { by: team  indicator "Visits made" { by: team } }
outcome calm "Calm" { assumes: funding }
context trust "Trust"
visits -> calm { when: trust  for: team }
group all "All" { members: visits, calm }
''').theory
    found = set(theory.references())
    assert {Reference("", "assumes", "funding"), Reference("visits", "by", "team"),
            Reference("visits", "indicator.by", "team"), Reference("calm", "assumes", "funding"),
            Reference("visits->calm", "when", "trust"), Reference("visits->calm", "for_actors", "team"),
            Reference("all", "members", "visits")} <= found


def test_every_existing_form_keeps_its_meaning() -> None:
    """Indicators on results, assumptions on links, contexts under when: as before."""
    theory = loaded_ok('''
context trust "Trust"
assumption weekly "Weekly"
intervention practice "Practice"
outcome skills "Skills" { indicator "Score" { kind: number  baseline: 2.1  target: 3.0 } }
practice -> skills { when: trust  assumes: weekly  evidence: moderate }
''').theory
    indicator = theory.node("skills").indicators[0]
    assert (indicator.baseline, indicator.target, indicator.unit) == (2.1, 3.0, None)
    assert theory.links[0].when == ["trust"] and theory.links[0].assumes == ["weekly"]
