"""`toc diff` on the command line: exit statuses, usage errors, the picture, --textconv, and the docs."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli

CASES = Path(__file__).resolve().parent / "cases"
POCKET = CASES / "pocket-money"


@pytest.fixture
def two(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copy(POCKET / "03-tighten-assumption.toc", tmp_path / "old.toc")
    shutil.copy(POCKET / "04-remove-pathway.toc", tmp_path / "new.toc")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_exit_status_is_zero_for_the_same_meaning_and_one_for_another(two: Path) -> None:
    assert run_cli("diff", "old.toc", "old.toc").exit_code == 0
    result = run_cli("diff", "old.toc", "new.toc")
    assert (result.exit_code, result.stderr) == (1, "")


def test_markdown_for_a_pull_request(two: Path) -> None:
    result = run_cli("diff", "old.toc", "new.toc", "--format", "markdown", "--lang", "nl")
    assert result.stdout.startswith("### Wat er veranderde in new.toc\n")
    assert "- verwijderd: mechanisme openness “Money stops being a taboo at home” (old.toc:32:1)" in result.stdout


@pytest.mark.parametrize("arguments,message", [
    (("old.toc",), "give two versions to compare"),
    (("a.toc", "b.toc", "c.toc"), "give two versions to compare"),
    (("--textconv", "old.toc", "new.toc"), "--textconv takes one file"),
    (("old.toc", "new.toc", "-o", "change.mmd"), "cannot draw the change as mermaid"),
    (("old.toc", "new.toc", "-o", "change.gif"), "change.gif"),
])
def test_usage_errors(two: Path, arguments, message) -> None:
    result = run_cli("diff", *arguments)
    assert (result.exit_code, result.stdout) == (2, "")
    assert message in result.stderr and "Traceback" not in result.stderr


def test_usage_errors_in_dutch(two: Path) -> None:
    result = run_cli("diff", "old.toc", "--lang", "nl")
    assert "geef twee versies om te vergelijken" in result.stderr


def test_a_version_with_errors_is_pointed_at(two: Path) -> None:
    (two / "new.toc").write_text('theory "T" { lang: en }\noutcome o "O" { horizon: soon }\n', encoding="utf-8")
    result = run_cli("diff", "old.toc", "new.toc")
    assert (result.exit_code, result.stdout) == (2, "")
    assert re.search(r"^new\.toc:2:\d+: error", result.stderr, re.M)
    missing = run_cli("diff", "old.toc", "nothing.toc")
    assert missing.exit_code == 2 and "no such file: nothing.toc" in missing.stderr


def test_the_picture_is_written_and_the_words_printed(two: Path) -> None:
    result = run_cli("diff", "old.toc", "new.toc", "-o", "change.dot")
    assert result.exit_code == 1 and "removed mechanism openness" in result.stdout
    assert "wrote change.dot (dot, toc)" in result.stderr
    dot = (two / "change.dot").read_text(encoding="utf-8")
    assert dot.startswith("digraph toc {") and "Changes since old.toc" in dot


@pytest.mark.skipif(shutil.which("dot") is None, reason="needs the system Graphviz for PNG and PDF")
@pytest.mark.parametrize("suffix,magic", [(".svg", b"<?xml"), (".png", b"\x89PNG"), (".pdf", b"%PDF")])
def test_the_picture_in_each_format(two: Path, suffix: str, magic: bytes) -> None:
    result = run_cli("diff", "old.toc", "new.toc", "-o", f"change{suffix}", "--engine", "dot")
    assert result.exit_code == 1, result.stderr
    assert (two / f"change{suffix}").read_bytes().startswith(magic)


def test_the_picture_never_replaces_a_theory(two: Path) -> None:
    before = (two / "new.toc").read_bytes()
    result = run_cli("diff", "old.toc", "new.toc", "-o", "new.toc")
    assert result.exit_code == 2 and (two / "new.toc").read_bytes() == before


def test_textconv_prints_sorted_facts_and_ignores_layout(two: Path) -> None:
    shutil.copy(POCKET / "05-change-counterfactual.toc", two / "five.toc")
    shutil.copy(POCKET / "06-reformat.toc", two / "six.toc")
    five, six = run_cli("diff", "--textconv", "five.toc"), run_cli("diff", "--textconv", "six.toc")
    assert five.exit_code == 0 and five.stdout == six.stdout
    lines = five.stdout.splitlines()
    assert lines == sorted(lines) and "counterfactual for generations: deadweight 35%" in lines
    assert "outcome skills › indicator “Financial self-reliance score”: target 3" in lines


def test_textconv_shows_a_file_it_cannot_load_as_it_is(two: Path) -> None:
    text = 'theory "T" { lang: en }\nuse "elsewhere.toc"\noutcome o "O"\n'
    (two / "part.toc").write_text(text, encoding="utf-8")
    result = run_cli("diff", "--textconv", "part.toc")
    assert (result.exit_code, result.stdout) == (0, text)


def test_the_command_is_listed_in_the_help() -> None:
    result = run_cli("--help")
    assert re.search(r"^  diff\s+Show what changed in meaning between two versions\.", result.stdout, re.M)


def test_the_examples_in_the_docs_are_real_outputs() -> None:
    """Every text block of docs/diff.md is an expected output of the test series, word for word."""
    docs = (ROOT / "docs" / "diff.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```text\n(.*?)```", docs, re.S)
    outputs = {p.read_text(encoding="utf-8") for p in CASES.glob("*/expected/*.txt")}
    assert len(blocks) == 2 and all(block in outputs for block in blocks)
