"""The report page in a real browser: panels, highlights, views, no requests, and no script from user text."""

from __future__ import annotations

import pytest

from tests.page.browser import needs_chromium
from tests.page.pages import ATTACKS, example, hostile_theory, page_of

pytestmark = needs_chromium


@pytest.fixture(scope="module")
def pages(tmp_path_factory):  # noqa: ANN201
    folder = tmp_path_factory.mktemp("pages")
    return {name: page_of(example(name), folder, name.replace("/", "-"))
            for name in ("pocket-money", "job-matching-logframe", "genres/logic-model")} | {
        "hostile": page_of(hostile_theory(), folder, "hostile")}


def open_page(page, path) -> list[str]:  # noqa: ANN001
    """Open a page and collect what the browser says: requests, console messages, script errors."""
    said: list[str] = []
    page.on("request", lambda request: said.append("request " + request.url))
    page.on("console", lambda message: said.append(f"console {message.type}: {message.text}"))
    page.on("pageerror", lambda error: said.append(f"error {error}"))
    page.on("dialog", lambda dialog: (said.append("dialog " + dialog.message), dialog.dismiss()))
    page.goto(path.as_uri())
    return said


def test_clicking_a_node_shows_everything_the_theory_says_about_it(page, pages) -> None:
    open_page(page, pages["pocket-money"])
    panel = page.locator("#panel")
    assert panel.is_hidden()
    page.locator('.view:not([hidden]) [data-el="n:skills"]').click()
    assert panel.is_visible()
    assert panel.locator(".panel-heading").inner_text() == "Children's financial skills"
    text = panel.inner_text()
    for expected in ("short term", "Children compare prices before buying", "Baseline", "2.1",
                     "Parents with little money", "Less poverty passed on between generations"):
        assert expected in text
    # A reference in the panel opens that element's panel.
    panel.get_by_role("link", name="Parents with little money").click()
    assert panel.locator(".panel-heading").inner_text() == "Parents with little money"
    page.keyboard.press("Escape")
    assert panel.is_hidden()


def test_clicking_a_link_shows_its_conditions_and_evidence(page, pages) -> None:
    open_page(page, pages["pocket-money"])
    page.locator('.view:not([hidden]) [data-el="l:practice>choosing"] .hit').first.click(force=True)
    text = page.locator("#panel").inner_text()
    assert "Trust in the project team" in text and "Families can give pocket money every week" in text
    assert "moderate" in text


def test_clicking_a_finding_highlights_its_nodes(page, pages) -> None:
    open_page(page, pages["job-matching-logframe"])
    finding = page.locator(".finding", has_text="leads straight to the medium-term result").locator(
        ".finding-button")
    finding.click()
    view = page.locator(".view:not([hidden])")
    highlighted = view.locator("svg .hl").evaluate_all("els => els.map(e => e.dataset.el)")
    assert set(highlighted) == {"n:placements", "n:employment", "l:placements>employment"}
    assert view.locator("svg.diagram").get_attribute("class") == "diagram dimmed"
    page.locator('[data-action="clear"]').click()
    assert view.locator("svg .hl").count() == 0


def test_a_perspective_tab_hides_what_that_actor_does_not_see(page, pages) -> None:
    open_page(page, pages["pocket-money"])
    visible = page.locator(".view:not([hidden])")
    assert visible.locator('[data-el="n:craft"]').count() == 1
    page.get_by_role("tab", name="Children aged 6-12").click()
    assert page.get_by_role("tab", name="Children aged 6-12").get_attribute("aria-selected") == "true"
    visible = page.locator(".view:not([hidden])")
    assert visible.locator('[data-el="n:skills"]').count() == 1
    # The team's reflection on cases is no part of what the children do or value.
    assert visible.locator('[data-el="n:craft"]').count() == 0
    assert visible.locator('[data-el="n:reflecting"]').count() == 0


def shown_elements(page) -> set[str]:  # noqa: ANN001
    return set(page.locator(".view:not([hidden]) svg [data-el]").evaluate_all(
        "els => els.map(e => e.dataset.el)"))


