"""Series of versions of two examples: what `toc diff` says about each step, in both languages and every format.

Each series (tests/diff/cases/NAME/series.toml) takes a theory through a round of
revisions: add a context, rename an id, tighten an assumption, remove a pathway,
change a counterfactual, only reformat. For each step the changes are said by
hand in the manifest, and the exact outputs are kept in expected/ (regenerate
with TOC_UPDATE_GOLDEN=1 and read the diff before committing).
"""

from __future__ import annotations

import json
import os
import tomllib
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.diff.schema import validate

CASES = Path(__file__).resolve().parent / "cases"
SERIES = sorted(p.parent for p in CASES.glob("*/series.toml"))
OUTPUTS = {"en.txt": ("text", "en"), "nl.txt": ("text", "nl"), "en.md": ("markdown", "en"),
           "nl.md": ("markdown", "nl"), "json": ("json", None)}


def manifest(folder: Path) -> dict:
    return tomllib.loads((folder / "series.toml").read_text(encoding="utf-8"))


STEPS = [(folder, step) for folder in SERIES for step in manifest(folder)["step"]]
IDS = [f"{folder.name}/{step['new'].removesuffix('.toc')}" for folder, step in STEPS]


def describe(change: dict) -> str:
    """A change in the manifest's words: `added node x`, `changed link a,b,increases when`."""
    path = " > ".join(f"{step['part']} {','.join(step['key'])}" for step in change["path"]) or "theory"
    if change["action"] == "renamed":
        return f"renamed {path} from {change['old']}"
    if change["action"] == "changed":
        return f"changed {path} {change['field']}"
    return f"{change['action']} {path}"


def run_diff(folder: Path, step: dict, *options: str, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(folder)  # so that the outputs name the files as a user would
    return run_cli("diff", step["old"], step["new"], *options)


def test_there_are_two_series_of_six_steps() -> None:
    assert [folder.name for folder in SERIES] == ["pocket-money", "sociaal-arrangeren"]
    assert all(len(manifest(folder)["step"]) == 6 for folder in SERIES)


@pytest.mark.parametrize("folder,step", STEPS, ids=IDS)
def test_the_step_changes_what_the_manifest_says(folder: Path, step: dict, monkeypatch) -> None:
    result = run_diff(folder, step, "--format", "json", monkeypatch=monkeypatch)
    assert result.stderr == ""
    data = json.loads(result.stdout)
    validate(data)
    assert sorted(describe(c) for c in data["changes"]) == sorted(step["changes"])
    assert data["same"] is (not step["changes"])
    assert result.exit_code == (1 if step["changes"] else 0)
    critique = data["critique"]
    found = {key: sorted(f"{f['name']} {','.join(f['nodes'])}" for f in critique[key])
             for key in ("introduced", "resolved")}
    assert found == {key: sorted(step.get(key, [])) for key in ("introduced", "resolved")}
    moves = sorted(f"{m['key']} {m['old']} {m['new']}" for m in critique["checklist"])
    assert moves == sorted(step.get("checklist", []))


@pytest.mark.parametrize("folder,step", STEPS, ids=IDS)
@pytest.mark.parametrize("suffix", OUTPUTS)
def test_the_output_matches_the_expected_one(folder: Path, step: dict, suffix: str,
                                             monkeypatch) -> None:
    fmt, lang = OUTPUTS[suffix]
    options = ["--format", fmt, *(["--lang", lang] if lang else [])]
    result = run_diff(folder, step, *options, monkeypatch=monkeypatch)
    assert (result.exit_code, result.stderr) == (1 if step["changes"] else 0, "")
    expected = folder / "expected" / f"{step['new'].removesuffix('.toc')}.{suffix}"
    if os.environ.get("TOC_UPDATE_GOLDEN"):
        expected.parent.mkdir(exist_ok=True)
        expected.write_text(result.stdout, encoding="utf-8")
    assert expected.exists(), f"no expected output {expected.name}; run with TOC_UPDATE_GOLDEN=1"
    assert result.stdout == expected.read_text(encoding="utf-8")


@pytest.mark.parametrize("folder", SERIES, ids=[f.name for f in SERIES])
def test_every_expected_output_belongs_to_a_step(folder: Path) -> None:
    wanted = {f"{step['new'].removesuffix('.toc')}.{suffix}"
              for step in manifest(folder)["step"] for suffix in OUTPUTS}
    assert {p.name for p in (folder / "expected").iterdir()} == wanted


@pytest.mark.parametrize("folder", SERIES, ids=[f.name for f in SERIES])
def test_without_lang_the_summary_is_in_the_theory_language(folder: Path, monkeypatch) -> None:
    step = manifest(folder)["step"][0]
    result = run_diff(folder, step, monkeypatch=monkeypatch)
    lang = manifest(folder)["lang"]
    expected = folder / "expected" / f"{step['new'].removesuffix('.toc')}.{lang}.txt"
    assert result.stdout == expected.read_text(encoding="utf-8")


@pytest.mark.parametrize("folder", SERIES, ids=[f.name for f in SERIES])
def test_the_reformatted_version_is_what_toc_fmt_would_leave_alone_in_meaning(
        folder: Path, monkeypatch) -> None:
    """The last step only changes layout; so does `toc fmt` of it, and neither is a change."""
    last = manifest(folder)["step"][-1]
    monkeypatch.chdir(folder)
    assert Path(last["new"]).read_text(encoding="utf-8") != Path(last["old"]).read_text(encoding="utf-8")
    formatted = run_cli("fmt", "-", input=Path(last["new"]).read_text(encoding="utf-8"))
    assert formatted.exit_code == 0
    Path(folder / "formatted.tmp.toc").write_text(formatted.stdout, encoding="utf-8")
    try:
        result = run_cli("diff", last["new"], "formatted.tmp.toc")
    finally:
        (folder / "formatted.tmp.toc").unlink()
    assert result.exit_code == 0, result.stdout


@pytest.mark.parametrize("folder", SERIES, ids=[f.name for f in SERIES])
def test_going_back_resolves_what_the_step_introduced(folder: Path, monkeypatch) -> None:
    """The removal of a pathway, undone: the finding it introduced is resolved, the items ticked again."""
    step = next(s for s in manifest(folder)["step"] if s.get("introduced"))
    back = {"old": step["new"], "new": step["old"]}
    data = json.loads(run_diff(folder, back, "--format", "json", monkeypatch=monkeypatch).stdout)
    assert sorted(f"{f['name']} {','.join(f['nodes'])}" for f in data["critique"]["resolved"]) \
        == sorted(step["introduced"])
    assert data["critique"]["introduced"] == []
    assert [(m["old"], m["new"]) for m in data["critique"]["checklist"]] == \
        [("open", "ticked")] * len(step["checklist"])
    assert sorted(c["action"] for c in data["changes"]) == ["added"] * len(step["changes"])
