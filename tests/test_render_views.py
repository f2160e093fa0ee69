"""Views: --focus, --perspective, --hide and --depth choose what a diagram shows."""

from __future__ import annotations

from tests.conftest import load_text
from toc.render.views import View, select

CHAIN = """theory "Chain" { lang: en }
actor mum "Mum"
actor city "City"
value trust "Trust"
intervention act "Act" { by: mum  serves: trust }
intervention other "Other" { by: city }
context calm "Calm"
assumption weekly "Weekly"
mechanism learn "Learn"
outcome skills "Skills" { horizon: short  valued_by: mum }
outcome money "Money" { horizon: medium valued_by: city }
impact later "Later" { horizon: long }
external school "School"
act -> learn { when: calm  assumes: weekly }
learn -> skills -> later
other -> money -> later
act -> later
school -> skills
counterfactual skills { "anyway" }
counterfactual money { "anyway too" }
"""


def shown(**view) -> set[str]:
    return select(load_text(CHAIN).theory, View(**view)).ids


def links(**view) -> set[tuple[str, str]]:
    selection = select(load_text(CHAIN).theory, View(**view))
    return {(link.source, link.target) for link in selection.links}


def test_whole_map_shows_everything() -> None:
    theory = load_text(CHAIN).theory
    selection = select(theory, View())
    assert selection.ids == {n.id for n in theory.nodes}
    assert len(selection.links) == len(theory.links)
    assert len(selection.counterfactuals) == 2


def test_focus_keeps_pathways_into_and_out_of_the_node() -> None:
    assert shown(focus="skills") == {"act", "learn", "skills", "later", "school", "calm",
                                     "weekly", "mum", "trust"}
    # act -> later bypasses skills, so it is not on a pathway through it
    assert ("act", "later") not in links(focus="skills")
    assert ("learn", "skills") in links(focus="skills")


def test_focus_with_depth_stops_after_that_many_links() -> None:
    assert shown(focus="skills", depth=1, hide=frozenset({"actors", "values"})) == {
        "learn", "skills", "later", "school"}
    assert shown(focus="skills", depth=0, hide=frozenset({"actors", "values"})) == {"skills"}


def test_perspective_shows_what_an_actor_does_and_values_and_the_way_between() -> None:
    assert shown(perspective="mum") == {"mum", "act", "learn", "skills", "calm", "weekly",
                                        "trust"}
    assert shown(perspective="city") == {"city", "other", "money"}


def test_hide_removes_kinds_and_their_links() -> None:
    hidden = shown(hide=frozenset({"contexts", "assumptions", "actors", "values"}))
    assert not hidden & {"calm", "weekly", "mum", "city", "trust"}
    selection = select(load_text(CHAIN).theory, View(hide=frozenset({"externals"})))
    assert "school" not in selection.ids
    assert all("school" not in (l.source, l.target) for l in selection.links)
    assert select(load_text(CHAIN).theory,
                  View(hide=frozenset({"counterfactuals"}))).counterfactuals == []


def test_depth_alone_counts_from_the_starting_points() -> None:
    assert shown(depth=1, hide=frozenset({"actors", "values", "contexts", "assumptions"})) == {
        "act", "other", "school", "learn", "later", "money", "skills"}


def test_counterfactuals_follow_the_results_shown() -> None:
    selection = select(load_text(CHAIN).theory, View(perspective="city"))
    assert [c.scenario for c in selection.counterfactuals] == ["anyway too"]


def test_a_long_chain_is_walked_in_linear_time() -> None:
    # 5,000 nodes in one chain: a walk that enumerated paths would never finish.
    count = 5_000
    lines = ['theory "Long" { lang: en }']
    lines += [f'mechanism m{i} "M {i}"' for i in range(count)]
    lines += [f"m{i} -> m{i + 1}" for i in range(count - 1)]
    theory = load_text("\n".join(lines)).theory
    assert len(select(theory, View(focus=f"m{count // 2}")).nodes) == count
