"""`toc render` on the command line: (exit code, stdout, stderr) together, and the files it leaves."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli
from tests.test_render_engines import PROBE, fake_engine

POCKET = ROOT / "examples" / "pocket-money.toc"
DUTCH = ROOT / "examples" / "sociaal-arrangeren.toc"


@pytest.fixture
def plan(tmp_path) -> Path:
    (tmp_path / "work").mkdir()
    copy = tmp_path / "work" / "plan.toc"
    shutil.copy(POCKET, copy)
    return copy


def test_render_writes_svg_beside_the_theory(plan, no_system_dot) -> None:
    result = run_cli("render", str(plan))
    target = plan.with_suffix(".svg")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == f"wrote {target} (svg, graphviz-pure)\n"
    assert target.read_bytes().startswith(b"<?xml")


def test_output_extension_picks_the_format(plan, no_system_dot) -> None:
    for name, start in (("out.png", b"\x89PNG"), ("out.dot", b"digraph toc {"),
                        ("out.mmd", b'---\ntitle: "'), ("out.svg", b"<?xml")):
        target = plan.parent / name
        result = run_cli("render", str(plan), "-o", str(target))
        assert (result.exit_code, result.stderr) == (0, ""), name
        assert target.read_bytes().startswith(start), name


def test_format_overrides_the_extension_and_names_the_default_file(plan, no_system_dot) -> None:
    result = run_cli("render", str(plan), "--format", "png")
    assert result.exit_code == 0
    assert plan.with_suffix(".png").read_bytes().startswith(b"\x89PNG")
    weird = plan.parent / "picture.txt"
    assert run_cli("render", str(plan), "-o", str(weird), "--format", "dot").exit_code == 0
    assert weird.read_text(encoding="utf-8").startswith("digraph toc {")


def test_dash_writes_to_stdout_and_says_nothing_else(plan) -> None:
    result = run_cli("render", str(plan), "-o", "-", "--format", "dot")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout.startswith("digraph toc {") and result.stdout.endswith("}\n")
    assert not plan.with_suffix(".dot").exists()


def test_mermaid_prints_a_flowchart(plan) -> None:
    result = run_cli("render", str(plan), "--format", "mermaid")
    assert (result.exit_code, result.stderr) == (0, "")
    assert "flowchart LR" in result.stdout and ":::outcome" in result.stdout


def test_pdf_without_system_graphviz_comes_from_the_built_in_engine(plan, no_system_dot) -> None:
    result = run_cli("render", str(plan), "-o", str(plan.parent / "plan.pdf"))
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == f"wrote {plan.parent / 'plan.pdf'} (pdf, graphviz-pure)\n"
    assert (plan.parent / "plan.pdf").read_bytes().startswith(b"%PDF")


def test_the_theory_is_never_overwritten(plan) -> None:
    before = plan.read_bytes()
    for target in (str(plan), str(plan.parent / "." / "plan.toc"), str(plan.parent / "x.toc")):
        result = run_cli("render", str(plan), "-o", target, "--format", "svg")
        assert result.exit_code == 2 and result.stdout == ""
        assert "refusing to write" in result.stderr and str(plan.parent) in result.stderr
    assert plan.read_bytes() == before
    assert sorted(os.listdir(plan.parent)) == ["plan.toc"]


def test_engine_failure_leaves_no_file(plan, monkeypatch, tmp_path) -> None:
    folder = tmp_path / "bin"
    fake_engine(folder, PROBE + 'sys.stdout.write("<svg partial"); '
                "sys.stderr.write('Error: out of memory\\n'); sys.exit(3)\n")
    monkeypatch.setenv("PATH", str(folder))
    result = run_cli("render", str(plan), "--engine", "dot")
    assert result.exit_code == 2 and result.stdout == ""
    assert "the layout engine dot failed (exit status 3): Error: out of memory" in result.stderr
    assert "no file was written" in result.stderr
    assert sorted(os.listdir(plan.parent)) == ["plan.toc"]


def test_engine_timeout_leaves_no_file(plan, monkeypatch, tmp_path) -> None:
    folder = tmp_path / "bin"
    fake_engine(folder, PROBE + "time.sleep(60)\n")
    monkeypatch.setenv("PATH", str(folder))
    result = run_cli("render", str(plan), "--engine", "dot", "--timeout", "0.5")
    assert result.exit_code == 2 and result.stdout == ""
    assert "took longer than 0.5 seconds and was stopped" in result.stderr
    assert sorted(os.listdir(plan.parent)) == ["plan.toc"]


def test_input_errors_print_diagnostics_and_exit_2(tmp_path) -> None:
    broken = tmp_path / "broken.toc"
    broken.write_text('theory "B" { lang: en }\noutcome a "A"\na -> nothing\n', encoding="utf-8")
    result = run_cli("render", str(broken))
    assert result.exit_code == 2 and result.stdout == ""
    assert "broken.toc:3" in result.stderr and "nothing" in result.stderr
    assert sorted(os.listdir(tmp_path)) == ["broken.toc"]
    missing = run_cli("render", str(tmp_path / "missing.toc"))
    assert missing.exit_code == 2 and "no such file" in missing.stderr


def test_view_options_are_checked_with_suggestions(plan) -> None:
    result = run_cli("render", str(plan), "--focus", "skils", "--format", "dot")
    assert (result.exit_code, result.stdout) == (2, "")
    assert "there is no node 'skils' to focus on" in result.stderr
    assert "did you mean 'skills'?" in result.stderr
    result = run_cli("render", str(plan), "--perspective", "parent", "--format", "dot")
    assert result.exit_code == 2 and "did you mean 'parents'?" in result.stderr
    result = run_cli("render", str(plan), "--hide", "contexts,ghosts", "--format", "dot")
    assert result.exit_code == 2 and "cannot hide 'ghosts'" in result.stderr
    result = run_cli("render", str(plan), "--focus", "parents", "--format", "dot")
    assert result.exit_code == 2 and "is an actor" in result.stderr


def test_an_unknown_focus_without_a_near_name_lists_the_choices(plan) -> None:
    result = run_cli("render", str(plan), "--focus", "nmae", "--format", "dot")
    assert (result.exit_code, result.stdout) == (2, "")
    assert "there is no node 'nmae' to focus on" in result.stderr
    assert "did you mean" not in result.stderr
    assert "hint: you can focus on: " in result.stderr and "skills" in result.stderr
    # Actors are no pathway to focus on; they are not offered.
    assert "parents" not in result.stderr.split("focus on: ")[1]
    dutch = run_cli("render", str(plan), "--focus", "nmae", "--format", "dot", "--lang", "nl")
    assert "  tip: je kunt inzoomen op: " in dutch.stderr


def test_an_unknown_perspective_lists_the_actors(plan, tmp_path) -> None:
    result = run_cli("render", str(plan), "--perspective", "skills", "--format", "dot")
    assert (result.exit_code, result.stdout) == (2, "")
    assert "there is no actor 'skills'" in result.stderr
    assert "hint: the actors are: parents, children, team, city" in result.stderr
    dutch = tmp_path / "nl.toc"
    shutil.copy(DUTCH, dutch)
    result = run_cli("render", str(dutch), "--perspective", "ouder", "--format", "dot")
    assert "er is geen actor 'ouder' — bedoel je 'ouderen'?" in result.stderr
    assert "  tip: de actoren zijn: ouderen, mantelzorg, huisarts," in result.stderr
    nobody = tmp_path / "nobody.toc"
    nobody.write_text('theory "T" { lang: en }\nmechanism m "M"\n', encoding="utf-8")
    result = run_cli("render", str(nobody), "--perspective", "m", "--format", "dot")
    assert result.exit_code == 2 and "this theory has no actors" in result.stderr


def test_views_reach_the_drawing(plan) -> None:
    whole = run_cli("render", str(plan), "-o", "-", "--format", "dot").stdout
    focused = run_cli("render", str(plan), "-o", "-", "--format", "dot", "--focus", "skills",
                      "--depth", "1", "--hide", "assumptions,contexts,legend").stdout
    assert focused.count(" [label=") < whole.count(" [label=")
    assert "Children&#39;s" not in focused and "Children's financial" in focused
    assert "Families can give" not in focused and "cluster_legend" not in focused
    assert 'rankdir="TB"' in run_cli("render", str(plan), "-o", "-", "--format", "dot",
                                     "--direction", "TB").stdout
    assert "cluster_legend" not in run_cli("render", str(plan), "-o", "-", "--format", "dot",
                                           "--no-legend").stdout


def test_messages_and_legend_follow_the_theory_language(tmp_path) -> None:
    plan = tmp_path / "plan.toc"
    shutil.copy(DUTCH, plan)
    result = run_cli("render", str(plan), "-o", "-", "--format", "dot")
    assert "Legenda" in result.stdout
    result = run_cli("render", str(plan), "-o", str(plan))
    assert "er wordt niet over" in result.stderr and "de theorie die gelezen wordt" in result.stderr
    english = run_cli("render", str(plan), "-o", "-", "--format", "dot", "--lang", "en").stdout
    assert ">Legend<" in english


def test_standard_input_goes_to_standard_output() -> None:
    result = run_cli("render", "-", "--format", "dot", input=POCKET.read_text(encoding="utf-8"))
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout.startswith("digraph toc {")
