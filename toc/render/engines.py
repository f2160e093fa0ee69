"""The only code that runs Graphviz: find an engine, lay out DOT text, write the result safely.

Two engines: the system Graphviz `dot` when it is on PATH, and the embedded
`graphviz-pure` (a self-contained build of Graphviz installed with toc from
PyPI), so that a fresh machine can draw without installing anything else.
An engine that cannot make PDF itself (the embedded one) makes SVG, which
`toc.render.pdf` draws onto a PDF page in Python.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from toc.render.glyphs import EMBEDDED as EMBEDDED_FONTS
from toc.render.glyphs import Coverage, parse_charsets

SYSTEM = "dot"
EMBEDDED = "graphviz-pure"
ENGINE_CHOICES = ("auto", SYSTEM, EMBEDDED)
DEFAULT_TIMEOUT = 120.0


class RenderProblem(Exception):
    """A failure to draw, told in words: a catalogue key and the values for its message."""

    def __init__(self, key: str, hint: str | None = None, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.hint = hint
        self.values = values


@dataclass(frozen=True)
class Engine:
    """A Graphviz program that can be run: its name and where it is."""

    name: str
    path: str


def _embedded_candidates() -> list[Path]:
    """Where pip puts the embedded engine's program: beside Python, and the scripts folders."""
    program = EMBEDDED + (".exe" if os.name == "nt" else "")
    folders = [Path(sys.executable).parent, Path(sysconfig.get_path("scripts"))]
    user_scheme = f"{os.name}_user" if os.name == "nt" else "posix_user"
    try:
        folders.append(Path(sysconfig.get_path("scripts", user_scheme)))
    except KeyError:  # pragma: no cover - a Python without a user scheme
        pass
    return [folder / program for folder in folders]


def find_embedded() -> str | None:
    """The path of the embedded engine, or None when it is not installed."""
    for candidate in _embedded_candidates():
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return shutil.which(EMBEDDED)


def find_engine(choice: str = "auto") -> Engine:
    """Choose the engine: `auto` prefers the system `dot` and falls back to the embedded one."""
    if choice in ("auto", SYSTEM):
        system = shutil.which(SYSTEM)
        if system:
            return Engine(SYSTEM, system)
        if choice == SYSTEM:
            raise RenderProblem("render.no_dot", "render.no_dot.hint")
    embedded = find_embedded()
    if embedded:
        return Engine(EMBEDDED, embedded)
    raise RenderProblem("render.no_embedded", "render.no_embedded.hint")


_FORMAT_LIST = re.compile(r"Use one of:(.*)", re.DOTALL)


@lru_cache(maxsize=8)
def formats(engine: Engine) -> frozenset[str]:
    """The output formats an engine can make, as it says itself when asked for an unknown one."""
    try:
        probe = subprocess.run([engine.path, "-T_toc_probe_"], input=b"", capture_output=True,
                               timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return frozenset()
    found = _FORMAT_LIST.search(probe.stderr.decode("utf-8", "replace"))
    if not found:
        return frozenset()
    return frozenset(word.split(":")[0] for word in found.group(1).split())


def pdf_from_svg(engine: Engine) -> bool:
    """Whether a PDF from this engine is its SVG drawn as PDF by toc (it cannot make PDF itself)."""
    available = formats(engine)
    return "pdf" not in available and "svg" in available


def check_format(engine: Engine, fmt: str) -> None:
    """Refuse, in words, a format the engine cannot make (PDF comes from its SVG when need be)."""
    available = formats(engine)
    if fmt == "pdf" and pdf_from_svg(engine):
        return
    if available and fmt not in available:
        shown = ", ".join(f for f in ("svg", "png", "pdf") if f in available)
        raise RenderProblem("render.unsupported", "render.unsupported.hint",
                            engine=engine.name, format=fmt.upper(), formats=shown)


def layout(engine: Engine, dot_text: str, fmt: str, timeout: float = DEFAULT_TIMEOUT,
           dpi: float | None = None) -> bytes:
    """Run the engine on DOT text and return the picture; failures become RenderProblems.

    `dpi` sets the resolution of a PNG; it is given on the command line, not in the
    DOT, because Graphviz would scale an SVG or PDF by it too.
    """
    check_format(engine, fmt)
    if fmt == "pdf" and pdf_from_svg(engine):
        from toc.render.pdf import PdfProblem, svg_to_pdf

        try:
            return svg_to_pdf(layout(engine, dot_text, "svg", timeout))
        except PdfProblem as problem:
            raise RenderProblem("render.pdf_failed", None, engine=engine.name,
                                reason=str(problem)[:300]) from problem
    resolution = [f"-Gdpi={dpi:g}"] if dpi is not None and fmt == "png" else []
    try:
        result = subprocess.run([engine.path, f"-T{fmt}", *resolution], input=dot_text.encode("utf-8"),
                                capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired as expired:
        raise RenderProblem("render.timeout", "render.timeout.hint", engine=engine.name,
                            seconds=f"{timeout:g}") from expired
    except OSError as problem:
        raise RenderProblem("render.engine_no_start", None, engine=engine.name,
                            reason=problem.strerror or str(problem)) from problem
    if result.returncode != 0 or not result.stdout:
        raise RenderProblem("render.engine_failed", "render.engine_failed.hint",
                            engine=engine.name, status=result.returncode,
                            reason=_first_error(result.stderr))
    return result.stdout


@lru_cache(maxsize=1)
def _system_fonts() -> Coverage | None:
    """Every character some installed font can draw, as fontconfig lists them (None: cannot tell).

    The system Graphviz draws PNG and PDF through Cairo and Pango, which take a
    character missing from the chosen font from any other installed font.
    """
    program = shutil.which("fc-list")
    if program is None:
        return None
    try:
        listing = subprocess.run([program, "--format", "%{charset}\\n"], capture_output=True,
                                 timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if listing.returncode != 0:
        return None
    return parse_charsets(listing.stdout.decode("ascii", "replace"))


def missing_glyphs(engine: Engine, text: str, fmt: str = "png") -> list[str]:
    """The characters of a text the picture has no font for (none when it cannot tell).

    A PDF made from the SVG has the PDF's own fonts, whichever engine laid it out.
    """
    if fmt == "pdf" and pdf_from_svg(engine):
        from toc.render.pdf import coverage

        fonts: Coverage | None = coverage()
    else:
        fonts = EMBEDDED_FONTS if engine.name == EMBEDDED else _system_fonts()
    return fonts.missing(text) if fonts is not None else []


def _first_error(stderr: bytes) -> str:
    """The engine's own words about what went wrong, without its warnings."""
    lines = [line.strip() for line in stderr.decode("utf-8", "replace").splitlines() if line.strip()]
    errors = [line for line in lines if "warning" not in line.lower()]
    return (errors or lines or ["no output"])[0][:300]


