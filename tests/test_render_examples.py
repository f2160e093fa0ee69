"""Every example renders in every format each available engine can make."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET

import pytest

from tests.conftest import EXAMPLES, load_text
from toc.render import engines
from toc.render.dot import Options, to_dot
from toc.render.engines import Engine, layout
from toc.render.mermaid import to_mermaid

MAGIC = {"svg": b"<?xml", "png": b"\x89PNG", "pdf": b"%PDF"}


def _engines() -> list[pytest.param]:
    embedded = engines.find_embedded()
    system = shutil.which("dot")
    return [
        pytest.param(Engine("graphviz-pure", embedded) if embedded else None,
                     ("svg", "png"), id="graphviz-pure"),
        pytest.param(Engine("dot", system) if system else None, ("svg", "png", "pdf"), id="dot",
                     marks=pytest.mark.skipif(system is None, reason=(
                         "system Graphviz 'dot' is not installed (CI installs Debian's graphviz)"))),
    ]


@pytest.mark.parametrize("engine, formats", _engines())
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_renders_in_every_format(path, engine, formats) -> None:
    loaded = load_text(path.read_text(encoding="utf-8"), str(path))
    dot = to_dot(loaded.theory, Options(lang=loaded.theory.lang or loaded.lang))
    for fmt in formats:
        picture = layout(engine, dot, fmt)
        assert picture.startswith(MAGIC[fmt]), (path.name, fmt)
        if fmt == "svg":
            root = ET.fromstring(picture)
            texts = " ".join("".join(t.itertext()) for t in root.iter())
            first_word = loaded.theory.nodes[0].label.split()[0]
            assert first_word in texts


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_as_text_formats(path) -> None:
    theory = load_text(path.read_text(encoding="utf-8"), str(path)).theory
    assert to_dot(theory).startswith("digraph toc {")
    mermaid = to_mermaid(theory)
    # Every element is drawn but the theory's own pre-conditions, listed under the title.
    header_only = set(theory.assumes) - {ref.target for ref in theory.references() if ref.referrer}
    assert "flowchart LR" in mermaid and mermaid.count(":::") >= len(theory.nodes) - len(header_only)
