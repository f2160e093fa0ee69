#!/usr/bin/env python3
"""Screenshots of the report page, made in the system's headless Chromium (through Playwright).

Usage:
  python scripts/report_screenshots.py                 docs/report.png and docs/report-change.png, the
                                                       pictures in docs/report.md
  python scripts/report_screenshots.py --all OUT_DIR   every example in both languages, whole pages,
                                                       and the first page of each printed PDF, to look at

Needs `pip install ".[test]"` and a Chromium (Debian: apt-get install chromium); never downloads a browser.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.page.browser import FLAGS, chromium  # noqa: E402
from toc.api import load, report_html  # noqa: E402

DOCS_EXAMPLE = ROOT / "examples" / "co-creation-refugees.toc"
# Two versions of a theory, for the picture of a page made with --against.
CHANGE_CASES = ROOT / "tests" / "diff" / "cases" / "pocket-money"
CHANGE_OLD, CHANGE_NEW = CHANGE_CASES / "00-base.toc", CHANGE_CASES / "05-change-counterfactual.toc"


def page_file(source: Path, folder: Path, lang: str | None = None) -> Path:
    loaded = load(source.read_text(encoding="utf-8"), str(source.relative_to(ROOT)))
    target = folder / f"{source.stem}{'.' + lang if lang else ''}.html"
    target.write_text(report_html(loaded, lang=lang, file=source.name), encoding="utf-8")
    return target


def docs_picture(browser, folder: Path) -> Path:  # noqa: ANN001 - Playwright's type
    """The page as a reader first meets it, with one element's panel open."""
    page = browser.new_page(viewport={"width": 1440, "height": 1000}, device_scale_factor=1)
    page.goto(page_file(DOCS_EXAMPLE, folder).as_uri())
    page.locator('.view:not([hidden]) [data-el="n:safety"]').click()
    target = ROOT / "docs" / "report.png"
    page.screenshot(path=str(target))
    page.close()
    return target


def change_picture(browser, folder: Path) -> Path:  # noqa: ANN001 - Playwright's type
    """A page made with --against, its "What changed" tab open, and one changed element's panel."""
    older = load(CHANGE_OLD.read_text(encoding="utf-8"), CHANGE_OLD.name)
    newer = load(CHANGE_NEW.read_text(encoding="utf-8"), CHANGE_NEW.name)
    html = folder / "change.html"
    html.write_text(report_html(newer, file=CHANGE_NEW.name, against=older, against_name=CHANGE_OLD.name),
                    encoding="utf-8")
    page = browser.new_page(viewport={"width": 1440, "height": 1000}, device_scale_factor=1)
    page.goto(html.as_uri())
    page.get_by_role("tab", name="What changed").click()
    page.locator('.view:not([hidden]) [data-el="n:regular"]').click()
    page.locator("#diagram").scroll_into_view_if_needed()
    page.evaluate("document.getElementById('diagram').scrollIntoView()")
    target = ROOT / "docs" / "report-change.png"
    page.screenshot(path=str(target))
    page.close()
    return target


def all_pictures(browser, folder: Path) -> list[Path]:  # noqa: ANN001 - Playwright's type
    made = []
    examples = [*sorted((ROOT / "examples").glob("*.toc")),
                *sorted((ROOT / "examples" / "genres").glob("*.toc"))]
    for source in examples:
        for lang in ("en", "nl"):
            html = page_file(source, folder, lang)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(html.as_uri())
            picture = folder / f"{html.stem}.png"
            page.screenshot(path=str(picture), full_page=True)
            page.pdf(path=str(folder / f"{html.stem}.pdf"), prefer_css_page_size=True)
            page.close()
            made.append(picture)
    return made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--all", metavar="OUT_DIR", type=Path, default=None)
    arguments = parser.parse_args()
    executable = chromium()
    if executable is None:
        print("no Chromium found: install the 'chromium' package or set TOC_TEST_CHROMIUM", file=sys.stderr)
        return 2
    import tempfile

    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright, tempfile.TemporaryDirectory() as temporary:
        browser = playwright.chromium.launch(executable_path=executable, args=FLAGS)
        if arguments.all:
            arguments.all.mkdir(parents=True, exist_ok=True)
            made = all_pictures(browser, arguments.all)
        else:
            made = [docs_picture(browser, Path(temporary)), change_picture(browser, Path(temporary))]
        browser.close()
    for path in made:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
