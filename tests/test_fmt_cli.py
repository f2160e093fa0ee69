"""`toc fmt` on the command line: (exit code, stdout, stderr) and what happens to the files."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import run_cli
from toc.cli import main

MESSY = "intervention i \"I\"{by:a}\nactor a \"A\"\n"
TIDY = "intervention i \"I\" { by: a }\nactor a \"A\"\n"


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(name: str, text: str) -> Path:
    path = Path(name)
    path.write_bytes(text.encode("utf-8"))
    return path


def test_rewrites_a_file_in_place() -> None:
    plan = write("plan.toc", MESSY)
    result = run_cli("fmt", "plan.toc")
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == "reformatted plan.toc\n1 file reformatted, 0 files left unchanged.\n"
    assert plan.read_text(encoding="utf-8") == TIDY


def test_leaves_a_formatted_file_untouched() -> None:
    plan = write("plan.toc", TIDY)
    before = os.stat(plan)
    result = run_cli("fmt", "plan.toc")
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == "0 files reformatted, 1 file left unchanged.\n"
    after = os.stat(plan)
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_check_shows_a_diff_and_exits_1_without_writing() -> None:
    plan = write("plan.toc", "a->b\n")
    result = run_cli("fmt", "--check", "plan.toc")
    assert result.exit_code == 1
    assert result.stdout == ("--- plan.toc\n+++ plan.toc (formatted)\n@@ -1 +1 @@\n"
                             "-a->b\n+a -> b\n")
    assert result.stderr == ("would reformat plan.toc\n"
                             "1 file would be reformatted, 0 files already formatted.\n")
    assert plan.read_text(encoding="utf-8") == "a->b\n"


def test_check_passes_on_formatted_files() -> None:
    write("plan.toc", TIDY)
    result = run_cli("fmt", "--check", "plan.toc")
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == "0 files would be reformatted, 1 file already formatted.\n"


def test_check_marks_a_missing_final_newline() -> None:
    write("plan.toc", "a -> b")
    result = run_cli("fmt", "--check", "plan.toc")
    assert result.exit_code == 1
    assert result.stdout.endswith("-a -> b\n\\ No newline at end of file\n+a -> b\n")


def test_stdin_to_stdout() -> None:
    result = run_cli("fmt", "-", input="a->b # note\n")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "a -> b  # note\n", "")


def test_stdin_check_with_a_file_name() -> None:
    result = run_cli("fmt", "--check", "--stdin-filename", "plan.toc", "-", input="a->b\n")
    assert result.exit_code == 1
    assert result.stdout.startswith("--- plan.toc\n+++ plan.toc (formatted)\n")
    assert result.stderr == ""


def test_stdin_with_a_syntax_error_prints_nothing_on_stdout() -> None:
    result = run_cli("fmt", "-", input="a ->\n")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith("<stdin>:2:1: error:")
    assert result.stderr.endswith("<stdin>: not formatted, because it has 1 error; "
                                  "correct them first.\n")


def test_refuses_a_file_that_does_not_parse() -> None:
    broken = write("bad.toc", "theory \"x\"\na  ->\n")
    good = write("good.toc", MESSY)
    result = run_cli("fmt", "bad.toc", "good.toc")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith("bad.toc:3:1: error:")
    assert result.stderr.endswith(
        "bad.toc: not formatted, because it has 1 error; correct them first.\n"
        "reformatted good.toc\n"
        "1 file reformatted, 0 files left unchanged. 1 file could not be formatted.\n")
    assert broken.read_text(encoding="utf-8") == "theory \"x\"\na  ->\n"
    assert good.read_text(encoding="utf-8") == TIDY


def test_messages_follow_the_language_of_the_file() -> None:
    write("plan.toc", "theorie \"x\"\na->b\n")
    result = run_cli("fmt", "plan.toc")
    assert result.exit_code == 0
    assert result.stderr == "plan.toc opnieuw opgemaakt\n1 bestand opnieuw opgemaakt, " \
                            "0 bestanden ongewijzigd.\n"
    write("plan.toc", "theorie \"x\"\na->b\n")
    result = run_cli("fmt", "--lang", "en", "plan.toc")
    assert result.stderr == "reformatted plan.toc\n1 file reformatted, 0 files left unchanged.\n"


def test_folders_are_searched_for_toc_files() -> None:
    Path("plans").mkdir()
    write("plans/one.toc", MESSY)
    write("plans/two.toc", TIDY)
    write("plans/notes.txt", MESSY)
    result = run_cli("fmt", "--check", "plans")
    assert result.exit_code == 1
    assert result.stderr == (f"would reformat {os.path.join('plans', 'one.toc')}\n"
                             "1 file would be reformatted, 1 file already formatted.\n")


@pytest.mark.parametrize("encoded", [
    b"a->b\r\nc->d\r\n",
    b"\xef\xbb\xbfa->b\nc->d\n",
    b"\xef\xbb\xbfa->b\r\nc->d",
], ids=["crlf", "bom", "bom-crlf-no-final-newline"])
def test_keeps_encoding_and_line_endings(encoded: bytes) -> None:
    Path("plan.toc").write_bytes(encoded)
    assert run_cli("fmt", "plan.toc").exit_code == 0
    newline = b"\r\n" if b"\r\n" in encoded else b"\n"
    bom = b"\xef\xbb\xbf" if encoded.startswith(b"\xef\xbb\xbf") else b""
    assert Path("plan.toc").read_bytes() == bom + b"a -> b" + newline + b"c -> d" + newline


def test_keeps_line_endings_on_stdin() -> None:
    result = CliRunner().invoke(main, ["fmt", "-"], input=b"a->b\r\nc->d\r\n")
    assert (result.exit_code, result.stdout_bytes) == (0, b"a -> b\r\nc -> d\r\n")


def test_keeps_permissions_and_symlinks() -> None:
    plan = write("plan.toc", MESSY)
    os.chmod(plan, 0o640)
    Path("link.toc").symlink_to("plan.toc")
    result = run_cli("fmt", "link.toc")
    assert result.exit_code == 0
    assert Path("link.toc").is_symlink()
    assert plan.read_text(encoding="utf-8") == TIDY
    assert stat.S_IMODE(os.stat(plan).st_mode) == 0o640


def test_a_failed_write_leaves_the_file_and_no_temporary(monkeypatch: pytest.MonkeyPatch) -> None:
    plan = write("plan.toc", MESSY)

    def full_disk(source: str, target: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    result = run_cli("fmt", "plan.toc")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == ("plan.toc: not written: No space left on device\n"
                             "0 files reformatted, 0 files left unchanged. "
                             "1 file could not be formatted.\n")
    assert plan.read_text(encoding="utf-8") == MESSY
    assert sorted(p.name for p in Path().iterdir()) == ["plan.toc"]


def test_a_failed_safety_check_writes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    from toc.fmt import printer

    real = printer.print_document

    def loses_comments(document) -> str:
        return "\n".join(line for line in real(document).splitlines()
                         if not line.startswith("#")) + "\n"

    monkeypatch.setattr(printer, "print_document", loses_comments)
    plan = write("plan.toc", "# keep me\n" + MESSY)
    result = run_cli("fmt", "plan.toc")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "plan.toc: not written, because the new layout failed a safety check: the formatted "
        "text would lose or change the comment '# keep me'. The file is left as it was. This "
        "is a bug in toc fmt; please report it together with the file.\n"
        "0 files reformatted, 0 files left unchanged. 1 file could not be formatted.\n")
    assert plan.read_text(encoding="utf-8") == "# keep me\n" + MESSY
    assert sorted(p.name for p in Path().iterdir()) == ["plan.toc"]


def test_an_unstable_layout_is_refused_on_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    from toc.fmt import printer

    real, calls = printer.print_document, []

    def one_more_blank_line_each_time(document) -> str:
        calls.append(document)
        return real(document) + "\n" * len(calls)

    monkeypatch.setattr(printer, "print_document", one_more_blank_line_each_time)
    result = run_cli("fmt", "--lang", "nl", "-", input="a->b\n")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith(
        "<stdin>: niet opgeslagen, omdat de nieuwe opmaak een veiligheidscontrole niet "
        "doorstond: nog een keer opmaken zou de uitkomst opnieuw veranderen.")


def test_stdin_cannot_be_combined_with_files() -> None:
    result = run_cli("fmt", "-", "plan.toc")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == "toc: error: '-' (standard input) cannot be combined with other files\n"


def test_stdin_filename_needs_stdin() -> None:
    result = run_cli("fmt", "--stdin-filename", "x.toc", "plan.toc")
    assert result.exit_code == 2
    assert "--stdin-filename only applies" in result.stderr


def test_missing_and_undecodable_files() -> None:
    Path("latin1.toc").write_bytes("actor a \"Caf\xe9\"\n".encode("latin-1"))
    result = run_cli("fmt", "missing.toc", "latin1.toc")
    assert (result.exit_code, result.stdout) == (2, "")
    assert "no such file: missing.toc" in result.stderr
    assert "latin1.toc:1:" in result.stderr
    assert result.stderr.endswith("2 files could not be formatted.\n")
    assert Path("latin1.toc").read_bytes() == "actor a \"Caf\xe9\"\n".encode("latin-1")


def test_undecodable_stdin() -> None:
    from toc import i18n

    result = CliRunner().invoke(main, ["fmt", "-"], input=b"a -> b # caf\xe9\n")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"<stdin>: {i18n.text('E007')}\n"


def test_includes_are_resolved_from_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    write("shared.toc", "actor a \"A\"\n")
    plan = write("plan.toc", "use \"shared.toc\"\n" + MESSY.replace("actor a \"A\"\n", ""))
    result = run_cli("fmt", "plan.toc")
    assert result.exit_code == 0
    assert plan.read_text(encoding="utf-8") == ('use "shared.toc"\n'
                                                'intervention i "I" { by: a }\n')
