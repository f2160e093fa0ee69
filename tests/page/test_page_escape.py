"""User text on the report page is data: one escaping function, used by the templates and by the code."""

from __future__ import annotations

import re

from markupsafe import Markup

from tests.hostile import elements
from tests.page.pages import ATTACKS, hostile_theory, page_of
from toc.escape.html import html_escape, html_fill


def test_markup_characters_and_both_quotes_become_entities() -> None:
    assert html_escape("<a href=\"x\" title='y'>&</a>") == \
        "&lt;a href=&#34;x&#34; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;"


def test_control_characters_become_visible_and_line_breaks_stay() -> None:
    assert html_escape("a\x00b\x1bc\nd") == "a\u2400b\u241bc\nd"


def test_none_is_empty_and_made_markup_passes_unchanged() -> None:
    assert html_escape(None) == ""
    made = html_fill("{name} and {other}", name="<i>", other=Markup("<em>x</em>"))
    assert made == "&lt;i&gt; and <em>x</em>"
    assert html_escape(made) is made


def test_a_message_template_is_escaped_as_well_as_its_values() -> None:
    assert html_fill("a <b> {x}", x="{y}") == "a &lt;b&gt; {y}"


def test_no_attack_survives_as_markup_in_the_page(tmp_path) -> None:
    html = page_of(hostile_theory(), tmp_path).read_text(encoding="utf-8")
    for attack in ATTACKS:
        assert attack not in html or not re.search(r"[<>\"']", attack), attack
    assert "window.__pwned" in html  # the texts are there, as text
    assert "<script>window" not in html and "onerror=" not in html.replace("onerror=&#34;", "")
    assert "template ran" in html and "{% if true %}" in html  # template syntax shown, not run
    assert html.count("<script>") == 1 and html.count("</script>") == 1
    assert html.count("<style>") == 1 and html.count("</style>") == 1


def test_no_user_text_becomes_an_element_an_event_handler_or_a_link(tmp_path) -> None:
    parsed = elements(page_of(hostile_theory(), tmp_path).read_text(encoding="utf-8"))
    assert parsed.tags.count("script") == 1 and parsed.tags.count("style") == 1
    assert {"img", "iframe", "object", "embed", "form", "base", "link"}.isdisjoint(parsed.tags)
    assert [name for name, _ in parsed.attributes if name.startswith("on")] == []
    links = [value for name, value in parsed.attributes if name in ("href", "src", "action", "xlink:href")]
    # Only links within the page: to its sections and to the elements (#e0, #e1, …).
    sections = {"#diagram", "#about", "#findings", "#checklist", "#pathways", "#counterfactual",
                "#assumptions", "#elements"}
    assert links and all(value in sections or re.fullmatch(r"#e\d+", value) for value in links), links


def test_errors_shown_by_a_preview_are_text_too() -> None:
    from tests.conftest import load_text
    from toc.api import report_html

    broken = load_text('theory "<script>window.__pwned = 1</script>"\noutcome a "<b>A</b>"\na -> <img>\n')
    assert not broken.ok
    html = report_html(None, failed=broken, live=True, version="3")
    parsed = elements(html)
    assert parsed.tags.count("script") == 1 and "img" not in parsed.tags and "b" not in parsed.tags
    assert "t.toc:3:" in html and "&lt;img&gt;" in html
