"""PDF from a pip-only install: the built-in engine's SVG drawn as PDF, with the SVG's look and text."""

from __future__ import annotations

import io
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import EXAMPLES, ROOT, load_text, run_cli
from tests.render_helpers import hostile_theory
from tests.test_render_engines import fake_engine
from toc.render import engines
from toc.render.dot import to_dot
from toc.render.engines import Engine, RenderProblem, layout
from toc.render.pdf import PdfProblem, coverage, svg_to_pdf

SVG = "{http://www.w3.org/2000/svg}"
EMBEDDED = Engine("graphviz-pure", engines.find_embedded() or "graphviz-pure")


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text))


def _pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    return reader.pages[0].extract_text()


def _label_words(path: Path) -> set[str]:
    """The words of every element's label, as the author wrote them."""
    theory = load_text(path.read_text(encoding="utf-8"), str(path)).theory
    return set().union(*(_words(node.label) for node in theory.nodes))


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_every_example_becomes_a_pdf_without_system_graphviz(example, tmp_path, no_system_dot) -> None:
    assert shutil.which("dot") is None  # the fixture hid it
    target = tmp_path / "plan.pdf"
    result = run_cli("render", str(example), "-o", str(target))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.endswith("(pdf, graphviz-pure)\n")
    assert result.stderr == ""  # no glyph warning: the examples' letters are all in the PDF fonts
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    missing = _label_words(example) - _words(_pdf_text(data))
    assert not missing, missing


def test_dutch_accents_are_text_in_the_pdf(tmp_path, no_system_dot) -> None:
    source = ROOT / "examples" / "genres" / "evaluatie-bevindingen.toc"
    target = tmp_path / "plan.pdf"
    assert run_cli("render", str(source), "-o", str(target)).exit_code == 0
    text = _pdf_text(target.read_bytes())
    assert "patiënten" in text and "Legenda" in text


def _svg_places(svg: bytes) -> list[tuple[str, float, float]]:
    """Each text of the SVG with where it starts, in the page's points from the bottom left."""
    root = ET.fromstring(svg)
    height = float(root.get("height", "0").removesuffix("pt"))
    group = root.find(f"{SVG}g")
    shift = re.search(r"translate\(([-\d.]+) ([-\d.]+)\)", group.get("transform", ""))
    dx, dy = float(shift.group(1)), float(shift.group(2))
    places = []
    for text in root.iter(f"{SVG}text"):
        if text.get("text-anchor") == "start" and (text.text or "").strip():
            places.append((text.text.strip(), float(text.get("x")) + dx,
                           height - (float(text.get("y")) + dy)))
    return places


def test_the_pdf_puts_every_text_where_the_svg_does() -> None:
    """Same look: each left-aligned text of the SVG starts at the same point of the PDF page."""
    dot = to_dot(load_text((ROOT / "examples" / "pocket-money.toc").read_text(encoding="utf-8")).theory)
    svg = layout(EMBEDDED, dot, "svg")
    reader = PdfReader(io.BytesIO(svg_to_pdf(svg)))
    page = reader.pages[0]
    root = ET.fromstring(svg)
    assert float(page.mediabox.width) == pytest.approx(float(root.get("width").removesuffix("pt")), abs=1)
    assert float(page.mediabox.height) == pytest.approx(float(root.get("height").removesuffix("pt")), abs=1)
    found: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, _font, _size) -> None:
        if text.strip():  # the text's start on the page: its matrix, then the page's
            found.append((text.strip(), cm[0] * tm[4] + cm[2] * tm[5] + cm[4],
                          cm[1] * tm[4] + cm[3] * tm[5] + cm[5]))

    page.extract_text(visitor_text=visit)
    places = _svg_places(svg)
    assert len(places) > 10
    for text, x, y in places:
        near = [f for f in found if f[0].startswith(text[:8]) and abs(f[1] - x) < 1 and abs(f[2] - y) < 1]
        assert near, (text, x, y)


def test_user_text_stays_literal_in_the_pdf() -> None:
    pdf = layout(EMBEDDED, to_dot(hostile_theory()), "pdf")
    text = "".join(_pdf_text(pdf).split())
    for needle in ("<script>alert(1)</script>", '[image="/etc/passwd"', "<b>bold</b>", "Één café"):
        assert "".join(needle.split()) in text, needle


def test_one_theory_gives_one_pdf() -> None:
    dot = to_dot(hostile_theory())
    assert layout(EMBEDDED, dot, "pdf") == layout(EMBEDDED, dot, "pdf")


def test_the_engine_route_is_svg_then_pdf_and_an_engine_without_svg_is_refused(tmp_path) -> None:
    assert engines.pdf_from_svg(EMBEDDED)
    probe = """
if sys.argv[1] == "-T_toc_probe_":
    sys.stderr.write('Format: "_toc_probe_" not recognized. Use one of: png\\n')
    sys.exit(1)
"""
    only_png = Engine("dot", str(fake_engine(tmp_path, probe)))
    assert not engines.pdf_from_svg(only_png)
    with pytest.raises(RenderProblem) as problem:
        layout(only_png, "digraph { a }", "pdf")
    assert problem.value.key == "render.unsupported"


def test_an_unreadable_svg_is_a_problem_in_words() -> None:
    with pytest.raises(PdfProblem):
        svg_to_pdf(b"this is no svg")


def test_the_pdf_fonts_cover_dutch_and_greek_but_not_turkish_or_korean() -> None:
    fonts = coverage()
    assert fonts.missing("één café naïef Ĳ ↓ · – “” € αβ ✓") == ["Ĳ"]
    assert fonts.missing("Ayşe 마을") == ["ş", "마", "을"]


def test_letters_the_pdf_fonts_lack_are_named_and_the_pdf_is_still_written(tmp_path, no_system_dot) -> None:
    plan = tmp_path / "plan.toc"
    plan.write_text('theory "Buurt" { lang: nl }\nactor ayse "Ayşe, buurtmoeder"\n'
                    'intervention koffie "Koffie met Ayşe" { by: ayse }\n', encoding="utf-8")
    result = run_cli("render", str(plan), "-o", str(tmp_path / "plan.pdf"))
    assert result.exit_code == 0 and (tmp_path / "plan.pdf").is_file()
    assert "de lettertypen van de pdf (Helvetica, Symbol) hebben geen letters" in result.stderr
    assert "(ş)" in result.stderr and "-o plan.png" in result.stderr
    png = run_cli("render", str(plan), "-o", str(tmp_path / "plan.png"))
    assert (png.exit_code, png.stderr) == (0, "")  # the built-in engine's own font has ş


def test_report_pdf_without_a_browser_points_to_the_diagram_pdf(tmp_path, monkeypatch) -> None:
    plan = tmp_path / "plan.toc"
    shutil.copy(ROOT / "examples" / "pocket-money.toc", plan)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr("toc.cli.browser._installed_apps", lambda: [])
    result = run_cli("report", str(plan), "--pdf")
    assert result.exit_code == 2
    assert "the diagram alone needs no browser: toc render plan.toc -o plan.pdf" in result.stderr
    dutch = run_cli("report", str(plan), "--pdf", "--lang", "nl")
    assert "alleen het diagram heeft geen browser nodig: toc render plan.toc -o plan.pdf" in dutch.stderr
