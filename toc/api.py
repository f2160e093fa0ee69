"""The public façade: the few functions the command line, the language server and library users call.

Nothing inside the language, analysis or stage packages imports this module; it
sits on top of them. Each stage is imported when its function is first called,
so that loading a theory stays cheap for callers that need no more.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from toc.analysis.summary import Summary, summarize
from toc.language.diagnostics import Diagnostic, Severity
from toc.language.load import Loaded, Reader, detect_lang, load
from toc.model import Theory

if TYPE_CHECKING:
    from toc.checklist.assemble import Checklist
    from toc.diff.changes import Diff
    from toc.fmt import Formatted
    from toc.lint.config import Config
    from toc.render.dot import Options

__all__ = ["Diagnostic", "Loaded", "Reader", "Severity", "Summary", "Theory", "checklist",
           "checklist_markdown", "critique", "detect_lang", "diff", "diff_dot", "format_source",
           "format_text", "json_schema", "layout_svg", "lint", "load", "meaning_lines", "render_dot",
           "report_html", "summarize"]


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema of the model that `toc export` writes."""
    return Theory.model_json_schema()


def lint(loaded: Loaded, config: Config | None = None, lang: str | None = None,
         stop: Callable[[], bool] | None = None) -> list[Diagnostic]:
    """Critique a valid theory: the findings of the enabled lint rules, sorted by position.

    `stop` is asked before each rule whether the findings are still wanted; once it
    says no, the findings so far are returned (an editor does so when the text changes).
    """
    from toc.lint import lint as run_rules

    return run_rules(loaded, config, lang, stop=stop)


def critique(loaded: Loaded, config: Config | None = None, lang: str | None = None,
             file: str | None = None) -> tuple[list[Diagnostic], Checklist]:
    """The lint findings and the review checklist of a valid theory, its graph analysed and
    its rules run once for both (as the report page needs them)."""
    from toc.checklist.assemble import critique as run_once

    return run_once(loaded, file if file is not None else _main_file(loaded), config, lang)


def render_dot(theory: Theory, options: Options | None = None) -> str:
    """Return the Graphviz DOT text of a theory."""
    from toc.render.dot import Options, to_dot

    return to_dot(theory, options or Options())


def checklist(loaded: Loaded, file: str | None = None) -> Checklist:
    """Build the review checklist of a valid theory; `file` names it in the text."""
    from toc.checklist.assemble import assemble

    return assemble(loaded, file if file is not None else _main_file(loaded))


def checklist_markdown(loaded: Loaded, lang: str | None = None, file: str | None = None) -> str:
    """Return the review checklist of a valid theory as Markdown."""
    from toc.checklist.markdown import render

    return render(checklist(loaded, file), lang or loaded.lang)


def format_text(text: str, path: str = "<stdin>", *, lang: str | None = None,
                read: Reader | None = None, loaded: Loaded | None = None) -> Formatted:
    """Return a theory's text in the canonical layout; raises if that cannot be done safely."""
    from toc.fmt import format_text as run_formatter

    return run_formatter(text, path, lang=lang, read=read, loaded=loaded)


def format_source(text: str, path: str = "<stdin>", *, read: Reader | None = None,
                  loaded: Loaded | None = None) -> str:
    """Return a theory's text in the canonical layout (the text of `format_text`).

    `loaded`: a load of this very text the caller has already made (an editor has one).
    """
    return format_text(text, path, read=read, loaded=loaded).text


def diff(old: Loaded, new: Loaded, old_name: str = "old", new_name: str = "new", *,
         old_revision: str | None = None, new_revision: str | None = None, lang: str | None = None,
         critique: bool = True) -> Diff:
    """Compare two valid versions of a theory: the change in meaning and, with `critique`, in the
    lint findings and the checklist. The result is data; `Diff.to_json_data()` is its JSON form."""
    from toc.diff.build import build, side_of

    return build(old, new, side_of(old, old_name, old_revision), side_of(new, new_name, new_revision),
                 lang or new.lang, with_critique=critique)


def diff_dot(old: Loaded, new: Loaded, made: Diff, lang: str | None = None) -> str:
    """Return the DOT text of a change: the new version, with what is new, changed and removed marked."""
    from toc.diff.picture import picture

    return picture(old.theory, new.theory, made, lang or new.lang)


def meaning_lines(theory: Theory, lang: str = "en") -> str:
    """Return a theory's meaning as sorted lines, one fact a line (what `toc diff --textconv` prints)."""
    from toc.diff.listing import listing

    return listing(theory, lang)


def _main_file(loaded: Loaded) -> str:
    import posixpath

    return posixpath.basename(loaded.theory.files[0]) if loaded.theory.files else ""


def report_html(loaded: Loaded | None, *, lang: str | None = None, file: str | None = None,
                config: Config | None = None, engine: str = "auto", timeout: float = 120.0,
                live: bool = False, version: str = "", failed: Loaded | list[Diagnostic] | None = None,
                drawings: dict[str, str] | None = None, against: Loaded | None = None,
                against_name: str | None = None, against_revision: str | None = None) -> str:
    """Return the report page of a valid theory: one self-contained HTML document.

    The diagrams are laid out with `engine` (see `toc render --engine`); the
    findings come from `lint` with `config`, the checklist from `checklist`. A
    live preview passes `live` and a `version`, and, when a save did not load,
    what `failed` (its errors are shown above the page of `loaded`, the last
    version that did load, or alone when there is none). A caller that makes the
    page again and again passes the same `drawings` each time: views whose
    drawing has not changed are not laid out again. With `against`, an older
    valid version (named `against_name`, at `against_revision` when it was read
    from git), the page also shows what changed since then, as `diff` finds it.
    """
    from toc.page import Against, Problems, build_page

    problems = None
    if failed is not None:
        problems = Problems(failed.diagnostics, failed.sources) if isinstance(failed, Loaded) \
            else Problems(list(failed))
    language = lang or (loaded.theory.lang or loaded.lang if loaded else "en")
    if loaded is None:
        return build_page(None, lang=language, file=file or "", layout=lambda texts: [],
                          live=live, version=version, problems=problems)
    name = file if file is not None else _main_file(loaded)
    compared = None
    if against is not None:
        made = diff(against, loaded, against_name or _main_file(against), name,
                    old_revision=against_revision, lang=language)
        compared = Against(against.theory, made)
    findings, review = critique(loaded, config, language, name)
    return build_page(loaded.theory, lang=language, file=name, layout=layout_svg(engine, timeout, drawings),
                      findings=findings, checklist=review,
                      live=live, version=version, problems=problems, against=compared)


def layout_svg(engine: str = "auto", timeout: float = 120.0, drawings: dict[str, str] | None = None
               ) -> Callable[[list[str]], list[str]]:
    """A function that lays out DOT texts as SVG with a Graphviz engine, several at once.

    `drawings` keeps the SVG of each DOT text from one call to the next (only
    those of the last call), so an unchanged view is not laid out twice.
    """
    from concurrent.futures import ThreadPoolExecutor

    from toc.render.engines import find_engine, layout

    found = find_engine(engine)
    kept = drawings if drawings is not None else {}

    def run(texts: list[str]) -> list[str]:
        missing = [text for text in dict.fromkeys(texts) if text not in kept]
        # Each layout is a program of its own, so they run side by side.
        with ThreadPoolExecutor(max_workers=4) as pool:
            made = dict(zip(missing, (svg.decode("utf-8") for svg in pool.map(
                lambda text: layout(found, text, "svg", timeout), missing))))
        result = [made[text] if text in made else kept[text] for text in texts]
        kept.clear()
        kept.update(zip(texts, result))
        return result

    return run
