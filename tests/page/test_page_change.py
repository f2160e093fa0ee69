"""`toc report NEW --against OLD`: a "What changed" tab with the marked picture, and the change in words."""

from __future__ import annotations

import html as entities
import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT, load_text, run_cli
from tests.hostile import elements
from tests.page.browser import needs_chromium
from tests.page.pages import ATTACKS, hostile_older, hostile_theory, page_of
from toc.api import diff, report_html
from toc.diff.outline import groups

CASES = ROOT / "tests" / "diff" / "cases" / "pocket-money"


def version(name: str):  # noqa: ANN201 - a Loaded
    loaded = load_text((CASES / f"{name}.toc").read_text(encoding="utf-8"), f"{name}.toc")
    assert loaded.ok
    return loaded


def compared(old: str, new: str, lang: str | None = None) -> str:
    return report_html(version(new), lang=lang, file=f"{new}.toc", against=version(old),
                       against_name=f"{old}.toc")


def section(page: str, name: str) -> str:
    """The text of one section of a page, as a reader sees it (tags left out, entities read)."""
    found = re.search(rf'<section id="{name}"[^>]*>(.*?)</section>', page, re.S)
    assert found, name
    return re.sub(r"\s+", " ", entities.unescape(re.sub(r"<[^>]+>", " ", found.group(1))))


def tab_keys(page: str) -> list[str]:
    return re.findall(r'role="tab" id="tab-\d+" class="tab" data-tab="([^"]*)"', page)


def change_view(page: str) -> str:
    found = re.search(r'<div class="view"[^>]*data-tab="change"[^>]*>(.*?)</svg>', page, re.S)
    assert found
    return found.group(1)


def test_the_page_says_in_words_what_toc_diff_says() -> None:
    page = compared("03-tighten-assumption", "04-remove-pathway")
    said = section(page, "changes")
    expected = (CASES / "expected" / "04-remove-pathway.en.txt").read_text(encoding="utf-8").splitlines()
    for line in filter(None, (line.strip() for line in expected)):
        # Each item of the text format, its place and its sentence, is on the page too.
        for piece in line.split(": ", 1) if re.match(r"\S+\.toc:\d+:\d+: ", line) else [line]:
            assert piece in said, piece
    assert '<a href="#changes">What changed</a>' in page


def test_the_change_is_the_tab_after_the_whole_theory() -> None:
    page = compared("00-base", "05-change-counterfactual")
    keys = tab_keys(page)
    assert keys[:2] == ["all", "change"] and keys.count("change") == 1
    assert keys[2:] == tab_keys(report_html(version("05-change-counterfactual")))[1:]
    # The marked picture: its legend explains the marks, and its caption names the older version.
    view = entities.unescape(change_view(page))
    assert "Changes since 00-base.toc" in view and "new in this version" in view


def test_what_still_exists_opens_its_panel_and_what_was_removed_only_says_what_it_was() -> None:
    page = compared("00-base", "05-change-counterfactual")
    view = change_view(page)
    articles = set(re.findall(r'data-key="([^"]*)"', page))
    clickable = set(re.findall(r'data-el="([^"]*)"', view))
    assert clickable and clickable <= articles
    assert {"n:pressure", "n:group_meetings", "l:practice&gt;tension"} <= clickable
    # The mechanism removed since the base version is drawn, faintly, but opens nothing.
    assert "n:openness" not in clickable and "n:openness" not in articles
    assert "<title>mechanism: Money stops being a taboo at home (removed)</title>" in view
    assert "<title>Parent and child group meetings → Money stops being a taboo at home (removed)</title>" in view


def test_each_change_of_a_part_that_still_exists_links_to_its_panel() -> None:
    made = diff(version("00-base"), version("05-change-counterfactual"))
    page = compared("00-base", "05-change-counterfactual")
    items = re.findall(r'<li class="change act-(\w+)">(.*?)</li>', page, re.S)
    assert len(items) == len(groups(made.changes)) + len(made.resolved) + len(made.introduced) \
        + len(made.checklist)
    opened = {action: re.findall(r'data-open="([^"]*)"', body) for action, body in items}
    links = [re.findall(r'data-open="([^"]*)"', body) for _, body in items]
    assert ["n:pressure"] in links  # added
    assert ["n:group_meetings"] in links  # renamed
    assert ["n:regular"] in links  # changed
    assert ["c:generations"] in links  # a counterfactual's figures
    assert opened["removed"] == []  # nothing to open


