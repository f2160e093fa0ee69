"""Running Graphviz: choosing the engine, formats, failures, timeouts and writing safely."""

from __future__ import annotations

import os
import shutil
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, load_text
from tests.render_helpers import hostile_theory
from toc.cli.writer import write_atomically as write_atomic
from toc.render import engines
from toc.render.dot import to_dot
from toc.render.engines import Engine, RenderProblem, find_engine, layout

SVG = "{http://www.w3.org/2000/svg}"
EMBEDDED = engines.find_embedded()
needs_system_dot = pytest.mark.skipif(
    shutil.which("dot") is None,
    reason="system Graphviz 'dot' is not installed (CI installs Debian's graphviz)")


def fake_engine(folder: Path, body: str) -> Path:
    """A stand-in `dot` program that behaves as the body says."""
    folder.mkdir(parents=True, exist_ok=True)
    program = folder / "dot"
    program.write_text(f"#!{sys.executable}\nimport sys, time\n" + textwrap.dedent(body))
    program.chmod(0o755)
    return program


PROBE = """
if sys.argv[1] == "-T_toc_probe_":
    sys.stderr.write('Format: "_toc_probe_" not recognized. Use one of: svg png\\n')
    sys.exit(1)
"""


def test_the_embedded_engine_is_installed_with_toc() -> None:
    assert EMBEDDED is not None and Path(EMBEDDED).name.startswith("graphviz-pure")


def test_auto_uses_the_embedded_engine_when_dot_is_missing(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    assert find_engine("auto") == Engine("graphviz-pure", EMBEDDED)
    with pytest.raises(RenderProblem) as problem:
        find_engine("dot")
    assert problem.value.key == "render.no_dot"


def test_auto_prefers_the_system_dot(monkeypatch, tmp_path) -> None:
    program = fake_engine(tmp_path, PROBE)
    monkeypatch.setenv("PATH", str(tmp_path))
    assert find_engine("auto") == Engine("dot", str(program))
    assert find_engine("graphviz-pure").name == "graphviz-pure"


def test_a_missing_embedded_engine_is_told_in_words(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(engines, "find_embedded", lambda: None)
    with pytest.raises(RenderProblem) as problem:
        find_engine("auto")
    assert problem.value.key == "render.no_embedded"


def test_embedded_formats_and_pdf_through_its_svg() -> None:
    engine = Engine("graphviz-pure", EMBEDDED)
    assert {"svg", "png"} <= engines.formats(engine) and "pdf" not in engines.formats(engine)
    assert layout(engine, "digraph { a }", "pdf").startswith(b"%PDF")
    with pytest.raises(RenderProblem) as problem:
        layout(engine, "digraph { a }", "gif")
    assert problem.value.key == "render.unsupported"
    assert problem.value.values["formats"] == "svg, png"


def _svg_texts(svg: bytes) -> tuple[ET.Element, str]:
    root = ET.fromstring(svg)  # raises if the SVG is not well-formed XML
    return root, " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))


def _check_hostile_svg(svg: bytes) -> None:
    root, texts = _svg_texts(svg)
    tags = {element.tag.removeprefix(SVG) for element in root.iter()}
    assert tags <= {"svg", "g", "title", "polygon", "path", "ellipse", "text", "polyline",
                    "defs", "linearGradient", "stop"}, tags
    for needle in ("<script>alert(1)</script>", '[image="/etc/passwd"', "<b>bold</b>",
                   "javascript:alert(document.cookie)", "{braces}", "\\l", "Één café"):
        # long words wrap across lines, so compare without white space
        assert "".join(needle.split()) in "".join(texts.split()), needle


def test_embedded_svg_of_hostile_labels_is_well_formed_and_literal() -> None:
    svg = layout(Engine("graphviz-pure", EMBEDDED), to_dot(hostile_theory()), "svg")
    _check_hostile_svg(svg)


@needs_system_dot
def test_system_dot_svg_of_hostile_labels_is_well_formed_and_literal() -> None:
    svg = layout(Engine("dot", shutil.which("dot")), to_dot(hostile_theory()), "svg")
    _check_hostile_svg(svg)


@needs_system_dot
def test_system_dot_makes_pdf() -> None:
    pdf = layout(Engine("dot", shutil.which("dot")), to_dot(load_text(
        EXAMPLES[0].read_text(encoding="utf-8")).theory), "pdf")
    assert pdf.startswith(b"%PDF")


def test_engine_failure_is_reported_in_words(tmp_path) -> None:
    program = fake_engine(tmp_path, PROBE + """
sys.stdout.write("<svg partial")
sys.stderr.write("Warning: something minor\\nError: syntax error in line 3 near 'x'\\n")
sys.exit(1)
""")
    with pytest.raises(RenderProblem) as problem:
        layout(Engine("dot", str(program)), "digraph { a }", "svg")
    assert problem.value.key == "render.engine_failed"
    assert problem.value.values["reason"] == "Error: syntax error in line 3 near 'x'"
    assert problem.value.values["status"] == 1


def test_a_slow_engine_is_stopped_at_the_timeout(tmp_path) -> None:
    program = fake_engine(tmp_path, PROBE + "time.sleep(60)\n")
    with pytest.raises(RenderProblem) as problem:
        layout(Engine("dot", str(program)), "digraph { a }", "svg", timeout=0.5)
    assert problem.value.key == "render.timeout"
    assert problem.value.values["seconds"] == "0.5"


def test_write_atomic_replaces_whole_and_leaves_no_temporary(tmp_path) -> None:
    target = tmp_path / "plan.svg"
    write_atomic(target, b"first")
    write_atomic(target, b"second")
    assert target.read_bytes() == b"second"
    assert os.listdir(tmp_path) == ["plan.svg"]


def test_write_atomic_failure_keeps_the_old_file(tmp_path, monkeypatch) -> None:
    target = tmp_path / "plan.svg"
    target.write_bytes(b"old")

    def broken_replace(source, destination):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["plan.svg"]
