"""`toc docs`: the documentation at hand after a pip install, in the terminal or the browser, in English or Dutch."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli
from toc import i18n
from toc.cli.docs import _page
from toc.disk.manual import topics
from toc.page.manual import manual_page

DOCS = ROOT / "docs"
LOCALE_VARIABLES = ("TOC_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture(autouse=True)
def english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts from no language setting at all; those that need one set it."""
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)


def test_every_page_is_a_topic_with_a_line_in_both_languages() -> None:
    names = {page.name.split(".")[0] for page in DOCS.glob("*.md")}
    assert set(topics()) == names
    for name in names:
        english, dutch = i18n.text(f"docs.topic.{name}", "en"), i18n.text(f"docs.topic.{name}", "nl")
        assert english and dutch and english != dutch, name


def test_the_list_names_every_topic_in_the_chosen_language() -> None:
    result = run_cli("docs")
    assert (result.exit_code, result.stderr) == (0, "")
    for name in topics():
        assert re.search(rf"^  {name} +{re.escape(i18n.text(f'docs.topic.{name}', 'en'))}$",
                         result.stdout, re.MULTILINE), name
    dutch = run_cli("docs", "--lang", "nl")
    assert i18n.text("docs.topic.language", "nl") in dutch.stdout
    assert i18n.text("docs.topic.language", "en") not in dutch.stdout
    # A page that has no Dutch version says so in the Dutch list.
    assert re.search(rf"^  lint +{re.escape(i18n.text('docs.topic.lint', 'nl'))} \(in het Engels\)$",
                     dutch.stdout, re.MULTILINE)
    assert re.search(rf"^  language +{re.escape(i18n.text('docs.topic.language', 'nl'))}$", dutch.stdout,
                     re.MULTILINE)


def test_a_page_piped_is_its_markdown_unchanged() -> None:
    result = run_cli("docs", "language")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == (DOCS / "language.md").read_text(encoding="utf-8")
    assert run_cli("docs", "language.md").stdout == result.stdout


@pytest.mark.parametrize("variable, value", [("LANG", "nl_NL.UTF-8"), ("LC_ALL", "nl_BE.UTF-8"),
                                             ("LC_MESSAGES", "nl_NL"), ("TOC_LANG", "nl")])
def test_the_dutch_page_with_a_dutch_locale(monkeypatch: pytest.MonkeyPatch, variable: str, value: str) -> None:
    monkeypatch.setenv(variable, value)
    result = run_cli("docs", "language")
    assert result.stdout == (DOCS / "language.nl.md").read_text(encoding="utf-8")


def test_lang_wins_over_the_locale_and_a_page_only_in_english_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    assert run_cli("docs", "language", "--lang", "en").stdout == (DOCS / "language.md").read_text(encoding="utf-8")
    result = run_cli("docs", "lint", "--lang", "nl")
    assert result.exit_code == 0
    assert result.stdout == (DOCS / "lint.md").read_text(encoding="utf-8")
    assert result.stderr == "De pagina 'lint' bestaat alleen in het Engels.\n"


def test_an_unknown_topic_gets_a_suggestion_and_the_list() -> None:
    result = run_cli("docs", "langauge")
    assert (result.exit_code, result.stdout) == (2, "")
    assert "toc: error: there is no documentation page 'langauge' — did you mean 'language'?" in result.stderr
    assert "hint: the topics are: checklist, development, diff," in result.stderr
    dutch = run_cli("docs", "regles", "--lang", "nl")
    assert dutch.exit_code == 2 and "bedoel je 'rules'?" in dutch.stderr and "tip: de onderwerpen zijn" in dutch.stderr


def test_in_a_terminal_the_page_is_formatted(capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAGER", "cat")
    _page("# Installing toc\n\nIt needs **Python 3.11**.\n")
    shown = capsys.readouterr().out
    assert "Installing toc" in shown and "Python 3.11" in shown
    assert "#" not in shown and "**" not in shown


def test_the_browser_gets_a_page_that_asks_for_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", opened.append)
    result = run_cli("docs", "genres", "--browser", "--lang", "nl")
    assert result.exit_code == 0, result.stderr
    (uri,) = opened
    page = Path(result.stdout.strip())
    assert uri == page.as_uri() and page.name == "genres.nl.html" and page.parent.parent == tmp_path
    html = page.read_text(encoding="utf-8")
    assert '<html lang="nl">' in html and "<h1>Een bestaand plan opschrijven</h1>" in html
    assert "content=\"default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src &#39;none&#39;" in html
    assert not re.search(r"<(script|img|link|iframe|object)\b", html)
    # The other pages lie beside it, so that links between them work.
    assert {"language.html", "language.nl.html", "rules.nl.html"} <= {p.name for p in page.parent.iterdir()}


def test_html_in_a_page_is_shown_as_text_and_comments_are_left_out() -> None:
    html = manual_page('<!-- error: E102 -->\n<script>alert("x")</script>\n\nA <b>bold</b> claim & '
                       '[the rules](rules.nl.md#e102) [bad](javascript:alert(1))\n', 'a "title" <i>', "en")
    assert "<!--" not in html and "<script>alert" not in html and "<b>" not in html
    assert "&lt;script&gt;alert" in html and "&lt;b&gt;bold&lt;/b&gt;" in html and "claim &amp;" in html
    assert '<a href="rules.nl.html#e102">the rules</a>' in html
    assert 'href="javascript' not in html
    assert "<title>a &#34;title&#34; &lt;i&gt;</title>" in html
