"""The name of a view, for the title area of a diagram: "Focus: …", "Perspective: …"."""

from __future__ import annotations

from toc import i18n
from toc.model import Theory
from toc.render.views import View


def view_title(theory: Theory, view: View, lang: str) -> str | None:
    """Say which part of the theory a view shows (plain text; None for the whole map)."""
    parts = []
    if view.focus is not None:
        parts.append(i18n.text("render.view.focus", lang, name=theory.index[view.focus].label))
    elif view.perspective is not None:
        parts.append(i18n.text("render.view.perspective", lang,
                               name=theory.index[view.perspective].label))
    if view.depth is not None:
        parts.append(i18n.text("render.view.depth", lang, depth=view.depth))
    return " · ".join(parts) or None
