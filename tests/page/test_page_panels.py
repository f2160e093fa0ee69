"""The panels read well for every construct of the language: indicators, assumptions on elements, aims,
confidence, `for:` on links, groups, and the theory's own source, evidence and pre-conditions at the top."""

from __future__ import annotations

import re

import pytest

from tests.conftest import load_text
from toc.api import report_html
from toc.language.diagnostics import Diagnostic, Severity
from toc.model import Counterfactual, Link, Node, Theory
from toc.model.parts import POSITIONS, Group, Indicator
from toc.page import words
from toc.page.elements import (
    ITEM_APART,
    LINK_APART,
    NODE_APART,
    THEORY_APART,
    Catalogue,
    Fact,
    catalogue,
    part_name,
)
from toc.page.findings import shown

THEORY = '''theory "Energy coaching" {
  lang: en
  source: "Evaluation report, 2024"
  evidence: moderate
  assumes: budget
}
actor coaches "Energy coaches"
actor households "Households"
assumption budget "The budget stays" { risk: low  evidence: unrated }
assumption prices "Prices do not rise" { risk: unrated  evidence: weak }
intervention visit "Energy visit" { by: coaches  assumes: prices }
mechanism insight "Households see what they use" { for: households }
outcome bills "Lower energy bills" {
  horizon: medium
  indicator "Average bill" {
    kind: number
    baseline: 185
    target: 160
    unit: "euro per month"
    source: "bills shown at the visits"
    timing: "at the first visit and a year later"
    by: coaches
  }
  indicator "Homes warm enough" { kind: number  baseline: unknown  target: 80% }
  indicator "What households tell" { kind: story }
}
outcome poverty "Energy poverty" { horizon: long  aim: less }
group work "The work" { members: visit, insight  description: "Year one" }
group all "Everything" { members: work, bills }
visit -> insight { confidence: "may increase"  for: households }
insight -> bills { confidence: 35% }
bills -| poverty
'''


@pytest.fixture(scope="module")
def theory() -> Theory:
    loaded = load_text(THEORY, "plan.toc")
    assert loaded.ok, loaded.diagnostics
    return loaded.theory


def facts(found: Catalogue, key: str) -> dict[str, Fact]:
    return {fact.label: fact for fact in found.elements[key].facts}


def test_an_indicator_tells_its_measures_with_their_unit_and_who_collects_them(theory) -> None:
    indicators = facts(catalogue(theory, "en"), "n:bills")["Indicators"]
    assert indicators.wide
    bill, warm, story = indicators.items
    told = {fact.label: fact for fact in bill.facts}
    assert (bill.title, bill.caption) == ("Average bill", "number")
    assert told["Baseline"].text == "185 euro per month" and told["Target"].text == "160 euro per month"
    assert "Unit" not in told  # said with the figures
    assert told["When measured"].text == "at the first visit and a year later"
    assert told["Source (means of verification)"].text == "bills shown at the visits"
    assert [ref.key for ref in told["Collected by"].refs] == ["n:coaches"]
    warm_told = {fact.label: fact.text for fact in warm.facts}
    assert warm_told == {"Baseline": "not known yet", "Target": "80%"}
    assert (story.caption, story.facts) == ("story", ())


def test_the_same_in_dutch(theory) -> None:
    bill, warm, story = facts(catalogue(theory, "nl"), "n:bills")["Indicatoren"].items
    told = {fact.label: fact for fact in bill.facts}
    assert bill.caption == "getal" and story.caption == "verhaal"
    assert told["Nulmeting"].text == "185 euro per month"
    assert {"Meetmoment", "Verzameld door", "Bron (verificatiemiddel)"} <= set(told)
    assert {fact.label: fact.text for fact in warm.facts}["Nulmeting"] == "nog niet bekend"


def test_confidence_in_numbers_or_in_the_authors_words_and_for_whom_a_link_holds(theory) -> None:
    for lang, words_said in (("en", "“may increase”, in the authors' own words"),
                             ("nl", "“may increase”, in de woorden van de auteurs")):
        found = catalogue(theory, lang)
        worded = facts(found, "l:visit>insight")
        label = "Confidence" if lang == "en" else "Vertrouwen"
        assert worded[label].text == words_said
        assert facts(found, "l:insight>bills")[label].text == "35%"
    assert [ref.key for ref in facts(catalogue(theory, "en"), "l:visit>insight")["For whom"].refs] == \
        ["n:households"]


