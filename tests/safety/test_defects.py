"""One test (or a few) for each way a file or a label could harm: reading, writing, showing, counting.

Each was possible once: an include reading any file and quoting it, an endless
read, `toc fmt` losing an edit, a checklist written over an include, labels
steering the terminal or going live in Markdown, drawings that are no valid XML,
lone carriage returns, a small text costing quadratic time, and `-o -`, named
pipes, /dev/stdin and a percentage just over 100% handled wrongly.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import cmarkgfm
import pytest

from tests.conftest import ROOT, run_cli
from toc.api import load
from toc.lsp.documents import check_document

SECRET = "SECRET_TOKEN=hunter2"
# What a terminal acts on rather than shows (as toc.escape.terminal lists them).
ACTIVE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# 1. Includes stay in the project, and a refusal quotes nothing --------------------------------------


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A theory in project/, a secret beside the project, and a link inside that leads to it."""
    write(tmp_path / "secret.toc", f"{SECRET}\n")
    (tmp_path / "project").mkdir()
    os.symlink(tmp_path / "secret.toc", tmp_path / "project" / "inside.toc")
    return tmp_path / "project"


@pytest.mark.parametrize(("include", "code"), [
    ("../secret.toc", "E204"),
    ("/etc/passwd", "E205"),
    ("/proc/self/environ", "E205"),
    ("inside.toc", "E204"),
    ("sub/../../secret.toc", "E204"),
])
def test_an_include_outside_the_project_is_refused_unread(project: Path, include: str, code: str,
                                                          monkeypatch) -> None:
    monkeypatch.setenv("TOC_TEST_SECRET", SECRET)
    plan = write(project / "plan.toc", f'use "{include}"\noutcome a "A"\n')
    for command in (["check"], ["lint"], ["checklist"], ["fmt", "--check"]):
        result = run_cli(*command, str(plan))
        assert SECRET not in result.stdout + result.stderr and "root:" not in result.stderr
        if command[0] != "fmt":  # fmt reports syntax errors only; it read nothing either
            assert result.exit_code == 2, (command, result.stderr)
            assert f"{plan}:1:5: error: '{include}'" in result.stderr
    assert [d.code for d in load_file_codes(plan)] == [code]


def load_file_codes(plan: Path) -> list:
    from toc.cli.files import load_file

    _, diagnostics = load_file(str(plan), None)
    return diagnostics


def test_the_language_server_applies_the_same_rule(project: Path) -> None:
    plan = write(project / "plan.toc", 'use "../secret.toc"\noutcome a "A"\n')
    state = check_document(plan.as_uri(), plan.read_text(encoding="utf-8"), lambda path: None, None)
    assert [d.code for d in state.findings] == ["E204"]
    assert all(SECRET not in d.message for d in state.findings)


def test_a_project_root_in_the_configuration_lets_includes_reach_it(tmp_path: Path) -> None:
    write(tmp_path / "shared" / "actors.toc", 'actor parents "Parents"\n')
    plan = write(tmp_path / "plans" / "plan.toc",
                 'use "../shared/actors.toc"\nintervention i "I" { by: parents }\n')
    assert run_cli("check", str(plan)).exit_code == 2
    write(tmp_path / "toc.toml", 'root = "."\n')
    result = run_cli("check", str(plan))
    assert result.exit_code == 0, result.stderr


# 2. Bounded reads of regular files only ------------------------------------------------------------


def test_a_device_is_refused_before_it_is_read() -> None:
    result = run_cli("check", "/dev/zero")
    assert result.exit_code == 2
    assert "toc: error: /dev/zero is not a regular file, so toc does not read it" in result.stderr


def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    pipe = tmp_path / "plan.toc"
    os.mkfifo(pipe)
    for command in (["check"], ["fmt"], ["lint"]):
        result = run_cli(*command, str(pipe))
        assert result.exit_code == 2 and "is not a regular file" in result.stderr
    plan = write(tmp_path / "main.toc", 'use "plan.toc"\n')
    result = run_cli("check", str(plan))
    assert "cannot read the included file 'plan.toc': it is not a regular file" in result.stderr


