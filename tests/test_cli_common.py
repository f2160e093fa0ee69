"""What every command shares: the error line, colour, the count of errors, and one way to read a theory."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from toc.cli.common import count_errors, error_line, use_color
from toc.cli.files import read_text
from toc.language.diagnostics import Diagnostic, Severity

TOC = Path(__file__).resolve().parent.parent / "toc"


def test_the_error_line_has_one_prefix() -> None:
    assert error_line("no such file: x.toc") == "toc: error: no such file: x.toc"
    assert error_line("there is no actor 'x'", command="render") == \
        "toc render: error: there is no actor 'x'"


def test_errors_are_counted_among_other_findings() -> None:
    found = [Diagnostic("E102", Severity.ERROR, "m"), Diagnostic("E120", Severity.WARNING, "m"),
             Diagnostic("E101", Severity.ERROR, "m")]
    assert count_errors(found, "en") == "2 errors"
    assert count_errors(found[:1], "nl") == "1 fout"


def test_colour_only_without_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert use_color() is True
    monkeypatch.setenv("NO_COLOR", "1")
    assert use_color() is False


def test_a_byte_order_mark_is_dropped_unless_kept(tmp_path: Path) -> None:
    path = tmp_path / "bom.toc"
    path.write_bytes(b"\xef\xbb\xbfoutcome a \"A\"\n")
    assert read_text(str(path)) == 'outcome a "A"\n'
    assert read_text(str(path), keep_bom=True) == '\ufeffoutcome a "A"\n'


def test_only_the_front_ends_read_theories_from_disk() -> None:
    """Theories are read in one place, toc/disk/read.py, shared by the command line and the server."""
    readers = set()
    for path in TOC.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        # Asking whether standard input is a terminal (`toc new`, before its questions) reads nothing.
        asking = {id(node.value) for node in ast.walk(tree)
                  if isinstance(node, ast.Attribute) and node.attr == "isatty"}
        for node in ast.walk(tree):
            # A file's bytes, or standard input's: where a theory's text can come from.
            if isinstance(node, ast.Attribute) and node.attr in ("read_bytes", "stdin") \
                    and id(node) not in asking:
                readers.add(str(path.relative_to(TOC)))
    # cli/browser.py reads back the PDF a browser printed, not a theory.
    assert readers == {"disk/read.py", "cli/browser.py"}


def test_a_missing_and_an_unreadable_file_have_codes_of_their_own(tmp_path: Path) -> None:
    from toc.cli.files import load_file

    plain = tmp_path / "plain.toc"
    plain.write_text('outcome a "A"\n', encoding="utf-8")
    _, missing = load_file(str(tmp_path / "nowhere.toc"), None)
    _, unreadable = load_file(str(plain / "inside.toc"), "nl")  # a file is not a folder
    assert [(d.code, d.name) for d in missing] == [("E009", "no-such-file")]
    assert [(d.code, d.name) for d in unreadable] == [("E010", "unreadable-file")]
    assert unreadable[0].message.startswith(f"kan {plain / 'inside.toc'} niet lezen: ")
