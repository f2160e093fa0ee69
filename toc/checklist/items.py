"""The checklist's topics and items: which lint rules open each item, and which questions it asks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from toc.checklist import evidence as shows
from toc.checklist import questions_logic as logic
from toc.checklist import questions_people as people
from toc.checklist import scope
from toc.checklist.terms import Basis, Later, Question

# Questions, or questions made only if shown (one per link of a large theory).
Ask = Callable[[Basis], list[Question]] | Callable[[Basis], list[Later]]


@dataclass(frozen=True)
class Item:
    """A point to discuss: open when any of its rules (by name) found something.

    Its title is the catalogue entry `checklist.item.KEY`, written as the state a
    good theory reaches, so that a ticked box reads as a statement. An item that
    would be ticked only because there is nothing to judge does not apply
    (`applies` gives the reason); one whose subject is missing altogether opens
    when that absence is itself a finding (`absent`). An item is ticked only when
    `shows` finds positive evidence in the theory, which the checklist then states;
    without it the item stays open.
    """

    key: str
    rules: tuple[str, ...]
    ask: Ask
    shows: shows.Evidence
    applies: scope.Applies = scope.always
    absent: scope.Absent = scope.never


@dataclass(frozen=True)
class Topic:
    """A group of items (a section of the checklist), titled by the catalogue entry `checklist.theme.KEY`."""

    key: str
    items: tuple[Item, ...]


# The order follows a review meeting: first the shape of the reasoning, then what
# would have happened anyway, side effects, circumstances, whose goals, the tracks
# of accountability and the evidence; loose ends, which the author can tidy alone, last.
# Item keys and their numbers stay fixed, so checklists of two versions of a theory
# can be compared point by point.
TOPICS: tuple[Topic, ...] = (
    Topic("linear", (
        Item("pathways", ("no-links", "disconnected-parts", "linear-chain", "single-pathway",
                          "single-point-of-failure"), logic.pathways, shows.pathways,
             scope.needs_results),
        Item("steps", ("logframe-staging", "miracle-leap"), logic.steps, shows.steps,
             scope.needs_doing_and_results),
        Item("contribution", ("sole-attribution",), logic.contribution, shows.contribution,
             scope.needs_impact),
        Item("loops", ("undeclared-loop",), logic.loops, shows.loops, scope.needs_results,
             scope.no_loops),
        Item("chains", ("transitivity-trap",), logic.chains, shows.chains,
             scope.needs_chained_contexts),
    )),
    Topic("counterfactual", (
        Item("counterfactual", ("missing-counterfactual",), logic.counterfactual,
             shows.counterfactual, scope.needs_longer_term),
        Item("credit", ("counterfactual-zero",), logic.credited_all, shows.credit,
             scope.needs_estimate),
    )),
    Topic("effects", (
        Item("unintended", ("no-unintended-effects",), logic.unintended, shows.unintended,
             scope.needs_results),
        Item("negative", ("no-negative-effects", "cost-only-intervention", "aim-mismatch"),
             logic.negative, shows.negative, scope.needs_results),
        Item("polarity", ("effect-without-polarity",), logic.polarity, shows.polarity,
             scope.needs_effects),
    )),
    Topic("context", (
        Item("contexts", ("context-free-theory", "context-on-intervention", "caused-context"),
             logic.contexts, shows.contexts, scope.needs_links),
        Item("mechanisms", ("context-free-mechanism",), logic.mechanisms, shows.mechanisms,
             scope.needs_mechanisms),
        Item("between", ("missing-mechanism", "logframe-staging"), logic.between, shows.between,
             scope.needs_doing_and_results),
    )),
    Topic("perspectives", (
        Item("voices", ("single-perspective",), people.voices, shows.voices, scope.needs_results),
        Item("participants", ("participants-without-voice",), people.participants,
             shows.participants, scope.needs_results, scope.no_participants),
    )),
    Topic("tracks", (
        Item("tracks", ("efficiency-only", "no-tracks"), people.tracks, shows.tracks,
             scope.needs_results),
    )),
    Topic("evidence", (
        Item("assumptions", ("no-assumptions", "untested-critical-assumption",
                             "unrated-critical-assumption"), people.assumptions, shows.assumptions,
             scope.needs_assumptions),
        Item("evidence", ("implicit-link", "weak-pathway"), people.evidence, shows.evidence,
             scope.needs_results),
        Item("observable", ("outcome-without-indicator", "indicator-without-baseline",
                            "implausible-target"), people.observable, shows.observable,
             scope.needs_results),
        Item("counting", ("numbers-only", "stories-only"), people.counting_and_telling,
             shows.counting, scope.needs_indicators),
    )),
    Topic("structure", (
        Item("reach", ("no-intervention", "no-final-result", "dead-end-intervention",
                       "unreached-outcome", "unexplained-start"), people.reach, shows.reach,
             scope.needs_doing_and_results),
        Item("loose", ("orphan-node", "unused-declaration", "disconnected-parts", "duplicate-label",
                       "empty-group"), people.loose, shows.loose),
    )),
)


def rule_names() -> list[str]:
    """Every lint rule name the checklist refers to, in checklist order."""
    return [name for topic in TOPICS for item in topic.items for name in item.rules]
