"""Views: --focus, --perspective, --hide and --depth choose what a diagram shows."""

from __future__ import annotations

from tests.conftest import EXAMPLES, load_text
from toc.render.dot import Options, to_dot
from toc.render.views import View, actor_lines, select

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
    # school is an external factor with a link into skills: it conditions mum's pathway
    assert shown(perspective="mum") == {"mum", "act", "learn", "skills", "calm", "weekly",
                                        "trust", "school"}
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


def test_perspective_keeps_the_contexts_that_help_or_hinder_its_pathways() -> None:
    path = next(p for p in EXAMPLES if p.stem == "sociaal-arrangeren")
    theory = load_text(path.read_text(encoding="utf-8"), str(path)).theory
    selection = select(theory, View(perspective="mantelzorg"))
    assert {"overbelast", "wachtlijsten"} <= selection.ids
    pairs = {(link.source, link.target) for link in selection.links}
    assert {("overbelast", "ontlasting"), ("wachtlijsten", "passende_hulp")} <= pairs
    # a context that conditions nothing in this view stays out
    assert "schaamte" not in selection.ids


def test_perspective_joins_the_actor_to_what_it_does_is_for_and_values() -> None:
    selection = select(load_text(CHAIN).theory, View(perspective="mum"))
    lines = {(line.source, line.target, line.relation)
             for line in actor_lines(selection, View(perspective="mum"))}
    assert {("mum", "act", "by"), ("mum", "skills", "valued_by"), ("act", "trust", "serves")} <= lines
    # the whole map does not draw every actor's values: only a perspective does
    whole = select(load_text(CHAIN).theory, View())
    assert not [line for line in actor_lines(whole, View()) if line.relation == "valued_by"]


def test_perspective_draws_for_and_valued_by_with_their_legend() -> None:
    theory = load_text(CHAIN.replace('mechanism learn "Learn"',
                                     'mechanism learn "Learn" { for: mum }')).theory
    dot = to_dot(theory, Options(View(perspective="mum")))
    assert dot.count('style="dotted", arrowhead="none", color="#7e57a0"') == 1  # for: learn
    assert dot.count('style="dashed", arrowhead="none", color="#ad1457"') == 1  # valued_by: skills
    assert "for whom (for:)" in dot and "valued by" in dot
    assert "valued by" not in to_dot(theory)
