"""The views a page offers as tabs: the whole theory, each actor's perspective, each group's own diagram.

Each kind of tab comes from one function in `SOURCES`; a new kind of view is one
more function there, and the page shows it with no other change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from toc.model import NodeKind, Theory
from toc.page import words
from toc.page.elements import group_key
from toc.render.views import View, members, select


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


def _groups(theory: Theory, lang: str) -> list[Tab]:
    """One tab per group, nested groups too, in the order written: the group on a page of its own."""
    heading = words.t("tab.groups", lang)
    # A group's tab has its panel's key, so that the panel can show the group's diagram.
    return [Tab(group_key(group.id), group.label, View(group=group.id), heading,
                None if members(theory, group.id) else words.t("tab.empty_group", lang, name=group.label))
            for group in theory.groups]


SOURCES: tuple[Callable[[Theory, str], list[Tab]], ...] = (_whole, _perspectives, _groups)


def tabs(theory: Theory, lang: str) -> list[Tab]:
    """Every view the page offers, the whole theory first."""
    return [tab for source in SOURCES for tab in source(theory, lang)]
