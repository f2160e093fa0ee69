"""The whole page: gather what each section shows, render the templates, and seal it with a CSP.

The Content-Security-Policy forbids every request: no scripts, styles, images,
fonts or frames from anywhere, and only the page's own script and style run,
named by their SHA-256 hashes (they hold no user text, so the hashes are fixed
for a version of toc). A live preview may also ask its own server for updates.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import jinja2
from markupsafe import Markup

from toc import __version__, i18n
from toc.checklist.assemble import Checklist
from toc.escape.html import html_escape
from toc.language.diagnostics import Diagnostic
from toc.language.source import Source
from toc.model import NodeKind, Theory
from toc.page import words
from toc.page.change import Against, change
from toc.page.checklist import sections
from toc.page.elements import THEORY_APART, THEORY_HEADER, Catalogue, Element, catalogue, describe, fact
from toc.page.findings import grouped, shown
from toc.page.pathways import pathways
from toc.page.svg import annotate, element_targets
from toc.page.tables import assumptions, counterfactuals
from toc.page.tabs import tabs
from toc.render.dot import Options, to_dot

# Lays out DOT texts (one per view) and returns their SVG texts, in the same order.
Layout = Callable[[list[str]], list[str]]


@dataclass
class Problems:
    """What keeps the theory from loading, as `toc check` prints it, for a preview to show inline."""

    diagnostics: list[Diagnostic]
    sources: dict[str, Source] = field(default_factory=dict)


def _asset(name: str) -> str:
    return (resources.files("toc.page") / "assets" / name).read_text(encoding="utf-8")


@cache
def assets() -> tuple[str, str]:
    """The page's style sheet and script, as they are written into every page."""
    css, script = _asset("page.css"), _asset("page.js")
    # Neither may end its element early; they are toc's own files, so this is a check, not an escape.
    assert "</style" not in css.lower() and "</script" not in script.lower()
    return css, script


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def policy(live: bool) -> str:
    """The Content-Security-Policy of a page: nothing but its own script and style."""
    css, script = assets()
    connect = "'self'" if live else "'none'"
    rules = ["default-src 'none'", f"script-src {_hash(script)}", f"style-src {_hash(css)}",
             "img-src 'none'", "font-src 'none'", f"connect-src {connect}",
             "base-uri 'none'", "form-action 'none'"]
    return "; ".join(rules)


@cache
def environment() -> jinja2.Environment:
    """Templates with autoescaping on, and `html_escape` applied to every value they print."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("toc.page", "templates"), autoescape=True,
        finalize=html_escape, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def _element_groups(found: Catalogue, lang: str) -> list[tuple[str, list[Element]]]:
    """The elements by kind (in the order of the kinds), then the links, then the notes."""
    groups = []
    nodes = [found.elements[key] for key in found.nodes]
    for kind in NodeKind:
        members = [e for e in nodes if e.kind == kind.value]
        if members:
            key = f"page.kinds.{kind.value}"
            heading = i18n.text(key, lang) if i18n.has(key) else words.kind_name(kind, lang)
            groups.append((heading, members))
    if found.links:
        groups.append((words.t("elements.links", lang), [found.elements[k] for k in found.links]))
    if found.notes:
        groups.append((words.t("elements.notes", lang), [found.elements[k] for k in found.notes]))
    if found.groups:
        groups.append((words.t("tab.groups", lang), [found.elements[k] for k in found.groups]))
    return groups


def _anchors(found: Catalogue) -> Callable[[str], str]:
    """The id of each element's article, by its place on the page (keys hold user ids; these do not)."""
    places = {key: f"e{number}" for number, key in
              enumerate([*found.nodes, *found.links, *found.notes, *found.groups])}
    return lambda key: places.get(key, "")


def _summary(theory: Theory, findings: int, made: Checklist | None, lang: str) -> str:
    points = made.points if made else []
    return words.t("summary", lang, nodes=i18n.count("node", len(theory.nodes), lang),
                   links=i18n.count("link", len(theory.links), lang),
                   findings=i18n.count("finding", findings, lang),
                   open=sum(p.open for p in points), total=len(points))


def _theory_context(theory: Theory, findings: list[Diagnostic], made: Checklist | None, lang: str,
                    layout: Layout, against: Against | None) -> dict[str, object]:
    found = catalogue(theory, lang)
    listed = shown(findings, found)
    views = tabs(theory, lang)
    dots = [to_dot(theory, Options(tab.view, "LR", lang, legend=True, addressable=True, title=False))
            for tab in views]
    targets = [element_targets(found)] * len(views)
    changed = change(theory, against, found, lang) if against is not None else None
    if changed is not None:
        # Right after the whole theory: the reason the page was made with --against.
        views.insert(1, changed.tab)
        dots.insert(1, changed.dot)
        targets.insert(1, changed.targets)
    drawings = [annotate(svg, tab.title, target) for svg, tab, target in zip(layout(dots), views, targets)]
    said = {name: value for name in THEORY_HEADER if (value := getattr(theory, name, None))}
    # Version and scope in one line; where the theory comes from and what it rests on below it.
    meta = [words.field_label(name, lang) + ": " + str(said.pop(name)) for name in ("version", "scope")
            if name in said]
    header = [fact(name, value, found, "theory") for name, value in said.items()]
    return dict(
        theory=theory, meta=meta, header=header, summary=_summary(theory, len(findings), made, lang),
        about=describe(theory, found, THEORY_APART | set(THEORY_HEADER)),
        about_title=words.t("about", lang), tabs=views, drawings=drawings,
        findings=listed, finding_groups=grouped(listed, lang),
        checklist=sections(made, theory, lang) if made else None,
        howto=i18n.text("checklist.howto", lang), pathways=pathways(theory, found),
        counterfactuals=counterfactuals(theory, found), assumptions=assumptions(theory, found),
        element_groups=_element_groups(found, lang), anchor=_anchors(found), change=changed)


def build_page(theory: Theory | None, *, lang: str, file: str, layout: Layout,
               findings: list[Diagnostic] | None = None, checklist: Checklist | None = None,
               live: bool = False, problems: Problems | None = None, version: str = "",
               against: Against | None = None) -> str:
    """The report page of a theory as one HTML document.

    `layout` turns the DOT text of each view into SVG (the caller chooses the
    engine). A preview passes `live`, a `version` that changes with every
    update, and the `problems` of a save that did not load (then `theory` is
    the last version that did, or None). With `against` (an older version and
    the diff from it), the page also shows what changed.
    """
    from toc.report import format_text

    css, script = assets()
    context: dict[str, object] = dict(theory=None)
    if theory is not None:
        context = _theory_context(theory, findings or [], checklist, lang, layout, against)
    shown_problems = [format_text(d, problems.sources, lang=lang) for d in problems.diagnostics] \
        if problems else []
    title = (theory.label if theory is not None else None) or words.t("untitled", lang)
    context.update(
        lang=lang, live=live, version=version, csp=policy(live), css=Markup(css), script=Markup(script),
        toc_version=__version__, title=title, problems=shown_problems,
        made=words.t("made", lang, version=__version__, file=file),
        t=lambda key, **values: words.t(key, lang, **values),
        t_field=lambda name: words.field_label(name, lang))
    return environment().get_template("page.html.j2").render(context)
