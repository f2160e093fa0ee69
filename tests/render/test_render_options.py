"""`toc render` options for real material: a group's page, a group's focus, boxes hidden, and the
resolution of a PNG; (exit code, stdout, stderr) together."""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli

LOGFRAME = Path(__file__).parent / "stress" / "logframe-ten-stages.toc"
POCKET = ROOT / "examples" / "pocket-money.toc"


@pytest.fixture
def plan(tmp_path) -> Path:
    copy = tmp_path / "plan.toc"
    shutil.copy(LOGFRAME, copy)
    return copy


def dot_of(*args: str) -> str:
    result = run_cli("render", *args, "-o", "-", "--format", "dot")
    assert (result.exit_code, result.stderr) == (0, ""), result.stderr
    return result.stdout


def test_a_group_on_its_own_page_in_english_and_dutch_option_words(plan) -> None:
    page = dot_of(str(plan), "--group", "stage2")
    assert "<B>Group: Stage 2: Training</B>" in page
    assert "Train the coaches" in page and "Recruit volunteer" not in page
    assert dot_of(str(plan), "--groep", "stage2") == page


def test_an_unknown_group_is_refused_with_the_groups_there_are(plan, tmp_path) -> None:
    result = run_cli("render", str(plan), "--group", "stage11", "--format", "dot")
    assert (result.exit_code, result.stdout) == (2, "")
    assert "toc render: error: there is no group 'stage11' — did you mean 'stage1'?" in result.stderr
    assert "hint: the groups are: stage1, stage2, stage3," in result.stderr
    bare = tmp_path / "bare.toc"
    bare.write_text('theory "T" { lang: nl }\nuitkomst a "A"\n', encoding="utf-8")
    result = run_cli("render", str(bare), "--group", "a", "--format", "dot")
    assert result.exit_code == 2 and "er is geen groep 'a'" in result.stderr
    assert "deze theorie heeft geen groepen; maak er een met groep" in result.stderr
    assert "{ leden: a, b }" in result.stderr


def test_focus_takes_a_group_and_marks_its_box(plan) -> None:
    focused = dot_of(str(plan), "--focus", "stage5")
    assert "<B>Focus: Stage 5: First visit</B>" in focused
    assert focused.count("subgraph cluster_") == 1 and "penwidth=3.2" in focused
    result = run_cli("render", str(plan), "--focus", "stage55", "--format", "dot")
    assert result.exit_code == 2 and "did you mean 'stage5'?" in result.stderr


def test_boxes_can_be_hidden_in_either_language(plan) -> None:
    assert "subgraph" in dot_of(str(plan))
    assert "subgraph" not in dot_of(str(plan), "--hide", "groups")
    assert "subgraph" not in dot_of(str(plan), "--hide", "groepen")


def png_width(path: Path) -> int:
    return struct.unpack(">I", path.read_bytes()[16:20])[0]


def test_a_png_is_drawn_for_print_unless_told_otherwise(tmp_path, no_system_dot) -> None:
    widths = {}
    for name, extra in (("print", []), ("screen", ["--dpi", "96"]), ("double", ["--scale", "2"])):
        target = tmp_path / f"{name}.png"
        result = run_cli("render", str(POCKET), "-o", str(target), *extra)
        assert (result.exit_code, result.stderr) == (0, "")
        widths[name] = png_width(target)
    assert widths["print"] / widths["screen"] == pytest.approx(200 / 96, rel=0.02)
    assert widths["double"] / widths["screen"] == pytest.approx(2, rel=0.02)


def test_resolution_options_are_checked(tmp_path) -> None:
    both = run_cli("render", str(POCKET), "-o", str(tmp_path / "p.png"), "--dpi", "300",
                   "--scale", "2")
    assert (both.exit_code, both.stdout) == (2, "")
    assert "toc render: error: give --dpi or --scale, not both" in both.stderr
    svg = run_cli("render", str(POCKET), "-o", str(tmp_path / "p.svg"), "--dpi", "300")
    assert svg.exit_code == 2 and "--dpi and --scale only apply to PNG; SVG" in svg.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_groups_page_focuses_only_on_what_is_in_the_group(plan) -> None:
    inside = dot_of(str(plan), "--group", "stage2", "--focus", "train")
    assert "<B>Group: Stage 2: Training · Focus: Train the coaches (four evenings)</B>" in inside
    result = run_cli("render", str(plan), "--group", "stage2", "--focus", "recruit", "--format", "dot")
    assert (result.exit_code, result.stdout) == (2, "")
    assert "'recruit' is not in the group 'stage2', so its page cannot focus on it" in result.stderr
    assert "hint: focus on one of the group's members, or leave out --group" in result.stderr
