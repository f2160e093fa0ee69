"""The views a page offers as tabs: the whole theory, then each actor's perspective.

Each kind of tab comes from one function in `SOURCES`; a new kind of view (a
group of nodes, say) is one more function there, and the page shows it with no
other change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from toc.model import NodeKind, Theory
from toc.page import words
from toc.render.views import View, select


@dataclass(frozen=True)
class Tab:
    """One view of the theory: a stable key, its name on the tab, and what it shows."""

    key: str
    title: str
    view: View
    group: str | None = None  # tabs of one kind are listed under this heading
    note: str | None = None  # said under the tab's diagram, e.g. that a perspective is empty


def _whole(theory: Theory, lang: str) -> list[Tab]:
    return [Tab("all", words.t("tab.all", lang), View())]


def _perspectives(theory: Theory, lang: str) -> list[Tab]:
    tabs = []
    for actor in theory.nodes_of(NodeKind.ACTOR):
        view = View(perspective=actor.id)
        # An actor that does nothing and values nothing is itself worth seeing: whose goals are missing?
        alone = [node.id for node in select(theory, view).nodes] == [actor.id]
        tabs.append(Tab(f"p:{actor.id}", actor.label, view, words.t("tab.perspectives", lang),
                        words.t("tab.empty_perspective", lang, name=actor.label) if alone else None))
    return tabs


SOURCES: tuple[Callable[[Theory, str], list[Tab]], ...] = (_whole, _perspectives)


def tabs(theory: Theory, lang: str) -> list[Tab]:
    """Every view the page offers, the whole theory first."""
    return [tab for source in SOURCES for tab in source(theory, lang)]
