"""Replacing a file: whole or not at all, and never one that a rename would treat wrongly."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests.conftest import run_cli
from toc.cli.writer import NotReplaceable, write_atomically


def test_a_new_file_and_a_replaced_one(tmp_path: Path) -> None:
    target = tmp_path / "plan.svg"
    write_atomically(target, b"first")
    write_atomically(target, b"second")
    assert target.read_bytes() == b"second"
    assert os.listdir(tmp_path) == ["plan.svg"]


def test_a_read_only_file_is_not_replaced(tmp_path: Path) -> None:
    target = tmp_path / "plan.toc"
    target.write_text("old", encoding="utf-8")
    target.chmod(stat.S_IRUSR | stat.S_IRGRP)
    try:
        with pytest.raises(NotReplaceable):
            write_atomically(target, b"new")
        assert target.read_text(encoding="utf-8") == "old"
        assert os.listdir(tmp_path) == ["plan.toc"]
    finally:
        target.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_a_hard_linked_file_is_not_split_from_its_links(tmp_path: Path) -> None:
    target = tmp_path / "plan.toc"
    target.write_text("old", encoding="utf-8")
    os.link(target, tmp_path / "other.toc")
    with pytest.raises(NotReplaceable):
        write_atomically(target, b"new")
    assert (tmp_path / "other.toc").read_text(encoding="utf-8") == "old"


def test_fmt_leaves_a_read_only_theory_alone_and_says_why(tmp_path: Path) -> None:
    target = tmp_path / "plan.toc"
    target.write_text('outcome   a "A"\n', encoding="utf-8")
    target.chmod(stat.S_IRUSR | stat.S_IRGRP)
    try:
        result = run_cli("fmt", str(target))
        assert result.exit_code == 2
        assert "read-only" in result.stderr
        assert target.read_text(encoding="utf-8") == 'outcome   a "A"\n'
    finally:
        target.chmod(stat.S_IRUSR | stat.S_IWUSR)