def test_a_change_to_a_group_opens_the_group(tmp_path) -> None:
    old = 'output a "A"\noutput b "B"\ngroup g "Stage one" { members: a }\n'
    new = 'output a "A"\noutput b "B"\ngroup g "Stage one" { members: a, b }\n'
    page = page_of(new, tmp_path, against=old).read_text(encoding="utf-8")
    items = re.findall(r'<li class="change act-(\w+)">(.*?)</li>', page, re.S)
    assert [(action, re.findall(r'data-open="([^"]*)"', body)) for action, body in items] == \
        [("changed", ["g:g"])]


def test_dutch_and_a_version_without_change() -> None:
    page = compared("00-base", "01-add-context", lang="nl")
    assert '<a href="#changes">Wat is er veranderd</a>' in page
    assert "toegevoegd: context pressure" in section(page, "changes")
    same = compared("05-change-counterfactual", "06-reformat")
    assert "the meaning is the same" in section(same, "changes")


def test_without_against_the_page_has_no_change() -> None:
    page = report_html(version("05-change-counterfactual"))
    assert "change" not in tab_keys(page) and 'id="changes"' not in page


def test_changed_labels_from_the_hostile_corpus_stay_text(tmp_path) -> None:
    page = page_of(hostile_theory(), tmp_path, against=hostile_older(),
                   against_name=ATTACKS[1]).read_text(encoding="utf-8")
    said = section(page, "changes")
    for attack in ATTACKS:
        assert attack in said, attack  # in the sentences, old and new
    parsed = elements(re.search(r'<section id="changes".*?</section>', page, re.S).group(0))
    assert set(parsed.tags) <= {"section", "h2", "h3", "p", "button", "ul", "li", "span", "a"}
    assert [name for name, _ in parsed.attributes if name.startswith("on")] == []
    assert all(re.fullmatch(r"#e\d+", value) for name, value in parsed.attributes if name == "href")
    assert page.count("<script>") == 1 and page.count("</script>") == 1


@pytest.fixture
def plan(tmp_path) -> Path:
    shutil.copy(CASES / "05-change-counterfactual.toc", tmp_path / "plan.toc")
    shutil.copy(CASES / "00-base.toc", tmp_path / "old.toc")
    return tmp_path / "plan.toc"


def test_report_against_a_file(plan) -> None:
    result = run_cli("report", str(plan), "--against", str(plan.parent / "old.toc"))
    assert (result.exit_code, result.stderr) == (0, "")
    page = plan.with_suffix(".html").read_text(encoding="utf-8")
    assert "change" in tab_keys(page)
    assert f"{plan.parent / 'old.toc'} → plan.toc: 9 changes in meaning." in section(page, "changes")


def test_report_against_a_version_with_errors_or_none_at_all(plan) -> None:
    (plan.parent / "old.toc").write_text('theory "x"\noutcome a "A"\na -> b\n', encoding="utf-8")
    result = run_cli("report", str(plan), "--against", str(plan.parent / "old.toc"))
    assert result.exit_code == 2 and "old.toc:3" in result.stderr
    missing = run_cli("report", str(plan), "--against", str(plan.parent / "gone.toc"), "--lang", "nl")
    assert missing.exit_code == 2 and "gone.toc" in missing.stderr
    assert not plan.with_suffix(".html").exists()


def test_the_page_never_replaces_the_older_version(plan) -> None:
    old = plan.parent / "old.toc"
    before = old.read_text(encoding="utf-8")
    result = run_cli("report", str(plan), "--against", str(old), "-o", str(old))
    assert result.exit_code == 2 and "refusing to write over" in result.stderr
    assert old.read_text(encoding="utf-8") == before


@pytest.mark.skipif(shutil.which("git") is None, reason="this test needs git")
def test_report_against_a_git_revision(plan, monkeypatch) -> None:
    from tests.diff.test_git import commit, git

    folder = plan.parent
    for step in (["init", "-q"], ["config", "user.email", "someone@example.org"],
                 ["config", "user.name", "Someone"], ["config", "commit.gpgsign", "false"]):
        git(folder, *step)
    shutil.copy(CASES / "00-base.toc", plan)
    commit(folder, "first")
    shutil.copy(CASES / "01-add-context.toc", plan)
    monkeypatch.chdir(folder)
    result = run_cli("report", "plan.toc", "--against", "plan.toc@HEAD")
    assert (result.exit_code, result.stderr) == (0, "")
    said = section((folder / "plan.html").read_text(encoding="utf-8"), "changes")
    assert "plan.toc@HEAD → plan.toc: 2 changes in meaning." in said
    assert "added context pressure" in said
    unknown = run_cli("report", "plan.toc", "--against", "plan.toc@no-such-revision")
    assert unknown.exit_code == 2 and "plan.toc@no-such-revision" in unknown.stderr


