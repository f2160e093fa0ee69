"""docs/start.md and docs/start.nl.md: the file they show is what `toc new` writes, and they list every genre."""

from __future__ import annotations

import re

import pytest

from tests.conftest import ROOT
from toc.start.draft import draft
from toc.start.questions import Answers

GENRES = sorted(path.stem for path in (ROOT / "examples" / "genres").glob("*.toc"))
# The answers each page's example was made from.
PAGES = {
    "start.md": ("en", {
        "title": "Conversation cards against loneliness", "for_whom": "Older residents living alone",
        "by_whom": "Volunteers", "interventions": "Home visits with conversation cards",
        "outcomes": "Older residents talk about what matters to them",
        "aim": "Less loneliness among older residents"}),
    "start.nl.md": ("nl", {
        "title": "Gesprekskaarten tegen eenzaamheid", "for_whom": "Alleenwonende ouderen",
        "by_whom": "Vrijwilligers", "interventions": "Huisbezoeken met gesprekskaarten",
        "outcomes": "Ouderen praten over wat voor hen belangrijk is",
        "aim": "Minder eenzaamheid onder ouderen"}),
}


def page(name: str) -> str:
    return (ROOT / "docs" / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", PAGES)
def test_the_example_is_what_toc_new_writes_without_its_notes(name: str) -> None:
    lang, answers = PAGES[name]
    (shown,) = re.findall(r"```toc\n(.*?)```", page(name), re.S)
    written = draft(Answers.from_texts(answers), lang, "plan.toc")
    statements = [line for line in written.splitlines() if line and not line.startswith("#")]
    assert shown.splitlines() == statements


@pytest.mark.parametrize("name", PAGES)
def test_the_page_lists_every_genre(name: str) -> None:
    listed = re.findall(r"^  \| `([a-z-]+)` \|", page(name), re.M)
    assert listed == GENRES


def test_the_pages_link_to_each_other_and_the_readme_to_them() -> None:
    assert "(start.nl.md)" in page("start.md") and "(start.md)" in page("start.nl.md")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/start.md" in readme and "docs/start.nl.md" in readme
