"""Golden messages for broken files: one clear, positioned message per problem, exit 2."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import run_cli

HERE = Path(__file__).parent / "invalid"
CASES = sorted(p.name for p in HERE.glob("*.toc"))
UPDATE = os.environ.get("TOC_UPDATE_GOLDEN") == "1"


@pytest.mark.parametrize("name", CASES)
def test_invalid_file_gives_golden_messages(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(HERE)
    result = run_cli("check", name)
    expected_path = HERE / (name[:-4] + ".expected")
    if UPDATE:
        expected_path.write_text(result.stderr, encoding="utf-8")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert result.stderr == expected_path.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", CASES)
def test_every_message_is_positioned(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(HERE)
    result = run_cli("check", name)
    firsts = [line for line in result.stderr.splitlines() if ": error" in line and not line.startswith(" ")]
    assert firsts, "at least one error"
    for line in firsts:
        file, line_no, column, _ = line.split(":", 3)
        assert file.endswith(".toc")
        assert int(line_no) >= 1 and int(column) >= 1


def test_every_case_has_golden_output() -> None:
    for name in CASES:
        assert (HERE / (name[:-4] + ".expected")).is_file(), name
