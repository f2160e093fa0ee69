"""Shared test helpers: paths, loading theories from text, and running the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from toc.api import Loaded, load

ROOT = Path(__file__).resolve().parent.parent
# Every bundled theory, the genre examples in examples/genres included.
EXAMPLES = sorted((ROOT / "examples").rglob("*.toc"))


def load_text(text: str, path: str = "t.toc", lang: str | None = None) -> Loaded:
    """Load a theory from text, as the CLI would (no includes)."""
    return load(text, path, lang=lang)


def codes(loaded: Loaded) -> list[str]:
    """The diagnostic codes of a load, in order."""
    return [d.code for d in loaded.diagnostics]


@dataclass
class CliResult:
    exit_code: int
    stdout: str
    stderr: str


def run_cli(*args: str, input: str | None = None) -> CliResult:
    """Run `toc ARGS` in-process and return (exit code, stdout, stderr)."""
    from toc.cli import main

    result = CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)
    return CliResult(result.exit_code, result.stdout, result.stderr)


def assert_page_is_generated(page: Path, *command: str) -> None:
    """A docs page is exactly what `toc COMMAND --format markdown` prints."""
    result = run_cli(*command, "--format", "markdown")
    assert result.exit_code == 0
    assert page.read_text(encoding="utf-8") == result.stdout, (
        f"regenerate with: toc {' '.join(command)} --format markdown > {page.relative_to(ROOT)}")


@pytest.fixture
def example_paths() -> list[Path]:
    return EXAMPLES


@pytest.fixture
def no_system_dot(monkeypatch, tmp_path) -> None:
    """A PATH without the system Graphviz, so that toc draws with its built-in engine."""
    empty = tmp_path / "empty-path"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
