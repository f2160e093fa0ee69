"""The code stays clean under its own static checks: ruff's rules and mypy's types (pyproject.toml).

Both run as a developer runs them, from the repository's root with its settings,
so a finding here is one `ruff check .` or `mypy` shows on the command line.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    # The tools of this interpreter's environment (the test extras install both).
    return subprocess.run([sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True,
                          timeout=600, check=False)


def _report(done: subprocess.CompletedProcess[str]) -> str:
    return f"exit status {done.returncode}\n{done.stdout}{done.stderr}"


def test_ruff_finds_nothing() -> None:
    done = _run("ruff", "check", ".")
    assert done.returncode == 0, _report(done)


def test_mypy_finds_nothing() -> None:
    # The files and the strictness per package come from [tool.mypy] in pyproject.toml.
    done = _run("mypy")
    assert done.returncode == 0, _report(done)
    assert "Success: no issues found" in done.stdout, _report(done)
