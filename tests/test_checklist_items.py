"""Checklist items open and close with the model, and their questions name the right nodes."""

from __future__ import annotations

import pytest

from tests.conftest import load_text
from toc import i18n
from toc.checklist import TOPICS, assemble, make_checklist, rule_names
from toc.checklist.markdown import sentence
from toc.lint import RULES

# A small theory that is deliberately poor on several points at once.
LINEAR = """\
theory "Homework club" { lang: en }
actor city "Municipality" { role: funder }
actor pupils "Pupils" { role: participant }
intervention club "Homework club" { by: city }
output sessions "Sessions held"
outcome grades "Better grades" { horizon: medium  valued_by: city  track: efficiency }
impact future "Better future prospects" { horizon: long  valued_by: city  track: efficiency }
club -> sessions -> grades -> future
"""


def point(text: str, key: str, lang: str = "en"):
    made = assemble(load_text(text), "t.toc")
    return next(p for p in made.points if p.key == key)


def asked(text: str, key: str, lang: str = "en") -> list[str]:
    return [sentence(q, lang) for q in point(text, key).questions]


def test_every_rule_the_checklist_names_exists_in_the_lint_catalogue() -> None:
    known = {rule.name for rule in RULES}
    missing = [name for name in rule_names() if name not in known]
    assert missing == [], f"the checklist refers to rules toc lint does not have: {missing}"


def test_every_lint_rule_has_a_place_in_the_checklist_or_is_left_out_on_purpose() -> None:
    # loop-kind-mismatch is a detail of how a loop is marked, for the author, not for a meeting.
    left_out = {"loop-kind-mismatch"}
    unplaced = {rule.name for rule in RULES} - set(rule_names()) - left_out
    assert unplaced == set(), f"new lint rules without a checklist item: {sorted(unplaced)}"


def test_items_and_themes_have_titles_in_both_languages() -> None:
    for topic in TOPICS:
        assert i18n.has(f"checklist.theme.{topic.key}")
        for item in topic.items:
            for lang in ("en", "nl"):
                assert f"checklist.item.{item.key}" in i18n.catalogue(lang)


def test_checklist_texts_agree_between_languages() -> None:
    english = {k: v for k, v in i18n.catalogue("en").items() if k.startswith("checklist.")}
    dutch = {k: v for k, v in i18n.catalogue("nl").items() if k.startswith("checklist.")}
    assert english.keys() == dutch.keys()
    for key, template in english.items():
        assert i18n.placeholders(template) == i18n.placeholders(dutch[key]), key
        assert template != dutch[key] or "`" in template, f"{key} is not translated"


def test_adding_a_counterfactual_closes_the_counterfactual_item() -> None:
    before = point(LINEAR, "counterfactual")
    assert before.open
    assert before.nodes == ("Better grades", "Better future prospects")
    assert "What would have happened to this without the programme: *Better future prospects*?" in \
        asked(LINEAR, "counterfactual")
    after_text = LINEAR + 'counterfactual future, grades { "Some pupils improve anyway."  deadweight: 30% }\n'
    after = point(after_text, "counterfactual")
    assert not after.open and after.nodes == ()
    assert asked(after_text, "counterfactual") == [
        "The estimate for *Better future prospects* and *Better grades* is: 30% would have "
        "happened anyway. How was it made, and do participants and partners recognise it?"]


def test_a_zero_counterfactual_opens_the_credit_item_and_is_asked_about() -> None:
    text = LINEAR + 'counterfactual future { "Nothing." deadweight: 0%  attribution: 0% }\n'
    assert point(text, "credit").open
    assert asked(text, "credit") == [
        "The estimate for *Better future prospects* is 0%: would none of it have come about "
        "without the programme, and does really nobody else contribute?"]
    assert not point(LINEAR, "credit").open


