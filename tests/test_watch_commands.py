"""`toc lint --watch` and `toc render --watch` run again when the theory changes, until Ctrl-C."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

LIMIT = 60  # seconds: a bound on waiting, never an assertion on speed
GOOD = 'theory "T" { lang: en }\nintervention a "A"\noutcome b "B"\na -> b\n'
BROKEN = GOOD + "a -> nowhere\n"


class Watching:
    """A `toc ... --watch` process whose output lines are collected as they come."""

    def __init__(self, *args: str, cwd: Path) -> None:
        self.lines: list[str] = []
        self.process = subprocess.Popen(
            [sys.executable, "-m", "toc", *args, "--watch"], cwd=cwd, text=True,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line)

    def wait_for(self, text: str, count: int = 1) -> bool:
        deadline = time.monotonic() + LIMIT
        while time.monotonic() < deadline:
            if sum(text in line for line in self.lines) >= count:
                return True
            time.sleep(0.1)
        return False

    def stop(self) -> int:
        self.process.send_signal(signal.SIGINT)
        return self.process.wait(timeout=LIMIT)


def change_until(watching: Watching, path: Path, text: str, expected: str, count: int = 1) -> None:
    """Write the file (again, while the watcher may still be starting) until the output shows."""
    for _ in range(10):
        path.write_text(text, encoding="utf-8")
        if watching.wait_for(expected, count):
            return
    raise AssertionError(f"no {expected!r} in {''.join(watching.lines)}")


@pytest.mark.skipif(os.name != "posix", reason="sends SIGINT, as Ctrl-C does")
def test_lint_watch_reports_each_change(tmp_path: Path) -> None:
    plan = tmp_path / "plan.toc"
    plan.write_text(GOOD, encoding="utf-8")
    watching = Watching("lint", "plan.toc", cwd=tmp_path)
    try:
        assert watching.wait_for("plan.toc"), "".join(watching.lines)
        change_until(watching, plan, BROKEN, "unknown node 'nowhere'")
    finally:
        status = watching.stop()
    assert status == 0
    assert "Traceback" not in "".join(watching.lines)


@pytest.mark.skipif(os.name != "posix", reason="sends SIGINT, as Ctrl-C does")
def test_render_watch_draws_again_after_each_change(tmp_path: Path) -> None:
    plan = tmp_path / "plan.toc"
    plan.write_text(GOOD, encoding="utf-8")
    watching = Watching("render", "plan.toc", "-o", "plan.dot", cwd=tmp_path)
    try:
        assert watching.wait_for("plan.dot"), "".join(watching.lines)
        change_until(watching, plan, GOOD.replace('"B"', '"Better"'), "plan.dot", count=2)
        assert "Better" in (tmp_path / "plan.dot").read_text(encoding="utf-8")
    finally:
        status = watching.stop()
    assert status == 0
