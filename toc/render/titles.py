"""The title area of a diagram: the theory's title, where it comes from, what it assumes, the view's name."""

from __future__ import annotations

from toc import i18n
from toc.escape.dot import html_text
from toc.model import Theory
from toc.render import style
from toc.render.statements import Html
from toc.render.views import View
from toc.render.wrap import wrap


def name_of(theory: Theory, name: str) -> str:
    """The label of an element or a group."""
    node = theory.node(name)
    if node is not None:
        return node.label
    return next(group.label for group in theory.groups if group.id == name)


def view_title(theory: Theory, view: View, lang: str) -> str | None:
    """Say which part of the theory a view shows (plain text; None for the whole map)."""
    parts = []
    if view.group is not None:
        parts.append(i18n.text("render.view.group", lang, name=name_of(theory, view.group)))
    if view.focus is not None:
        parts.append(i18n.text("render.view.focus", lang, name=name_of(theory, view.focus)))
    elif view.perspective is not None:
        parts.append(i18n.text("render.view.perspective", lang,
                               name=name_of(theory, view.perspective)))
    if view.depth is not None:
        parts.append(i18n.text("render.view.depth", lang, depth=view.depth))
    return " · ".join(parts) or None


ASSUMPTION_WIDTH = 90  # columns of a header assumption's line


def _row(content: str) -> str:
    return f'<TR><TD ALIGN="LEFT">{content}</TD></TR>'


def _small(text: str) -> str:
    return f'<FONT POINT-SIZE="10" COLOR="{style.CAPTION_COLOUR}">{html_text(text)}</FONT>'


def provenance(theory: Theory, lang: str) -> str | None:
    """Where the whole theory comes from and how strong that is: "Source: … · Evidence: …"."""
    parts = []
    if theory.source:
        parts.append(i18n.text("render.source", lang, source=theory.source))
    if theory.evidence:
        word = (i18n.text("render.unrated", lang) if theory.evidence == "unrated"
                else style.enum_word("evidence", theory.evidence, lang))
        parts.append(i18n.text("render.evidence", lang, evidence=word))
    return " · ".join(parts) or None


def header_assumptions(theory: Theory, lang: str) -> list[str]:
    """The pre-conditions of the whole theory, one line each with their risk and evidence."""
    lines = []
    for name in theory.assumes:
        node = theory.index[name]  # the builder keeps only references that resolve
        rating = style.rating(node.risk, node.evidence, lang)
        text = node.label + (f" ({' · '.join(rating)})" if rating else "")
        for number, line in enumerate(wrap(text, ASSUMPTION_WIDTH)):
            lines.append(("• " if number == 0 else "  ") + line)
    return lines


def title_block(theory: Theory, view: View, lang: str, legend: str | None, *, title: bool = True,
                caption: str | None = None) -> Html | None:
    """The graph's label, above the diagram: title, version, provenance, pre-conditions, view, legend.

    `title` False leaves out the title and version (a page that shows them itself);
    `caption` is a line of its own below them (what a change picture compares).
    """
    rows = []
    if theory.label and title:
        rows.append(_row(f'<FONT POINT-SIZE="16"><B>{html_text(theory.label)}</B></FONT>'))
    if theory.version and title:
        rows.append(_row(_small(i18n.text("render.version", lang, version=theory.version))))
    if caption:
        rows.append(_row(f'<FONT POINT-SIZE="12"><B>{html_text(caption)}</B></FONT>'))
    origin = provenance(theory, lang)
    if origin:
        rows.append(_row(_small(origin)))
    if theory.assumes and "assumptions" not in view.hide:
        lines = [i18n.text("render.assumes.theory", lang), *header_assumptions(theory, lang)]
        rows.append(_row('<BR ALIGN="LEFT"/>'.join(
            f'<FONT POINT-SIZE="10">{html_text(line)}</FONT>' for line in lines) + '<BR ALIGN="LEFT"/>'))
    name = view_title(theory, view, lang)
    if name:
        rows.append(_row(f'<FONT POINT-SIZE="13"><B>{html_text(name)}</B></FONT>'))
    if legend:
        rows.append(_row(legend))
    if not rows:
        return None
    return Html('<TABLE BORDER="0" CELLSPACING="2" CELLPADDING="0">' + "".join(rows) + "</TABLE>")


def title_size(theory: Theory, legend: bool) -> tuple[float, float]:
    """Roughly how large (inches) the title area is: the title's width, or the legend's."""
    width = len(theory.label or "") * 16 * 0.6 / 72
    height = 0.4 if theory.label else 0.0
    if legend:  # a few rows of samples (see legend.ROW_WIDTH)
        width, height = max(width, 8.0), height + 1.4
    return width, height
