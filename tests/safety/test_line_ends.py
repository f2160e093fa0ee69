"""One meaning of a line break: CR, LF and CR LF end a line in positions, parser, formatter and server."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli
from toc.api import load
from toc.language.source import Source
from toc.lsp.documents import check_document
from toc.lsp.positions import span_to_range

LINES = ['theory "T" { lang: en }', 'outcome   a "A"', 'intervention b "B"', "b -> a", "b -> zz"]
ENDINGS = {"lf": "\n", "crlf": "\r\n", "cr": "\r"}


def text_with(ending: str) -> str:
    return ending.join(LINES) + ending


@pytest.mark.parametrize("ending", ENDINGS.values(), ids=ENDINGS.keys())
def test_every_line_ending_counts_lines_alike(ending: str) -> None:
    source = Source("t.toc", text_with(ending))
    assert source.line_count == len(LINES) + 1
    assert [source.line_text(n) for n in range(1, len(LINES) + 1)] == LINES
    offset = source.text.index("zz")
    assert source.position(offset) == (5, 6)
    assert source.offset(5, 6) == offset


@pytest.mark.parametrize("ending", ENDINGS.values(), ids=ENDINGS.keys())
def test_the_command_line_points_at_the_same_line_and_column(tmp_path: Path, ending: str) -> None:
    path = tmp_path / "plan.toc"
    path.write_bytes(text_with(ending).encode("utf-8"))
    result = run_cli("check", str(path))
    assert result.exit_code == 2
    assert f"{path}:5:6: error: unknown node 'zz'" in result.stderr
    assert " 5 | b -> zz\n" in result.stderr


@pytest.mark.parametrize("ending", ENDINGS.values(), ids=ENDINGS.keys())
def test_the_language_server_agrees_with_the_command_line(ending: str) -> None:
    text = text_with(ending)
    state = check_document("file:///tmp/plan.toc", text, lambda path: None, None)
    [unknown] = [d for d in state.findings if d.code == "E102"]
    place = span_to_range(state.source, unknown.span)
    assert (place.start.line, place.start.character) == (4, 5)
    assert load(text, "/tmp/plan.toc").diagnostics[0].span == unknown.span


def test_a_text_cannot_run_across_a_lone_carriage_return() -> None:
    loaded = load('outcome a "first\rsecond"\r', "t.toc")
    assert [d.code for d in loaded.diagnostics][:1] == ["E002"]
    assert loaded.diagnostics[0].span.line == 1


def test_a_syntax_error_resumes_at_the_next_statement_after_a_lone_cr() -> None:
    loaded = load('outcome a "A" }\routcome b "B"\rb -> nothing\r', "t.toc")
    assert [(d.code, d.span.line) for d in loaded.diagnostics] == [("E003", 1), ("E102", 3)]


@pytest.mark.parametrize("ending", ENDINGS.values(), ids=ENDINGS.keys())
def test_fmt_formats_and_keeps_the_line_ending(tmp_path: Path, ending: str) -> None:
    path = tmp_path / "plan.toc"
    path.write_bytes(text_with(ending).encode("utf-8"))
    result = run_cli("fmt", str(path))
    assert result.exit_code == 0, result.stderr
    written = path.read_bytes().decode("utf-8")
    assert written == ending.join([*LINES[:1], 'outcome a "A"', *LINES[2:]]) + ending
    assert run_cli("fmt", "--check", str(path)).exit_code == 0
