"""`toc preview`: the page follows every save, keeps the reader's place, shows errors inline, and stops cleanly."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, ROOT
from tests.page.browser import needs_chromium

# The promise: a save shows in the page within a second. The test of errors waits
# longer, since its subject is what the page shows, not how soon.
WITHIN = 1000  # milliseconds
PATIENCE = 30000  # ms a step may take on a busy machine; a passing run waits far less


class Preview:
    """A `toc preview` process serving one theory, and the address it serves on."""

    def __init__(self, path: Path, *args: str) -> None:
        env = {**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONPATH": str(ROOT)}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "toc", "preview", str(path), "--no-browser", *args],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=path.parent)
        line = self.process.stdout.readline() if self.process.stdout else ""
        found = re.search(r"http://127\.0\.0\.1:\d+/", line)
        assert found, line + (self.process.stderr.read() if self.process.stderr else "")
        self.url = found.group(0)

    def stop(self) -> tuple[int, str]:
        self.process.send_signal(signal.SIGINT)
        _, stderr = self.process.communicate(timeout=20)
        return self.process.returncode, stderr


@pytest.fixture
def plan(tmp_path) -> Path:
    target = tmp_path / "plan.toc"
    shutil.copy(next(p for p in EXAMPLES if p.name == "pocket-money.toc"), target)
    return target


@pytest.fixture
def preview(plan) -> Iterator[Preview]:
    running = Preview(plan)
    yield running
    if running.process.poll() is None:
        running.stop()


def save(path: Path, text: str) -> None:
    """Save as an editor does: write a new file and move it over the old one."""
    temporary = path.with_name(path.name + ".swp~")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def fetch(url: str, host: str | None = None) -> tuple[int, str]:
    request = urllib.request.Request(url, headers={"Host": host} if host else {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, ""


def test_it_serves_the_page_and_nothing_from_the_disk(preview, plan) -> None:
    status, html = fetch(preview.url)
    assert status == 200 and 'data-live="1"' in html and "Pocket money as a practice ground" in html
    assert "connect-src 'self'" in html.replace("&#39;", "'")
    for path in ("plan.toc", "../plan.toc", "etc/passwd", "favicon.ico", "%2e%2e/plan.toc"):
        assert fetch(preview.url + path)[0] == 404, path
    port = preview.url.rsplit(":", 1)[1].strip("/")
    assert fetch(preview.url, host=f"attacker.example:{port}")[0] == 403


def test_ctrl_c_stops_it_cleanly(preview) -> None:
    status, stderr = preview.stop()
    assert status == 0 and "Stopped watching." in stderr and "Traceback" not in stderr


@needs_chromium
def test_a_save_shows_within_a_second_keeping_zoom_and_panel(preview, plan, page) -> None:
    page.goto(preview.url)
    page.locator('.view:not([hidden]) [data-el="n:skills"]').click()
    page.locator('[data-action="zoom-in"]').click()
    zoomed = page.locator(".view:not([hidden]) svg").get_attribute("viewBox")
    page.locator('html[data-version="1"]').wait_for(state="attached")
    text = plan.read_text(encoding="utf-8").replace('"Human dignity"', '"Dignity of every family"')
    save(plan, text)
    page.locator('#elements [data-key="n:dignity"] .element-title', has_text="Dignity of every family"
                 ).wait_for(timeout=WITHIN)
    assert page.locator(".view:not([hidden]) svg").get_attribute("viewBox") == zoomed
    assert page.locator("#panel").is_visible()
    assert page.locator("#panel .panel-heading").inner_text() == "Children's financial skills"


@needs_chromium
def test_errors_show_inline_with_line_and_column_and_go_when_fixed(preview, plan, page) -> None:
    page.goto(preview.url)
    # Save only once the page has shown its first version and listens for the next.
    page.locator('html[data-version="1"]').wait_for(state="attached")
    good = plan.read_text(encoding="utf-8")
    save(plan, good + "\nskills -> nowhere\n")
    problem = page.locator(".problems")
    problem.wait_for(timeout=PATIENCE)
    lines = good.count("\n") + 2
    assert f"plan.toc:{lines}:11" in problem.inner_text()
    # The last good version stays readable under the errors.
    assert page.locator('[data-el="n:skills"]').count() > 0
    save(plan, good)
    problem.wait_for(state="detached", timeout=PATIENCE)


@needs_chromium
def test_a_save_of_an_included_file_shows_too(tmp_path, page) -> None:
    part = tmp_path / "actors.toc"
    part.write_text('actor team "The team"\n', encoding="utf-8")
    main = tmp_path / "plan.toc"
    main.write_text('theory "Plan"\nuse "actors.toc"\nintervention work "Work" { by: team }\n'
                    'outcome better "Better"\nwork -> better\n', encoding="utf-8")
    running = Preview(main)
    try:
        page.goto(running.url)
        page.locator('html[data-version="1"]').wait_for(state="attached")
        save(part, 'actor team "The neighbourhood team"\n')
        page.locator('#elements [data-key="n:team"] .element-title', has_text="The neighbourhood team"
                     ).wait_for(timeout=PATIENCE)
    finally:
        running.stop()
