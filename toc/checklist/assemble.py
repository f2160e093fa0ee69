"""Fill in the checklist for one theory: lint it, open the items whose rules found something, ask."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from toc.checklist.items import TOPICS, Item
from toc.checklist.terms import Basis, Later, Phrase, Question

if TYPE_CHECKING:
    from toc.analysis.facts import Facts
    from toc.language.diagnostics import Diagnostic
    from toc.language.load import Loaded
    from toc.lint.config import Config
    from toc.lint.rule import Finding

# Enough to talk about in a meeting; the rest is summarised in one line.
MAX_QUESTIONS = 6


class State(str, Enum):
    """Where an item stands: open to discuss, ticked, or not applicable to this theory (yet)."""

    OPEN = "open"
    TICKED = "ticked"
    NOT_APPLICABLE = "n/a"


@dataclass(frozen=True)
class Point:
    """One item as it stands for this theory."""

    number: str
    key: str
    state: State
    nodes: tuple[str, ...]  # labels of the nodes concerned, in the order written
    questions: tuple[Question, ...]
    more: int  # questions left out beyond MAX_QUESTIONS
    rules: tuple[str, ...]  # the rules that found something
    reason: str | None = None  # why the item does not apply: a `checklist.na.*` key
    evidence: Phrase | None = None  # what in the theory shows a ticked item is met

    @property
    def open(self) -> bool:
        return self.state is State.OPEN


@dataclass(frozen=True)
class Section:
    number: int
    key: str
    points: tuple[Point, ...]


@dataclass(frozen=True)
class Checklist:
    """A filled-in checklist, ready to render; labels are still raw user text."""

    title: str | None
    file: str
    version: str | None
    scope: str | None
    sections: tuple[Section, ...]

    @property
    def points(self) -> list[Point]:
        return [point for section in self.sections for point in section.points]

    @property
    def open_rules(self) -> list[str]:
        return [rule for point in self.points for rule in point.rules]


def critique(loaded: Loaded, file: str, config: Config | None = None,
             lang: str | None = None) -> tuple[list[Diagnostic], Checklist]:
    """The lint findings and the checklist of a valid theory, its graph analysed and its rules
    run once for both (the report page and `toc diff` need both)."""
    from toc.analysis.facts import Facts
    from toc.lint.config import Config
    from toc.lint.engine import checked, run

    facts = Facts(loaded.theory)
    found = checked(facts)
    findings = run(loaded, config or Config(), lang or loaded.lang, facts, found_before=found)
    return findings, assemble(loaded, file, facts, found)


def assemble(loaded: Loaded, file: str, facts: Facts | None = None,
             found_before: dict[str, list[Finding]] | None = None) -> Checklist:
    """Make the checklist of a valid theory; `file` is the name shown in it.

    A caller that has run the rules already (see `critique`) may pass its facts and
    what the rules found, so that a large theory is not analysed twice.
    """
    from toc.analysis.facts import Facts
    from toc.lint.engine import flagged

    facts = facts or Facts(loaded.theory)
    # Every finding, those a root one explains included (the questions go place by
    # place), and only what each rule found: not the words of a lint report.
    found = flagged(loaded, facts, found_before)
    basis = Basis(facts, found)
    asked: set[Question | Later] = set()
    sections = []
    for number, topic in enumerate(TOPICS, start=1):
        points = tuple(_point(f"{number}.{place}", item, basis, asked)
                       for place, item in enumerate(topic.items, start=1))
        sections.append(Section(number, topic.key, points))
    theory = loaded.theory
    return Checklist(theory.label, file, theory.version, theory.scope, tuple(sections))


def _point(number: str, item: Item, basis: Basis, asked: set[Question | Later]) -> Point:
    rules = tuple(name for name in item.rules if basis.found.get(name))
    questions: list[Question | Later] = []
    for q in item.ask(basis):
        # The same question can follow from two items; ask it once, where it first belongs.
        if q not in asked:  # a Later is a plain tuple, never equal to a Question
            asked.add(q)
            questions.append(q)
    labels = tuple(basis.facts.label(n) for n in basis.flagged(*item.rules))
    # Only what is shown is made; the rest is counted.
    shown = tuple(q.make(basis) if isinstance(q, Later) else q for q in questions[:MAX_QUESTIONS])
    # What the rules found comes first; an item with nothing found is open when its
    # subject is missing altogether and that is a finding, else it may not apply. It
    # is ticked only on positive evidence, which is stated; without any, it stays open.
    reason, evidence = None, None
    if rules or item.absent(basis):
        state = State.OPEN
    elif (reason := item.applies(basis)) is not None:
        state = State.NOT_APPLICABLE
    elif (evidence := item.shows(basis)) is not None:
        state = State.TICKED
    else:
        state = State.OPEN
    return Point(number, item.key, state, labels, shown, len(questions) - len(shown), rules, reason,
                 evidence)
