"""`toc checklist` on the command line: exit codes, what goes to stdout and stderr, and writing files."""

from __future__ import annotations

import os
import stat

from tests.conftest import ROOT, run_cli

EXAMPLE = ROOT / "examples" / "pocket-money.toc"
GOLDEN = ROOT / "tests" / "golden" / "checklist"
BROKEN = 'theory "Broken" { lang: en }\noutcome a "A"\nb -> a\n'


def test_prints_the_checklist_to_stdout() -> None:
    result = run_cli("checklist", str(EXAMPLE))
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == (GOLDEN / "pocket-money.en.md").read_text(encoding="utf-8")


def open_items(markdown: str) -> int:
    return sum(line.startswith("- [ ] ") for line in markdown.splitlines())


def test_writes_the_checklist_to_a_file_and_says_so(tmp_path) -> None:
    printed = run_cli("checklist", str(EXAMPLE)).stdout
    target = tmp_path / "review.md"
    result = run_cli("checklist", str(EXAMPLE), "-o", str(target))
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == f"Checklist written to {target}: {open_items(printed)} of the 22 items open.\n"
    assert target.read_text(encoding="utf-8") == printed
    assert [p.name for p in tmp_path.iterdir()] == ["review.md"]  # no temporary file left behind


def test_the_written_file_is_readable_like_any_new_file(tmp_path) -> None:
    target = tmp_path / "review.md"
    run_cli("checklist", str(EXAMPLE), "-o", str(target))
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


def test_replaces_an_existing_checklist(tmp_path) -> None:
    target = tmp_path / "review.md"
    target.write_text("old notes\n", encoding="utf-8")
    result = run_cli("checklist", str(EXAMPLE), "-o", str(target), "--lang", "nl")
    assert result.exit_code == 0
    written = target.read_text(encoding="utf-8")
    assert result.stdout == f"Checklist geschreven naar {target}: {open_items(written)} van de 22 punten open.\n"
    assert written == (GOLDEN / "pocket-money.nl.md").read_text(encoding="utf-8")


def test_refuses_to_overwrite_a_theory_file(tmp_path) -> None:
    theory = tmp_path / "plan.toc"
    theory.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    result = run_cli("checklist", str(EXAMPLE), "-o", str(theory))
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (f"toc: error: refusing to write to {theory}: it is a theory file (.toc)\n"
                             "  hint: choose another output file with -o, or '-' for standard output\n")
    assert theory.read_text(encoding="utf-8") == EXAMPLE.read_text(encoding="utf-8")


def test_refuses_to_overwrite_the_theory_it_reads_whatever_its_name(tmp_path) -> None:
    theory = tmp_path / "plan.txt"
    theory.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    result = run_cli("checklist", str(theory), "-o", str(theory), "--lang", "nl")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith(f"toc: error: er wordt niet over {theory} heen geschreven: "
                                    "dat is de theorie die gelezen wordt of een bestand dat zij invoegt\n")
    assert theory.read_text(encoding="utf-8") == EXAMPLE.read_text(encoding="utf-8")


def test_an_unwritable_target_is_an_input_error(tmp_path) -> None:
    target = tmp_path / "missing-folder" / "review.md"
    result = run_cli("checklist", str(EXAMPLE), "-o", str(target))
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"toc: error: could not write '{target}': No such file or directory\n"


def test_a_theory_with_errors_gives_its_diagnostics_and_exit_2(tmp_path) -> None:
    theory = tmp_path / "broken.toc"
    theory.write_text(BROKEN, encoding="utf-8")
    target = tmp_path / "review.md"
    result = run_cli("checklist", str(theory), "-o", str(target))
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith(f"{theory}:3:1: error: ")
    assert "b -> a" in result.stderr
    assert not target.exists()


def test_a_missing_file_is_an_input_error(tmp_path) -> None:
    result = run_cli("checklist", str(tmp_path / "nope.toc"))
    assert (result.exit_code, result.stdout) == (2, "")
    assert "nope.toc" in result.stderr and "Traceback" not in result.stderr


def test_reads_standard_input() -> None:
    result = run_cli("checklist", "-", input=EXAMPLE.read_text(encoding="utf-8"))
    assert (result.exit_code, result.stderr) == (0, "")
    from_file = run_cli("checklist", str(EXAMPLE)).stdout
    assert result.stdout == from_file.replace(f"from {EXAMPLE.name}:", "from \\<stdin\\>:")


def test_open_items_do_not_make_the_exit_status_fail() -> None:
    result = run_cli("checklist", str(ROOT / "examples" / "job-matching-logframe.toc"))
    assert (result.exit_code, result.stderr) == (0, "")
    assert "- [ ] **1.1 " in result.stdout


def test_an_unknown_language_is_a_usage_error() -> None:
    result = run_cli("checklist", str(EXAMPLE), "--lang", "de")
    assert (result.exit_code, result.stdout) == (2, "")
    assert "--lang" in result.stderr


def test_is_listed_in_the_help() -> None:
    result = run_cli("--help")
    assert result.exit_code == 0
    assert "checklist" in result.stdout
