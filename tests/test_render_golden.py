"""Golden DOT files for every example and for focused views, checked without any engine.

Regenerate them on purpose with `TOC_UPDATE_GOLDEN=1 pytest tests/test_render_golden.py`,
then look at the diff before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, ROOT
from toc.api import load
from toc.render.dot import Options, to_dot
from toc.render.views import View

GOLDEN = ROOT / "tests" / "golden" / "render"

# name -> (example, options): the views a reader is most likely to ask for.
VIEWS: dict[str, tuple[str, Options]] = {
    "pocket-money--focus-skills": ("pocket-money", Options(View(focus="skills"))),
    "pocket-money--perspective-parents": ("pocket-money", Options(View(perspective="parents"))),
    "co-creation-refugees--hide-assumptions-contexts": (
        "co-creation-refugees", Options(View(hide=frozenset({"assumptions", "contexts"})))),
    "sociaal-arrangeren--focus-depth-tb": (
        "sociaal-arrangeren",
        Options(View(focus="passende_hulp", depth=1), direction="TB", lang="nl")),
    "signalling-poverty--no-legend": ("signalling-poverty", Options(legend=False)),
}


def _theory(stem: str):
    path = next(p for p in EXAMPLES if p.stem == stem)
    loaded = load(path.read_text(encoding="utf-8"), str(path))
    assert loaded.ok
    return loaded


def _check(name: str, actual: str) -> None:
    golden = GOLDEN / f"{name}.dot"
    if os.environ.get("TOC_UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
    assert golden.exists(), f"no golden file {golden.name}; create it with TOC_UPDATE_GOLDEN=1"
    assert actual == golden.read_text(encoding="utf-8"), (
        f"{name}: the DOT differs from {golden.name}; if the change is intended, "
        "regenerate with TOC_UPDATE_GOLDEN=1 and review the diff")


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_matches_its_golden_dot(path: Path) -> None:
    loaded = _theory(path.stem)
    lang = loaded.theory.lang or loaded.lang
    _check(path.stem, to_dot(loaded.theory, Options(lang=lang)))


@pytest.mark.parametrize("name", sorted(VIEWS))
def test_view_matches_its_golden_dot(name: str) -> None:
    stem, options = VIEWS[name]
    _check(name, to_dot(_theory(stem).theory, options))


def test_every_golden_file_belongs_to_a_case() -> None:
    expected = {p.stem for p in EXAMPLES} | set(VIEWS)
    assert {p.stem for p in GOLDEN.glob("*.dot")} == expected
