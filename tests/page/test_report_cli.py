"""`toc report`: where the page goes, what it refuses, and the PDF printed by the system's browser."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, run_cli
from tests.page.browser import chromium, needs_chromium


@pytest.fixture
def plan(tmp_path) -> Path:
    target = tmp_path / "plan.toc"
    shutil.copy(next(p for p in EXAMPLES if p.name == "pocket-money.toc"), target)
    return target


def test_the_page_is_written_beside_the_theory(plan) -> None:
    result = run_cli("report", str(plan))
    page = plan.with_suffix(".html")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == f"Wrote {page}: the report page of Pocket money as a practice ground.\n"
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Content-Security-Policy" in html


def test_standard_output_and_dutch(plan) -> None:
    result = run_cli("report", str(plan), "-o", "-", "--lang", "nl")
    assert result.exit_code == 0
    assert '<html lang="nl"' in result.stdout and "Bevindingen" in result.stdout


def test_a_theory_with_errors_gives_no_page(tmp_path) -> None:
    broken = tmp_path / "broken.toc"
    broken.write_text('theory "x"\noutcome a "A"\na -> b\n', encoding="utf-8")
    result = run_cli("report", str(broken))
    assert result.exit_code == 2 and "broken.toc:3" in result.stderr
    assert not broken.with_suffix(".html").exists()


def test_the_page_never_replaces_the_theory(plan) -> None:
    before = plan.read_text(encoding="utf-8")
    result = run_cli("report", str(plan), "-o", str(plan))
    assert result.exit_code == 2
    assert "refusing to write over" in result.stderr and "the theory being read" in result.stderr
    assert plan.read_text(encoding="utf-8") == before


def test_pdf_without_a_browser_says_so_in_both_languages(plan, monkeypatch) -> None:
    monkeypatch.setenv("PATH", str(plan.parent))
    monkeypatch.setattr("toc.cli.browser._installed_apps", lambda: [])
    result = run_cli("report", str(plan), "--pdf")
    assert result.exit_code == 2 and result.stdout == ""
    assert "no Chromium-family browser found to print the PDF" in result.stderr
    assert "--browser PATH" in result.stderr
    dutch = run_cli("report", str(plan), "--pdf", "--lang", "nl")
    assert dutch.exit_code == 2 and "geen browser uit de Chromium-familie" in dutch.stderr
    assert not plan.with_suffix(".pdf").exists()


def test_a_named_browser_that_does_not_exist(plan) -> None:
    result = run_cli("report", str(plan), "--pdf", "--browser", str(plan.parent / "no-such-browser"))
    assert result.exit_code == 2 and "no such program" in result.stderr


def test_pdf_to_standard_output_is_refused(plan) -> None:
    result = run_cli("report", str(plan), "--pdf", "-o", "-")
    assert result.exit_code == 2 and "-o FILE.pdf" in result.stderr


@needs_chromium
def test_printing_gives_a_pdf_whose_first_page_holds_the_diagram(plan) -> None:
    from pypdf import PdfReader

    result = run_cli("report", str(plan), "--pdf", "--browser", chromium() or "")
    assert result.exit_code == 0, result.stderr
    pdf = PdfReader(plan.with_suffix(".pdf"))
    first, second = pdf.pages[0], pdf.pages[1]
    assert first.mediabox.width > first.mediabox.height  # the diagram's landscape page
    assert second.mediabox.width < second.mediabox.height  # then the text, portrait A4
    assert round(float(second.mediabox.height) / 72 * 25.4) == 297
    diagram = first.extract_text()
    for label in ("Pocket money as a practice ground", "Legend", "Human dignity", "Municipality"):
        assert label in diagram
    assert "Findings" not in diagram
    assert "Findings" in second.extract_text()
