"""Which files a folder argument stands for, and what an empty folder means."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import run_cli


def test_a_folder_gives_its_regular_visible_toc_files(tmp_path: Path) -> None:
    (tmp_path / "plan.toc").write_text('outcome a "A"\n', encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "more.toc").write_text('outcome b "B"\n', encoding="utf-8")
    (tmp_path / "weird.toc").mkdir()  # a folder named like a theory
    os.symlink("user@host.1:1", tmp_path / ".#plan.toc")  # an editor's lock file
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "old.toc").write_text("broken {", encoding="utf-8")
    result = run_cli("check", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    checked = sorted(line.split(":")[0] for line in result.stdout.splitlines())
    assert checked == [str(tmp_path / "plan.toc"), str(tmp_path / "sub" / "more.toc")]


@pytest.mark.parametrize("command", [["check"], ["lint"], ["fmt", "--check"]])
def test_a_folder_without_theories_is_a_usage_error(tmp_path: Path, command: list[str]) -> None:
    result = run_cli(*command, str(tmp_path))
    assert result.exit_code == 2
    assert str(tmp_path) in result.stderr
