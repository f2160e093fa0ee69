"""The words on a link: its loop letter, its label, for whom it holds and how sure its authors are."""

from __future__ import annotations

from dataclasses import dataclass

from toc import i18n
from toc.model import Link, Theory
from toc.render import style
from toc.render.wrap import wrap


@dataclass(frozen=True)
class LinkText:
    """A link's words as plain text (escaping is the target's business)."""

    loop: str | None  # the letter of a declared loop: R or B (V or B in Dutch)
    label: list[str]  # the author's label, wrapped
    note: list[str]  # small print, wrapped: for whom, and the confidence


def confidence_text(link: Link) -> str | None:
    """The confidence as written: "35%", or the source's own words."""
    if link.confidence is not None:
        return f"{link.confidence:g}%"
    return link.confidence_wording


def is_doubtful(link: Link) -> bool:
    """A link its authors gave less than even confidence, drawn thin and light."""
    return link.confidence is not None and link.confidence < style.LOW_CONFIDENCE


def link_text(theory: Theory, link: Link, lang: str, labels: bool = True) -> LinkText:
    """What a drawing writes on a link (its label only when `labels`)."""
    loop = i18n.text(f"render.loop.{link.loop}", lang) if link.loop else None
    label = wrap(link.label, style.fitted(link.label, style.EDGE_LABEL_WIDTH)) \
        if link.label and labels else []
    small = []
    names = [theory.index[actor].label for actor in link.for_actors]
    if names:
        small.append(i18n.text("render.link.for", lang, names=", ".join(names)))
    confidence = confidence_text(link)
    if confidence:
        small.append(confidence)
    note = " · ".join(small)
    return LinkText(loop, label, wrap(note, style.fitted(note, style.EDGE_LABEL_WIDTH)) if note else [])