def test_a_preview_compares_every_save_with_the_older_version(plan) -> None:
    from toc.cli.preview import page_maker
    from toc.cli.report import load_older

    older = load_older(str(plan.parent / "old.toc"), None)
    make = page_maker(str(plan), None, "auto", None, older)
    assert "9 changes in meaning" in section(make("1"), "changes")
    shutil.copy(CASES / "00-base.toc", plan)
    assert "the meaning is the same" in section(make("2"), "changes")


def test_a_preview_against_a_missing_version_does_not_start(plan) -> None:
    result = run_cli("preview", str(plan), "--no-browser", "--against", str(plan.parent / "gone.toc"))
    assert result.exit_code == 2 and "gone.toc" in result.stderr and result.stdout == ""


@needs_chromium
def test_printing_puts_the_picture_of_the_change_on_a_landscape_page_after_the_diagram(plan) -> None:
    from pypdf import PdfReader

    from tests.page.browser import chromium

    result = run_cli("report", str(plan), "--against", str(plan.parent / "old.toc"), "--pdf",
                     "--browser", chromium() or "")
    assert result.exit_code == 0, result.stderr
    first, second, third = PdfReader(plan.with_suffix(".pdf")).pages[:3]
    assert first.mediabox.width > first.mediabox.height and second.mediabox.width > second.mediabox.height
    assert third.mediabox.width < third.mediabox.height
    assert "Changes since" in second.extract_text() and "Changes since" not in first.extract_text()
    assert third.extract_text().startswith("What changed")


# In a real browser ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pages(tmp_path_factory):  # noqa: ANN201
    folder = tmp_path_factory.mktemp("changed")
    base = (CASES / "00-base.toc").read_text(encoding="utf-8")
    return {
        "plan": page_of((CASES / "05-change-counterfactual.toc").read_text(encoding="utf-8"), folder,
                        "plan", against=base, against_name="00-base.toc"),
        "hostile": page_of(hostile_theory(), folder, "hostile", against=hostile_older(),
                           against_name=ATTACKS[1])}


def opened(page, path) -> list[str]:  # noqa: ANN001
    from tests.page.test_page_browser import open_page

    return open_page(page, path)


@needs_chromium
def test_the_tab_shows_the_marked_picture_and_its_elements_open_their_panels(page, pages) -> None:
    said = opened(page, pages["plan"])
    tab = page.get_by_role("tab", name="What changed")
    tab.click()
    assert tab.get_attribute("aria-selected") == "true"
    view = page.locator(".view:not([hidden])")
    assert view.get_attribute("data-tab") == "change"
    assert "new in this version" in view.locator("svg").text_content()
    view.locator('[data-el="n:pressure"]').click()
    assert page.locator("#panel .panel-heading").inner_text() == "Pressure from creditors on the household"
    page.keyboard.press("Escape")
    # A removed element is drawn, and clicking it opens nothing.
    removed = view.locator("g.node", has_text="Money stops being")
    assert removed.count() == 1 and removed.get_attribute("data-el") is None
    removed.click()
    assert page.locator("#panel").is_hidden()
    # From the words, a change opens the panel of its element; the button shows the picture.
    page.locator("#changes [data-open='n:regular']").click()
    assert page.locator("#panel .panel-heading").inner_text() == "Families can give pocket money every week"
    page.keyboard.press("Escape")
    page.get_by_role("tab", name="Whole theory").click()
    page.locator("#changes [data-view='change']").click()
    assert page.locator(".view:not([hidden])").get_attribute("data-tab") == "change"
    assert said == ["request " + pages["plan"].as_uri()]


@needs_chromium
def test_a_hostile_change_runs_nothing_and_asks_for_nothing(page, pages) -> None:
    said = opened(page, pages["hostile"])
    page.get_by_role("tab", name="What changed").click()
    view = page.locator(".view:not([hidden])")
    for shape in view.locator("g.node, g.edge").all():
        shape.dispatch_event("click")
        page.keyboard.press("Escape")
    for link in page.locator("#changes [data-open]").all():
        link.click()
        page.keyboard.press("Escape")
    page.wait_for_timeout(200)
    assert page.evaluate("window.__pwned") is None
    assert [s for s in said if not s.startswith("request file:")] == []
    text = page.locator("#changes").inner_text()
    assert all(attack in text for attack in ATTACKS)