def test_a_group_tab_shows_only_that_group_and_what_its_view_draws_around_it(page, pages) -> None:
    from tests.conftest import load_text
    from toc.model import NodeKind

    theory = load_text(example("genres/logic-model")).theory
    group = {g.id: g for g in theory.groups}["activities"]
    open_page(page, pages["genres/logic-model"])
    assert "n:visited" in shown_elements(page)  # an output, in the whole theory
    page.get_by_role("tab", name="Activities").click()
    assert page.get_by_role("tab", name="Activities").get_attribute("aria-selected") == "true"
    nodes = {key[2:] for key in shown_elements(page) if key.startswith("n:")}
    # Every activity, and around them only the actors who carry them out.
    assert set(group.members) <= nodes
    around = nodes - set(group.members)
    assert around and all(theory.node(n).kind is NodeKind.ACTOR for n in around)
    assert around == {actor for member in group.members for actor in theory.node(member).by}
    # Clicking an element of the group opens its panel there too.
    page.locator('.view:not([hidden]) [data-el="n:walking"]').click()
    assert page.locator("#panel .panel-heading").inner_text() == "Walking group, twice a week"
    page.keyboard.press("Escape")
    page.get_by_role("tab", name="Long-term outcomes (three to five years)").click()
    nodes = {key[2:] for key in shown_elements(page) if key.startswith("n:")}
    assert nodes == set({g.id: g for g in theory.groups}["long_term"].members)


def test_tabs_panels_and_zoom_work_from_the_keyboard(page, pages) -> None:
    open_page(page, pages["pocket-money"])
    page.get_by_role("tab", name="Whole theory").focus()
    page.keyboard.press("ArrowRight")
    assert page.get_by_role("tab", name="Parents with little money").get_attribute("aria-selected") == "true"
    page.keyboard.press("Home")
    frame = page.locator(".view:not([hidden]) .frame")
    before = frame.locator("svg").get_attribute("viewBox")
    frame.focus()
    page.keyboard.press("+")
    assert frame.locator("svg").get_attribute("viewBox") != before
    page.keyboard.press("0")
    assert frame.locator("svg").get_attribute("viewBox") == before
    node = page.locator('.view:not([hidden]) [data-el="n:efficacy"]')
    node.focus()
    page.keyboard.press("Enter")
    assert page.locator("#panel .panel-heading").inner_text() == "Parents' financial self-efficacy"
    page.keyboard.press("Escape")
    assert page.evaluate("document.activeElement.getAttribute('data-el')") == "n:efficacy"


def test_the_page_makes_no_request_and_breaks_no_rule_of_its_policy(page, pages) -> None:
    said = open_page(page, pages["pocket-money"])
    for tab in page.get_by_role("tab").all():
        tab.click()
    page.locator('[data-action="zoom-in"]').click()
    page.locator(".view:not([hidden]) [data-el]").first.click()
    page.locator("details summary").first.click() if page.locator("details summary").count() else None
    page.wait_for_timeout(200)
    assert said == ["request " + pages["pocket-money"].as_uri()]


def test_the_hostile_corpus_shows_as_text_and_runs_nothing(page, pages) -> None:
    said = open_page(page, pages["hostile"])
    view = page.locator(".view:not([hidden])")
    for node in view.locator(".node[data-el]").all():
        node.hover()
        node.click()
        page.keyboard.press("Escape")
    for line in view.locator(".edge[data-el]").all():
        line.dispatch_event("click")
    for link in page.locator("#elements .ref").all()[:20]:
        link.click()
    page.wait_for_timeout(200)
    assert page.evaluate("window.__pwned") is None
    assert [s for s in said if not s.startswith("request file:")] == []
    assert page.locator("h1").inner_text() == ATTACKS[0]
    body = page.locator("body").inner_text()
    for attack in ATTACKS:
        assert attack.replace("\\\\", "\\") in body or attack in body, attack
    assert page.locator("body").is_visible()