def test_the_size_limit_is_checked_before_reading_and_can_be_raised(tmp_path: Path) -> None:
    huge = tmp_path / "huge.toc"
    with huge.open("wb") as stream:
        stream.truncate(50_000_000_000)  # sparse: reading it would need 50 GB
    result = run_cli("check", str(huge))
    assert result.exit_code == 2
    assert f"toc: error: {huge} is larger than 8 MB, the most toc reads" in result.stderr
    plan = write(tmp_path / "plan.toc", 'outcome a "A"\n' + " " * 2000)
    write(tmp_path / "toc.toml", 'max-file-size = "1 kB"\n')
    assert "is larger than 1 kB" in run_cli("check", str(plan)).stderr
    write(tmp_path / "toc.toml", 'max-file-size = "1 MB"\n')
    assert run_cli("check", str(plan)).exit_code == 0


# 3. fmt never loses an edit saved while it works --------------------------------------------------------


def test_fmt_leaves_a_file_changed_while_it_formatted(tmp_path: Path, monkeypatch) -> None:
    import toc.fmt

    plan = write(tmp_path / "plan.toc", 'outcome   a "A"\n')
    real = toc.fmt.format_text

    def slow_format(text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        with plan.open("a", encoding="utf-8") as stream:
            stream.write('outcome b "Saved meanwhile"\n')  # the user saves an edit
        return real(text, *args, **kwargs)

    monkeypatch.setattr(toc.fmt, "format_text", slow_format)
    result = run_cli("fmt", str(plan))
    assert result.exit_code == 2
    assert f"{plan} changed while toc was working on it" in result.stderr
    assert plan.read_text(encoding="utf-8") == 'outcome   a "A"\noutcome b "Saved meanwhile"\n'


# 4. No output over a file the theory includes ---------------------------------------------------------


def test_checklist_never_writes_over_an_include_whatever_the_name(tmp_path: Path) -> None:
    parts = write(tmp_path / "parts.toc", 'actor parents "Parents"\n')
    main = write(tmp_path / "main.toc", 'use "parts.toc"\nintervention i "I" { by: parents }\n')
    os.symlink(parts, tmp_path / "notes.md")
    for target in (parts, tmp_path / "notes.md"):
        result = run_cli("checklist", str(main), "-o", str(target))
        assert result.exit_code == 2, result.stdout
        assert "refusing to write" in result.stderr
    assert parts.read_text(encoding="utf-8") == 'actor parents "Parents"\n'


@pytest.mark.parametrize("command", [["render", "--format", "dot"], ["report"], ["export"]])
def test_every_writer_refuses_an_include(tmp_path: Path, command: list[str]) -> None:
    parts = write(tmp_path / "parts.toc", 'actor parents "Parents"\n')
    main = write(tmp_path / "main.toc", 'use "parts.toc"\nintervention i "I" { by: parents }\n')
    os.symlink(parts, tmp_path / "out.txt")
    result = run_cli(command[0], str(main), *command[1:], "-o", str(tmp_path / "out.txt"))
    assert result.exit_code == 2 and "refusing to write over" in result.stderr
    assert parts.read_text(encoding="utf-8") == 'actor parents "Parents"\n'


# 5. Nothing a label holds steers the terminal ----------------------------------------------------------

STEERING = ["\x1b[2J\x1b[H", "\x1b]0;owned\x07", "\x1b]8;;https://evil.example\x1b\\here\x1b]8;;\x1b\\",
            "bell\x07", "back\x08\x08XY", "\x9b31m", "\u202eevil\u202c", "\u2066x\u2069"]


def steering_theory(folder: Path) -> Path:
    labels = [text.replace("\\", "\\\\") for text in STEERING]
    lines = [f'theory "{labels[0]} title" {{ lang: en  version: "{labels[1]}" }}',
             *(f'outcome o{n} "{label}" {{ horizon: long }}' for n, label in enumerate(labels)),
             'intervention i "I"', "i -> " + ", ".join(f"o{n}" for n in range(len(labels))),
             'counterfactual o0 { "\u202eanyway\x1b[31m" }']
    # A file name can hold what a label cannot: a carriage return.
    return write(folder / "plan \x1b[31mred\rhidden.toc", "\n".join(lines) + "\n")


@pytest.mark.parametrize("command", [["check"], ["lint"], ["checklist"], ["check", "--format", "json"],
                                     ["lint", "--format", "json"], ["lint", "--format", "github"],
                                     ["lint", "--format", "sarif"], ["lint", "--format", "markdown"],
                                     ["export"]])
def test_labels_and_file_names_cannot_steer_the_terminal(tmp_path: Path, command: list[str]) -> None:
    plan = steering_theory(tmp_path)
    result = run_cli(*command, str(plan))
    assert result.exit_code in (0, 1), result.stderr
    assert not ACTIVE.search(result.stdout), ACTIVE.findall(result.stdout)
    assert not ACTIVE.search(result.stderr), ACTIVE.findall(result.stderr)


def test_a_syntax_error_on_a_steering_line_cannot_steer_either(tmp_path: Path) -> None:
    plan = write(tmp_path / "plan.toc", 'outcome a "visible\rovertyped\x1b[2K" }\n')
    result = run_cli("check", str(plan))
    assert result.exit_code == 2 and not ACTIVE.search(result.stderr)
    assert "\\x1b[2K" in result.stderr


def test_click_messages_quote_options_safely() -> None:
    result = run_cli("check", "--format", "x\x1b]0;owned\x07", "plan.toc")
    assert result.exit_code == 2 and "\\x1b]0;owned\\x07" in result.stderr
    assert not ACTIVE.search(result.stderr)


# 6. Nothing in Markdown goes live on GitHub ---------------------------------------------------------------

LIVE = ["see https://evil.example/x", "www.evil.example", "mail a@evil.example", "@org/team", "#123",
        "$x^2$ and $y$", "own/repo#7"]


def live_theory(folder: Path) -> Path:
    lines = ['theory "Live @org/team #1" { lang: en }',
             *(f'outcome o{n} "{label}" {{ horizon: long }}' for n, label in enumerate(LIVE)),
             'intervention i "I"', "i -> " + ", ".join(f"o{n}" for n in range(len(LIVE)))]
    return write(folder / "plan.toc", "\n".join(lines) + "\n")


@pytest.mark.parametrize("command", [["lint", "--format", "markdown"], ["checklist"]])
def test_markdown_has_no_link_mention_reference_or_mathematics_from_labels(tmp_path: Path,
                                                                          command: list[str]) -> None:
    markdown = run_cli(*command, str(live_theory(tmp_path))).stdout
    html = cmarkgfm.github_flavored_markdown_to_html(markdown)
    assert "<a " not in html
    outside_code = re.sub(r"<code>.*?</code>", "", html)
    for live in ("https://", "www.", "a@evil", "@org", "#123", "repo#7"):
        assert live not in outside_code, live
    # GitHub reads $...$ as mathematics whatever stands before it: no dollar outside code.
    assert "$" not in re.sub(r"(`+).*?\1", "", markdown)
    assert "$x^2$" in html.replace("&#36;", "$")  # still readable


# 7. Every valid theory can be drawn as valid XML -------------------------------------------------------------


@pytest.mark.parametrize("engine", ["graphviz-pure", "dot"])
def test_code_points_xml_forbids_are_replaced_in_drawings(tmp_path: Path, engine: str) -> None:
    if engine == "dot" and not any((Path(p) / "dot").exists() for p in os.environ["PATH"].split(":")):
        pytest.skip("Graphviz 'dot' is not installed")
    plan = write(tmp_path / "plan.toc",
                 'theory "T\ufffe" { lang: en }\noutcome a "A\uffff\ufffe" { horizon: long }\n'
                 'intervention b "B"\nb -> a { label: "\ufffe" }\n')
    result = run_cli("render", str(plan), "--engine", engine)
    assert result.exit_code == 0, result.stderr
    ElementTree.parse(tmp_path / "plan.svg")
    dot = run_cli("render", str(plan), "-o", "-", "--format", "dot").stdout
    assert "\ufffe" not in dot and "\uffff" not in dot and "\ufffd" in dot


# 8. Lone carriage returns: see test_line_ends.py --------------------------------------------------------------
# 9. A small text with many links costs time in proportion: see test_linear.py ---------------------------------
# 10. `-o -`, named pipes, /dev/stdin and exact percentages ------------------------------------------------------


def test_checklist_dash_o_dash_is_standard_output(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    plan = write(tmp_path / "plan.toc", 'outcome a "A"\n')
    result = run_cli("checklist", str(plan), "-o", "-")
    assert result.exit_code == 0 and result.stdout.startswith("# Review checklist")
    assert not (tmp_path / "-").exists()


def test_fmt_leaves_a_named_pipe_a_pipe(tmp_path: Path) -> None:
    pipe = tmp_path / "plan.toc"
    os.mkfifo(pipe)
    assert run_cli("fmt", str(pipe)).exit_code == 2
    assert pipe.is_fifo()


def test_fmt_on_dev_stdin_never_rewrites_the_redirected_file(tmp_path: Path) -> None:
    plan = write(tmp_path / "plan.toc", 'outcome   a "A"\n')
    with plan.open("rb") as stdin:
        result = subprocess.run([sys.executable, "-m", "toc", "fmt", "/dev/stdin"], stdin=stdin,
                                capture_output=True, text=True, cwd=ROOT, check=False)
    assert result.returncode == 2
    assert "refusing to write to /dev/stdin" in result.stderr
    assert plan.read_text(encoding="utf-8") == 'outcome   a "A"\n'


@pytest.mark.parametrize("value", ["100.00000000000000000001%", "100.0000000000000001%"])
def test_a_percentage_just_outside_the_range_is_refused_exactly(value: str) -> None:
    loaded = load(f'outcome o "O" {{ horizon: long }}\ncounterfactual o {{ "x"  deadweight: {value} }}\n')
    assert [d.code for d in loaded.diagnostics] == ["E107"]


# Every front end reads and prints the same way ----------------------------------------------------------------


def test_the_command_line_prints_only_through_the_terminal_escape() -> None:
    """No command module prints by itself: text goes out through toc/cli/common.py (and data through
    the writer), so nothing reaches a terminal without toc.escape.terminal."""
    import ast

    printers = set()
    for path in sorted((ROOT / "toc" / "cli").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = ast.unparse(node.func)
                if name in ("click.echo", "print", "sys.stdout.write", "sys.stdout.buffer.write",
                            "sys.stderr.write", "click.secho"):
                    printers.add((path.name, name))
    assert printers <= {("common.py", "click.echo"), ("writer.py", "sys.stdout.buffer.write"),
                        ("review_action.py", "sys.stderr.write")}, printers


def test_watch_follows_only_the_includes_the_rule_allows(project: Path) -> None:
    from toc.cli.watch import included_files

    write(project / "part.toc", 'actor p "P"\n')
    plan = write(project / "plan.toc", 'use "../secret.toc"\nuse "part.toc"\n')
    assert included_files(str(plan)) == {plan, project / "part.toc"}


def test_the_language_server_does_not_parse_a_document_over_the_limit(tmp_path: Path) -> None:
    write(tmp_path / "toc.toml", 'max-file-size = "1 kB"\n')
    plan = tmp_path / "plan.toc"
    state = check_document(plan.as_uri(), 'outcome a "A"\n' + "#\n" * 1000, lambda path: None, None)
    assert [d.code for d in state.findings] == ["E012"]
    assert state.loaded.theory.nodes == [] and state.source.line_count == 1002