def test_an_aim_to_reduce_assumptions_on_elements_and_ratings_not_given_yet(theory) -> None:
    found = catalogue(theory, "en")
    assert facts(found, "n:poverty")["Aim"].text == "less of it: a state the work wants to reduce"
    assert [ref.key for ref in facts(found, "n:visit")["Assumes"].refs] == ["n:prices"]
    assert [ref.key for ref in facts(found, "n:prices")["Assumed by"].refs] == ["n:visit"]
    assert facts(found, "n:prices")["Risk"].text == "not rated yet"
    assert facts(catalogue(theory, "nl"), "n:budget")["Bewijs"].text == "nog niet beoordeeld"


def test_groups_are_elements_with_their_members_and_members_say_where_they_belong(theory) -> None:
    found = catalogue(theory, "en")
    assert found.groups == ["g:work", "g:all"]
    work = found.elements["g:work"]
    assert (work.caption, work.title, work.part) == ("group", "The work", "group")
    assert [ref.key for ref in facts(found, "g:work")["Members"].refs] == ["n:visit", "n:insight"]
    assert [ref.key for ref in facts(found, "g:all")["Members"].refs] == ["g:work", "n:bills"]
    assert [ref.key for ref in facts(found, "n:visit")["Part of"].refs] == ["g:work"]
    assert [ref.key for ref in facts(found, "g:work")["Part of"].refs] == ["g:all"]
    assert facts(catalogue(theory, "nl"), "n:visit")["Onderdeel van"].refs[0].label == "The work"


def test_a_finding_about_a_group_is_noted_on_it_and_lights_up_its_members(theory) -> None:
    found = catalogue(theory, "en")
    about = Diagnostic("TOC999", Severity.INFO, "a question about a group", nodes=("all",))
    listed = shown([about], found)
    assert found.elements["g:all"].findings == [0]
    assert set(listed[0].targets) == {"n:visit", "n:insight", "n:bills"}


def test_the_theory_says_where_it_comes_from_and_what_it_rests_on_under_its_title(theory) -> None:
    for lang, expected in (("en", ("Based on", "Strength of that evidence", "Pre-conditions of the whole theory")),
                           ("nl", ("Gebaseerd op", "Sterkte van dat bewijs", "Voorwaarden voor de hele theorie"))):
        page = report_html(load_text(THEORY, "plan.toc"), lang=lang)
        header = re.search(r'<header class="masthead">(.*?)</header>', page, re.S).group(1)
        for label in expected:
            assert label in header
        assert "Evaluation report, 2024" in header and 'data-open="n:budget"' in header
        assert 'id="about"' not in page  # nothing left to say about the theory further down


def test_every_field_the_panels_show_has_a_name_in_both_languages() -> None:
    """A catalogue entry, a keyword of the language, or the field it words: never the raw field name."""
    apart = {Theory: THEORY_APART, Node: NODE_APART, Link: LINK_APART, Counterfactual: frozenset(),
             Indicator: ITEM_APART, Group: NODE_APART}
    unnamed = []
    for model, skip in apart.items():
        part = part_name(model.model_construct())
        for field in model.model_fields:
            if field in POSITIONS or field in skip:
                continue
            english, dutch = words.field_label(field, "en", part), words.field_label(field, "nl", part)
            raw = field.replace("_", " ").capitalize()
            if english == dutch == raw and not words.attribute(field):
                unnamed.append(f"{part}.{field}")
    assert unnamed == []


def test_a_link_between_long_labels_keeps_both_ends_in_sight() -> None:
    mechanism = "Recognition. " + "The resident meets someone who has been in the same situation. " * 4
    theory = load_text(f'intervention visit "Visit"\nmechanism m "{mechanism.strip()}"\n'
                       'outcome open "The resident shows all letters"\nvisit -> m -> open').theory
    found = catalogue(theory, "en")
    title = found.elements["l:m>open"].title
    assert title.endswith("… → The resident shows all letters") and len(title) < 110
    assert title.startswith("Recognition. The resident meets someone")
    assert found.elements["n:m"].title == mechanism.strip()  # whole in its own panel
