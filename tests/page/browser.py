"""The system's Chromium, driven by Playwright for Python; tests that need it skip with the reason when it is missing.

Playwright's own browser download is never used: the browser is the one the
system package manager installed (`.ci/run` installs Debian's `chromium`).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator

import pytest

# Quiet, offline and sandbox-free (tests run as root in CI): no update checks, no sync, no first-run screens.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]
NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def chromium() -> str | None:
    """The system browser to test with: $TOC_TEST_CHROMIUM, else the first Chromium on PATH."""
    chosen = os.environ.get("TOC_TEST_CHROMIUM")
    if chosen:
        return chosen
    return next((found for name in NAMES if (found := shutil.which(name))), None)


def _skip_reason() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed (pip install '.[test]')"
    if chromium() is None:
        return "no system Chromium found (install the 'chromium' package, or set TOC_TEST_CHROMIUM)"
    return None


needs_chromium = pytest.mark.skipif(_skip_reason() is not None, reason=_skip_reason() or "")


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    # One browser per test module: Playwright's synchronous API keeps an event loop running
    # while it is open, which the asyncio tests of other modules (the language server) cannot share.
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium(), args=FLAGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):  # noqa: ANN001, ANN201 - Playwright's types
    context = browser.new_context(viewport={"width": 1300, "height": 900})
    opened = context.new_page()
    yield opened
    context.close()
