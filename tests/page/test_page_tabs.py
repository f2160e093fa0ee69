"""The views a report page offers: the whole theory, each actor's perspective, each group (nested ones too)."""

from __future__ import annotations

from tests.conftest import load_text
from toc.page.tabs import tabs
from toc.render.views import View

NESTED = '''theory "Stages" { lang: en }
actor team "Team"
output flyer "Flyer" { by: team }
output poster "Poster"
outcome reach "Residents know the offer"
group everything "The whole programme" { members: materials, reach }
group materials "Materials" { members: flyer, poster }
group later "Later" { }
flyer -> reach
'''


def test_each_group_has_a_tab_in_the_order_written_nested_ones_too() -> None:
    theory = load_text(NESTED).theory
    found = [tab for tab in tabs(theory, "en") if tab.key.startswith("g:")]
    assert [tab.key for tab in found] == ["g:everything", "g:materials", "g:later"]
    assert [tab.title for tab in found] == ["The whole programme", "Materials", "Later"]
    assert all(tab.view == View(group=tab.key[2:]) for tab in found)
    assert {tab.group for tab in found} == {"Groups"}
    assert {tab.group for tab in tabs(theory, "nl") if tab.key.startswith("g:")} == {"Groepen"}


def test_groups_come_after_the_whole_theory_and_the_perspectives() -> None:
    keys = [tab.key for tab in tabs(load_text(NESTED).theory, "en")]
    assert keys == ["all", "p:team", "g:everything", "g:materials", "g:later"]


def test_an_empty_group_says_so_under_its_diagram() -> None:
    notes = {tab.key: tab.note for tab in tabs(load_text(NESTED).theory, "nl")}
    assert notes["g:later"] == "De groep Later heeft nog geen leden."
    assert notes["g:materials"] is None


def test_a_theory_without_groups_has_no_group_tabs() -> None:
    theory = load_text('outcome a "A"\noutcome b "B"\na -> b').theory
    assert [tab.key for tab in tabs(theory, "en")] == ["all"]
