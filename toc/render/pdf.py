"""PDF without a system Graphviz: the built-in engine's SVG drawn onto a PDF page in pure Python.

svglib reads the SVG into a reportlab drawing and reportlab writes the page. The
labels stay text in the PDF (searchable, sharp at any size). They are set in the
PDF's own Helvetica, which has the same letter widths as Arimo, the font the
built-in engine measures the labels with, so every label fits its shape as in the
SVG and PNG. Helvetica covers the Latin letters of western Europe (Dutch accents
included); reportlab takes Greek letters, arrows and a few symbols from the PDF's
Symbol and ZapfDingbats fonts. `COVERAGE` says which characters that is, so that
`toc render` can warn about the rest, as it does for the PNG.
"""

from __future__ import annotations

import io
from functools import lru_cache

from toc.render.glyphs import Coverage

# The PDF fonts reportlab draws text with, each named by the codec of its encoding.
FONT_CODECS = ("winansi", "symbol", "zapfdingbats")


class PdfProblem(Exception):
    """The SVG could not be drawn as PDF; the message is the converter's reason."""


def svg_to_pdf(svg: bytes) -> bytes:
    """A one-page PDF the size of the SVG's drawing, with its text as text.

    The SVG is parsed without resolving entities or following outside references:
    it is the built-in engine's own output, but a label's text is in it.
    """
    from reportlab.graphics import renderPDF
    from reportlab.pdfgen.canvas import Canvas
    from svglib.svglib import svg2rlg

    try:
        drawing = svg2rlg(io.BytesIO(svg), resolve_entities=False)
    except Exception as problem:  # svglib raises whatever its parser meets
        raise PdfProblem(str(problem) or type(problem).__name__) from problem
    if drawing is None:
        raise PdfProblem("the SVG could not be read")
    page = io.BytesIO()
    # invariant: no creation time or random id in the file, so one theory gives one PDF.
    canvas = Canvas(page, pagesize=(drawing.width, drawing.height), invariant=1, pageCompression=1)
    canvas.setCreator("toc")
    renderPDF.draw(drawing, canvas, 0, 0)
    canvas.showPage()
    canvas.save()
    return page.getvalue()


@lru_cache(maxsize=1)
def coverage() -> Coverage:
    """Every character the PDF's fonts can draw: what their encodings can encode."""
    import reportlab.pdfbase.pdfmetrics  # noqa: F401  (registers the codecs of the PDF fonts)

    characters: set[str] = set()
    for codec in FONT_CODECS:
        characters.update(bytes(range(256)).decode(codec, "ignore"))
    codes = sorted(ord(c) for c in characters)
    return Coverage([(code, code) for code in codes])
