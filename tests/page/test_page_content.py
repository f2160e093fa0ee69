"""What the report page holds, read from its HTML: every example in both languages, and each section's logic."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from pydantic import Field

from tests.conftest import EXAMPLES, load_text
from tests.page.pages import example, page_of
from toc import i18n
from toc.api import checklist, lint, report_html
from toc.model import Node
from toc.page.elements import catalogue, describe
from toc.page.pathways import final_results, pathways
from toc.page.tables import assumptions, counterfactuals
from toc.page.words import field_label


class _Ids(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.elements: list[str] = []
        self.keys: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.ids.append(found["id"] or "")
        if found.get("data-el"):
            self.elements.append(found["data-el"] or "")
        if found.get("data-key"):
            self.keys.append(found["data-key"] or "")


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_example_makes_a_page_in_both_languages(path, lang) -> None:
    loaded = load_text(path.read_text(encoding="utf-8"), path.name)
    html = report_html(loaded, lang=lang)
    parsed = _Ids()
    parsed.feed(html)
    assert f'<html lang="{lang}"' in html
    assert len(parsed.ids) == len(set(parsed.ids)), "ids repeat"
    theory = loaded.theory
    # Every node, link, note and group has its article, and every node is drawn and clickable, but
    # for the theory's own pre-conditions, which the diagram lists under its title.
    assert len(parsed.keys) == len(theory.nodes) + len(theory.links) + len(theory.counterfactuals) \
        + len(theory.groups)
    used_elsewhere = {ref.target for ref in theory.references() if ref.referrer}
    header_only = set(theory.assumes) - used_elsewhere
    assert {f"n:{node.id}" for node in theory.nodes if node.id not in header_only} <= set(parsed.elements)
    assert i18n.text("page.nav.findings", lang) in html


def test_the_policy_forbids_every_request_and_names_the_page_own_script_and_style(tmp_path) -> None:
    import base64
    import hashlib

    html = page_of(example("pocket-money"), tmp_path).read_text(encoding="utf-8").replace("&#39;", "'")
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html).group(1)
    rules = dict(rule.split(" ", 1) for rule in policy.split("; "))
    assert rules["default-src"] == "'none'" and rules["connect-src"] == "'none'"
    assert rules["img-src"] == "'none'" and rules["form-action"] == "'none'"
    for tag, directive in (("script", "script-src"), ("style", "style-src")):
        body = re.search(f"<{tag}>(.*?)</{tag}>", html, re.S).group(1)
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert rules[directive] == f"'sha256-{digest}'"


def test_a_field_the_page_does_not_know_is_shown_with_a_fallback_name() -> None:
    class Wider(Node):
        mood: str | None = None
        partners: list[str] = Field(default_factory=list)

    theory = load_text('actor a "A"\noutcome b "B"').theory
    found = catalogue(theory, "en")
    node = Wider(id="x", kind="outcome", label="X", mood="hopeful", partners=["a"])
    facts = {fact.label: fact for fact in describe(node, found, frozenset({"id", "kind", "label"}))}
    assert facts["Mood"].text == "hopeful"
    assert [ref.key for ref in facts["Partners"].refs] == ["n:a"]  # ids become references
    assert field_label("valued_by", "nl") == "Gewaardeerd door"


def test_pathways_list_each_final_result_by_the_step_before_it() -> None:
    theory = load_text(example("pocket-money")).theory
    assert [node.id for node in final_results(theory)] == ["craft", "generations", "tension"]
    table = {result.node.key: result for result in pathways(theory, catalogue(theory, "en"))}
    into = table["n:generations"]
    assert [route.via.key for route in into.routes] == ["n:skills", "n:efficacy"]
    through_skills = into.routes[0]
    assert [ref.key for ref in through_skills.before] == ["n:choosing", "n:school"]
    assert [ref.key for ref in through_skills.mechanisms] == ["n:choosing"]
    assert [context.key for context, _ in through_skills.contexts] == ["n:trust"]
    assert [ref.key for ref in through_skills.for_whom] == ["n:children"]
    assert [ref.key for ref in through_skills.assumptions] == ["n:regular", "n:lasting"]
    assert through_skills.evidence == "weak"
    # A context that hinders a step is one of its circumstances, not a route of its own.
    tension = table["n:tension"].routes
    assert [route.via.key for route in tension] == ["n:practice"]
    assert ("n:scarcity", "hindering") in [(c.key, how) for c, how in tension[0].contexts]


def test_the_counterfactual_table_and_the_long_term_results_without_one() -> None:
    theory = load_text(example("job-matching-logframe")).theory
    table = counterfactuals(theory, catalogue(theory, "en"))
    assert table.rows == () and [ref.key for ref in table.missing] == ["n:employment", "n:independence"]
    theory = load_text(example("pocket-money")).theory
    table = counterfactuals(theory, catalogue(theory, "nl"))
    assert table.columns == ("Wat er sowieso was gebeurd", "Sowieso-effect", "Toerekening aan anderen",
                             "Andere bijdragers")
    assert table.rows[0].cells[1].text == "20%"


def test_assumptions_come_riskiest_and_least_tested_first() -> None:
    theory = load_text(example("pocket-money")).theory
    table = assumptions(theory, catalogue(theory, "en"))
    assert [row.node.key for row in table.rows] == ["n:regular", "n:lasting"]
    assert table.risks[0] == "high" and table.evidences[0] == "untested"
    refs, concern = table.grid[0][0]
    assert [ref.key for ref in refs] == ["n:regular"] and concern == "high"
    assert [ref.key for ref in table.rows[0].where] == ["l:practice>choosing", "l:choosing>skills"]


def test_findings_point_at_their_nodes_and_links(tmp_path) -> None:
    loaded = load_text(example("job-matching-logframe"))
    html = report_html(loaded)
    assert 'data-targets="n:placements n:employment l:placements&gt;employment"' in html
    assert len(lint(loaded)) == html.count('class="finding ')


def test_the_checklist_shows_every_item_with_its_state(tmp_path) -> None:
    loaded = load_text(example("job-matching-logframe"))
    made = checklist(loaded)
    html = report_html(loaded)
    assert html.count('class="point state-') == len(made.points)
    assert html.count('class="point state-open"') == sum(p.open for p in made.points)


def test_every_page_text_the_templates_use_is_in_both_catalogues() -> None:
    from pathlib import Path

    import toc.page

    folder = Path(toc.page.__file__).parent / "templates"
    used = set()
    for template in folder.glob("*.j2"):
        used |= set(re.findall(r't\(["\']([a-z_.]+)["\']', template.read_text(encoding="utf-8")))
    assert used and all(i18n.has(f"page.{key}") for key in used), sorted(
        key for key in used if not i18n.has(f"page.{key}"))