def test_a_mechanism_between_doing_and_changing_closes_the_black_box_items() -> None:
    assert point(LINEAR, "steps").open and point(LINEAR, "between").open
    assert asked(LINEAR, "between") == [
        "The step *Sessions held* → *Better grades*: what do people feel, learn or start doing "
        "that makes the second follow from the first?"]
    richer = LINEAR.replace("club -> sessions -> grades -> future",
                            'mechanism belief "Pupils believe they can learn" { for: pupils }\n'
                            "club -> sessions -> belief -> grades -> future")
    assert not point(richer, "between").open
    assert asked(richer, "mechanisms") == [
        "Under which circumstances does this not happen for *Pupils*: *Pupils believe they can learn*?"]


def test_single_perspective_names_the_only_actor_and_asks_who_else() -> None:
    voices = point(LINEAR, "voices")
    assert voices.open and voices.nodes == ("Municipality",)
    assert asked(LINEAR, "voices") == ["Who besides *Municipality* values this: *Better grades*?",
                                       "Who besides *Municipality* values this: *Better future prospects*?"]
    shared = LINEAR.replace("valued_by: city  track: efficiency }\nimpact",
                            "valued_by: city, pupils  track: efficiency }\nimpact")
    assert asked(shared, "voices")[0] == (
        "Do *Municipality* and *Pupils* mean the same by this, "
        "and would they agree on when it has been reached: *Better grades*?")


def test_participants_without_voice_are_asked_what_a_good_result_would_be() -> None:
    assert point(LINEAR, "participants").nodes == ("Pupils",)
    assert asked(LINEAR, "participants", "en") == [
        "What would be a good result for *Pupils*, in their own words?"]


def test_a_hindering_context_and_an_unintended_effect_close_the_effect_and_context_items() -> None:
    for key in ("unintended", "negative", "contexts"):
        assert point(LINEAR, key).open, key
    assert asked(LINEAR, "unintended") == [
        "Which unintended or negative effects could this have, and for whom: *Homework club*?"]
    assert asked(LINEAR, "contexts") == [
        "For whom and in which situations does this work less well: *Homework club*?"]
    richer = LINEAR + ('context noisy "No quiet place at home" { kind: hindering }\n'
                       'effect stigma "Being seen as a weak pupil" { unintended negative }\n'
                       "noisy -| grades\nclub -> stigma\n")
    for key in ("unintended", "negative", "contexts"):
        assert not point(richer, key).open, key
    assert asked(richer, "unintended") == []
    assert asked(richer, "negative") == [
        "Who is harmed when this happens, and what does the programme do then: *Being seen as a weak pupil*?"]
    assert asked(richer, "contexts") == ["How does the programme deal with this: *No quiet place at home*?"]


def test_implicit_links_ask_for_evidence_in_the_direction_of_the_link() -> None:
    text = LINEAR + 'context noisy "No quiet place at home" { kind: hindering }\nnoisy -| grades\n'
    questions = asked(text, "evidence")
    assert "What evidence is there for this step: *Sessions held* → *Better grades*?" in questions
    assert ("What evidence is there that the first holds back the second: "
            "*No quiet place at home* → *Better grades*?") in questions
    supported = text.replace("club -> sessions -> grades -> future",
                             "club -> sessions -> grades -> future { evidence: moderate }")
    assert "What evidence is there for this step: *Sessions held* → *Better grades*?" not in \
        asked(supported, "evidence")


def test_results_without_indicators_ask_the_people_who_value_them() -> None:
    assert asked(LINEAR, "observable") == [
        "How could *Municipality* tell whether this has been achieved: *Better grades*?",
        "How could *Municipality* tell whether this has been achieved: *Better future prospects*?"]
    measured = LINEAR.replace('track: efficiency }\nimpact',
                              'track: efficiency\n  indicator "Average grade" { kind: number  baseline: 5.8'
                              '  target: 6.5 } }\nimpact')
    assert point(measured, "observable").nodes == ("Better future prospects",)


def test_efficiency_only_asks_about_meaning_and_craft_by_name() -> None:
    assert asked(LINEAR, "tracks") == [
        "What does the programme mean to *Pupils*, and which stories show it?",
        "What can the professionals learn about doing their work well, and how is that shared?"]


