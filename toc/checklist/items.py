"""The checklist's themes and items: which lint rules open each item, and which questions it asks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from toc.checklist import questions_logic as logic
from toc.checklist import questions_people as people
from toc.checklist.terms import Question, View

Ask = Callable[[View], list[Question]]


@dataclass(frozen=True)
class Item:
    """A point to discuss: open when any of its rules (by name) found something.

    Its title is the catalogue entry `checklist.item.KEY`, written as the state a
    good theory reaches, so that a ticked box reads as a statement.
    """

    key: str
    rules: tuple[str, ...]
    ask: Ask


@dataclass(frozen=True)
class Theme:
    """A group of items, titled by the catalogue entry `checklist.theme.KEY`."""

    key: str
    items: tuple[Item, ...]


# The order follows a review meeting: first the shape of the reasoning, then what
# would have happened anyway, side effects, circumstances, whose goals, the tracks
# of accountability and the evidence; loose ends, which the author can tidy alone, last.
# Item keys and their numbers stay fixed, so checklists of two versions of a theory
# can be compared point by point.
THEMES: tuple[Theme, ...] = (
    Theme("linear", (
        Item("pathways", ("linear-chain", "single-pathway"), logic.pathways),
        Item("steps", ("logframe-staging", "miracle-leap"), logic.steps),
        Item("contribution", ("sole-attribution",), logic.contribution),
        Item("loops", ("undeclared-loop",), logic.loops),
        Item("chains", ("transitivity-trap",), logic.chains),
    )),
    Theme("counterfactual", (
        Item("counterfactual", ("missing-counterfactual",), logic.counterfactual),
        Item("credit", ("counterfactual-zero",), logic.credited_all),
    )),
    Theme("effects", (
        Item("unintended", ("no-unintended-effects",), logic.unintended),
        Item("negative", ("no-negative-effects",), logic.negative),
        Item("polarity", ("effect-without-polarity",), logic.polarity),
    )),
    Theme("context", (
        Item("contexts", ("context-free-theory",), logic.contexts),
        Item("mechanisms", ("context-free-mechanism",), logic.mechanisms),
        Item("between", ("missing-mechanism",), logic.between),
    )),
    Theme("perspectives", (
        Item("voices", ("single-perspective",), people.voices),
        Item("participants", ("participants-without-voice",), people.participants),
    )),
    Theme("tracks", (
        Item("tracks", ("efficiency-only",), people.tracks),
    )),
    Theme("evidence", (
        Item("assumptions", ("untested-critical-assumption",), people.assumptions),
        Item("evidence", ("implicit-link",), people.evidence),
        Item("observable", ("outcome-without-indicator",), people.observable),
        Item("counting", ("numbers-only", "stories-only"), people.counting_and_telling),
    )),
    Theme("structure", (
        Item("reach", ("dead-end-intervention", "unreached-outcome"), people.reach),
        Item("loose", ("orphan-node", "unused-declaration"), people.loose),
    )),
)


def rule_names() -> list[str]:
    """Every lint rule name the checklist refers to, in checklist order."""
    return [name for theme in THEMES for item in theme.items for name in item.rules]
