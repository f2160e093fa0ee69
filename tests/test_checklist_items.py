"""Checklist items open and close with the model, and their questions name the right nodes."""

from __future__ import annotations

import pytest

from tests.conftest import load_text
from toc import i18n
from toc.checklist import THEMES, build, make_checklist, rule_names
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
    made = build(load_text(text), "t.toc")
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
    for theme in THEMES:
        assert i18n.has(f"checklist.theme.{theme.key}")
        for item in theme.items:
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
    assert "What would have happened to *Better future prospects* without the programme?" in \
        asked(LINEAR, "counterfactual")
    after_text = LINEAR + 'counterfactual future, grades { "Some pupils improve anyway."  deadweight: 30% }\n'
    after = point(after_text, "counterfactual")
    assert not after.open and after.nodes == ()
    assert asked(after_text, "counterfactual") == [
        "How was the estimate for *Better future prospects* and *Better grades* made "
        "(30% would have happened anyway), and do participants and partners recognise it?"]


def test_a_zero_counterfactual_opens_the_credit_item_and_is_asked_about() -> None:
    text = LINEAR + 'counterfactual future { "Nothing." deadweight: 0%  attribution: 0% }\n'
    assert point(text, "credit").open
    assert asked(text, "credit") == [
        "Would none of *Better future prospects* have come about without the programme, "
        "and does really nobody else contribute?"]
    assert not point(LINEAR, "credit").open


def test_a_mechanism_between_doing_and_changing_closes_the_black_box_items() -> None:
    assert point(LINEAR, "steps").open and point(LINEAR, "between").open
    assert asked(LINEAR, "between") == [
        "How do people respond to *Sessions held* so that *Better grades* follows: "
        "what do they feel, learn or start doing?"]
    richer = LINEAR.replace("club -> sessions -> grades -> future",
                            'mechanism belief "Pupils believe they can learn" { for: pupils }\n'
                            "club -> sessions -> belief -> grades -> future")
    assert not point(richer, "between").open
    assert asked(richer, "mechanisms") == [
        "Under which circumstances does *Pupils believe they can learn* not happen for *Pupils*?"]


def test_single_perspective_names_the_only_actor_and_asks_who_else() -> None:
    voices = point(LINEAR, "voices")
    assert voices.open and voices.nodes == ("Municipality",)
    assert asked(LINEAR, "voices") == ["Who besides *Municipality* values *Better grades*?",
                                       "Who besides *Municipality* values *Better future prospects*?"]
    shared = LINEAR.replace("valued_by: city  track: efficiency }\nimpact",
                            "valued_by: city, pupils  track: efficiency }\nimpact")
    assert asked(shared, "voices")[0] == (
        "Do *Municipality* and *Pupils* mean the same by *Better grades*, "
        "and would they agree on when it has been reached?")


def test_participants_without_voice_are_asked_what_a_good_result_would_be() -> None:
    assert point(LINEAR, "participants").nodes == ("Pupils",)
    assert asked(LINEAR, "participants", "en") == [
        "What would be a good result for *Pupils*, in their own words?"]


def test_a_hindering_context_and_an_unintended_effect_close_the_effect_and_context_items() -> None:
    for key in ("unintended", "negative", "contexts"):
        assert point(LINEAR, key).open, key
    assert asked(LINEAR, "unintended") == [
        "Which unintended or negative effects could *Homework club* have, and for whom?"]
    assert asked(LINEAR, "contexts") == [
        "For whom and in which situations does *Homework club* work less well?"]
    richer = LINEAR + ('context noisy "No quiet place at home" { kind: hindering }\n'
                       'effect stigma "Being seen as a weak pupil" { unintended negative }\n'
                       "noisy -| grades\nclub -> stigma\n")
    for key in ("unintended", "negative", "contexts"):
        assert not point(richer, key).open, key
    assert asked(richer, "unintended") == []
    assert asked(richer, "negative") == [
        "Who bears *Being seen as a weak pupil*, and what does the programme do when it happens?"]
    assert asked(richer, "contexts") == ["How does the programme deal with *No quiet place at home*?"]


def test_implicit_links_ask_for_evidence_in_the_direction_of_the_link() -> None:
    text = LINEAR + 'context noisy "No quiet place at home" { kind: hindering }\nnoisy -| grades\n'
    questions = asked(text, "evidence")
    assert "What evidence is there that *Sessions held* leads to *Better grades*?" in questions
    assert "What evidence is there that *No quiet place at home* holds back *Better grades*?" in questions
    supported = text.replace("club -> sessions -> grades -> future",
                             "club -> sessions -> grades -> future { evidence: moderate }")
    assert "What evidence is there that *Sessions held* leads to *Better grades*?" not in \
        asked(supported, "evidence")


def test_results_without_indicators_ask_the_people_who_value_them() -> None:
    assert asked(LINEAR, "observable") == [
        "How could *Municipality* tell whether *Better grades* has been achieved?",
        "How could *Municipality* tell whether *Better future prospects* has been achieved?"]
    measured = LINEAR.replace('track: efficiency }\nimpact',
                              'track: efficiency\n  indicator "Average grade" { kind: number } }\nimpact')
    assert point(measured, "observable").nodes == ("Better future prospects",)


def test_efficiency_only_asks_about_meaning_and_craft_by_name() -> None:
    assert asked(LINEAR, "tracks") == [
        "What does the programme mean to *Pupils*, and which stories show it?",
        "What can the professionals learn about doing their work well, and how is that shared?"]


def test_a_linear_chain_asks_where_it_branches() -> None:
    assert point(LINEAR, "pathways").open
    assert asked(LINEAR, "pathways")[0] == (
        "Where does the line from *Homework club* to *Better future prospects* branch, "
        "stall or loop back in practice?")


def test_dutch_questions_name_the_same_nodes() -> None:
    made = make_checklist(load_text(LINEAR), "t.toc", lang="nl")
    assert "Hoe had *Better future prospects* zich zonder het programma ontwikkeld?" in made
    assert "Wie vindt *Better grades* nog meer belangrijk, naast *Municipality*?" in made


def test_many_questions_are_capped_with_a_count_of_the_rest() -> None:
    links = "\n".join(f'outcome o{i} "Outcome {i}" {{ horizon: short }}\nclub -> o{i}' for i in range(9))
    made = make_checklist(load_text(LINEAR + links), "t.toc")
    # 2 links of the chain and 9 new ones rest on nothing: 6 are asked, 5 counted.
    assert made.count("\n  - What evidence is there that ") == 6
    assert "  - … and 5 more questions of this kind" in made


def test_a_question_asked_under_one_item_is_not_repeated_under_another() -> None:
    made = make_checklist(load_text(LINEAR), "t.toc")
    lines = [line for line in made.splitlines() if line.startswith("  - ")]
    assert len(lines) == len(set(lines))


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_checklist_is_deterministic(lang) -> None:
    first = make_checklist(load_text(LINEAR), "t.toc", lang=lang)
    assert all(make_checklist(load_text(LINEAR), "t.toc", lang=lang) == first for _ in range(3))