def test_a_linear_chain_asks_where_it_branches() -> None:
    assert point(LINEAR, "pathways").open
    assert asked(LINEAR, "pathways")[0] == (
        "The line runs from *Homework club* to *Better future prospects*: where does it branch, "
        "stall or loop back in practice?")


def test_dutch_questions_name_the_same_nodes() -> None:
    made = make_checklist(load_text(LINEAR), "t.toc", lang="nl")
    assert "Hoe had dit zich zonder het programma ontwikkeld: *Better future prospects*?" in made
    assert "Wie vindt dit nog meer belangrijk, naast *Municipality*: *Better grades*?" in made


def test_many_questions_are_capped_with_a_count_of_the_rest() -> None:
    links = "\n".join(f'outcome o{i} "Outcome {i}" {{ horizon: short }}\nclub -> o{i}' for i in range(9))
    made = make_checklist(load_text(LINEAR + links), "t.toc")
    # 2 links of the chain and 9 new ones rest on nothing: 6 are asked, 5 counted.
    assert made.count("\n    - What evidence is there for this step: ") == 6
    assert "    - … and 5 more questions of this kind" in made


def test_a_link_written_twice_is_asked_about_and_counted_once() -> None:
    # One statement links 3 sources to 4 targets; one of those links is written again below.
    text = LINEAR + "\n".join([*(f'outcome o{i} "Outcome {i}" {{ horizon: short }}' for i in range(4)),
                                *(f'intervention s{i} "Source {i}"' for i in range(3)),
                                "s0, s1, s2 -> o0, o1, o2, o3", "s1 -> o2"]) + "\n"
    found = point(text, "evidence")
    # 12 links of the statement and 2 of the chain rest on nothing; the repeated one is one question.
    assert (len(found.questions), found.more) == (6, 14 - 6)
    assert len(set(found.questions)) == 6
    assert all(q.key == "checklist.q.evidence" for q in found.questions)


def test_a_question_asked_under_one_item_is_not_repeated_under_another() -> None:
    made = make_checklist(load_text(LINEAR), "t.toc")
    lines = [line for line in made.splitlines() if line.startswith("    - ")]
    assert lines
    assert len(lines) == len(set(lines))


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_checklist_is_deterministic(lang) -> None:
    first = make_checklist(load_text(LINEAR), "t.toc", lang=lang)
    assert all(make_checklist(load_text(LINEAR), "t.toc", lang=lang) == first for _ in range(3))


# Items that do not apply, and absences that are findings ---------------------------------

# Results, but no effect, no indicator, no loop, no participant, no assumption, no counterfactual.
BARE = """\
theory "Homework club" { lang: en }
actor city "Municipality" { role: funder }
intervention club "Homework club" { by: city }
mechanism belief "Pupils believe they can learn"
context quiet "There is a quiet room" { kind: enabling }
outcome grades "Better grades" { horizon: short  valued_by: city  track: meaning }
club -> belief
belief -> grades { when: quiet }
"""


def test_items_with_nothing_to_judge_do_not_apply_instead_of_being_ticked() -> None:
    # Without effects, indicators, assumptions or estimates these items were ticked, claiming
    # something the theory does not show. They do not apply yet, and say why.
    expected = {"polarity": "no_effects", "counting": "no_indicators",
                "credit": "no_estimate", "contribution": "no_impact",
                "chains": "no_chained_contexts"}
    for key, reason in expected.items():
        found = point(BARE, key)
        assert (found.state.value, found.reason) == ("n/a", reason), key
    # Its final result is short-term, but what would have happened anyway is still the question.
    counterfactual = point(BARE, "counterfactual")
    assert counterfactual.open and counterfactual.rules == ("missing-counterfactual",)
    # Links that rest on no assumption at all is itself a finding (no-assumptions): that item opens.
    assumptions = point(BARE, "assumptions")
    assert assumptions.open and assumptions.rules == ("no-assumptions",)


def test_an_item_applies_again_once_the_theory_has_something_to_judge() -> None:
    richer = BARE.replace('track: meaning }', 'track: meaning\n  indicator "Average grade" { kind: number }\n'
                          '  indicator "What pupils say" { kind: story } }')
    richer += 'effect stigma "Being seen as a weak pupil" { unintended negative }\nclub -> stigma\n'
    assert point(richer, "counting").state.value == "ticked"
    assert point(richer, "polarity").state.value == "ticked"
    untold = richer.replace(" { unintended negative }", "")
    assert point(untold, "polarity").open  # what the rules find always opens an item


def test_no_loops_and_no_participants_are_findings_that_open_their_items() -> None:
    # A theory of change without any feedback, or without the people it is for, is what an
    # evaluator would raise: the items open with a question rather than being ticked.
    loops, participants = point(BARE, "loops"), point(BARE, "participants")
    assert loops.open and loops.rules == ()
    assert asked(BARE, "loops") == [
        "Where does what happens feed back into the programme: does success make people try "
        "again, does a setback make them drop out?"]
    assert participants.open and asked(BARE, "participants") == [
        "Where are the participants in this theory, and what do they count as success?"]
    looped = BARE + "grades -> belief { loop: reinforcing }\n"
    assert point(looped, "loops").state.value == "ticked"


@pytest.mark.parametrize("lang,marker,reason,made", [
    ("en", "- n/a **3.3 ", "(the theory names no effect yet)", "items do not apply to this theory (n/a)."),
    ("nl", "- n.v.t. **3.3 ", "(de theorie noemt nog geen effect)",
     "punten zijn niet van toepassing op deze theorie (n.v.t.)."),
])
def test_an_item_that_does_not_apply_has_no_box_and_says_why(lang, marker, reason, made) -> None:
    text = make_checklist(load_text(BARE), "t.toc", lang=lang)
    line = next(line for line in text.splitlines() if "**3.3 " in line)
    assert line.startswith(marker) and line.endswith(reason), line
    assert made in text


@pytest.mark.parametrize("lang,discuss,also", [("en", "To discuss:", "Also worth asking:"),
                                               ("nl", "Te bespreken:", "Ook het vragen waard:")])
def test_questions_under_open_and_ticked_items_have_different_headings(lang, discuss, also) -> None:
    text = make_checklist(load_text(BARE), "t.toc", lang=lang)
    lines = text.splitlines()
    for number, line in enumerate(lines):
        if line.startswith("  - ") and not line.startswith("    - "):
            item = lines[number - 1]
            assert line == f"  - {discuss if item.startswith('- [ ]') else also}", (item, line)
    assert f"  - {discuss}" in lines and f"  - {also}" in lines


# Labels that are whole sentences ------------------------------------------------------------

# Placeholders that hold one label written by the user, which may be a noun phrase ("Better
# grades") or a whole sentence ("There is a quiet room"). Actors are names and stay where they are.
SENTENCE_SLOTS = ("result", "mechanism", "context", "effect", "intervention", "assumption", "node",
                  "source", "target", "external")
# Where a sentence reads well in both languages: quoted at the end after a colon, as one end of
# a step 'a → b', or as a name after 'for' / 'voor'.
FITTING = (": {slot}?", "{slot} →", "→ {slot}", "for {slot}", "voor {slot}")


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_question_templates_never_put_a_label_inside_a_clause(lang) -> None:
    import re as regex

    for key, template in i18n.catalogue(lang).items():
        if not key.startswith("checklist.q."):
            continue
        for slot in SENTENCE_SLOTS:
            for found in regex.finditer(r"\{" + slot + r"\}", template):
                around = template[max(0, found.start() - 5):found.end() + 2].lower()
                fits = [f.format(slot="{" + slot + "}") for f in FITTING]
                assert any(f in around for f in fits), f"{lang} {key}: {template}"


def test_a_sentence_label_reads_well_in_dutch_and_english() -> None:
    nl = make_checklist(load_text(BARE), "t.toc", lang="nl")
    en = make_checklist(load_text(BARE), "t.toc", lang="en")
    assert "Wat gebeurt er als dit ontbreekt: *There is a quiet room*?" in nl
    assert "What happens when this is missing: *There is a quiet room*?" in en
    assert "Onder welke omstandigheden gebeurt dit niet: *Pupils believe they can learn*?" in nl
