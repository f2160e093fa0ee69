"""The words a checklist is built from: questions whose values are labels, lists of labels or phrases."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from toc.analysis.facts import Facts
    from toc.lint.rule import Finding
    from toc.model import Link


@dataclass(frozen=True)
class Label:
    """A label written by the user: data, shown emphasised and escaped, never as markup."""

    text: str


@dataclass(frozen=True)
class Labels:
    """Several labels, shown as 'a, b and c' in the language of the checklist."""

    items: tuple[str, ...]


@dataclass(frozen=True)
class Phrase:
    """A catalogue entry used as a value (e.g. 'the participants'), filled with values of its own."""

    key: str
    values: tuple[tuple[str, Value], ...] = ()


@dataclass(frozen=True)
class Number:
    """A number from the model, e.g. a percentage, shown without needless decimals."""

    value: float


Value = Label | Labels | Phrase | Number


@dataclass(frozen=True)
class Question:
    """One question to discuss: a catalogue key (`checklist.q.*`) and the values it names."""

    key: str
    values: tuple[tuple[str, Value], ...] = ()


def question(key: str, **values: Value) -> Question:
    """Make a question; values are kept in a fixed order so equal questions compare equal."""
    return Question(f"checklist.q.{key}", tuple(sorted(values.items())))


class Later(NamedTuple):
    """A question about a link (node ids), made only if it is shown.

    An item may ask about each of tens of thousands of links but shows only a few
    questions and counts the rest: those are told apart by this tuple, never made.
    """

    key: str
    source: str
    target: str

    def make(self, basis: Basis) -> Question:
        return question(self.key, source=basis.label(self.source), target=basis.label(self.target))


def phrase(key: str, **values: Value) -> Phrase:
    """Make a phrase value from a `checklist.` catalogue entry."""
    return Phrase(f"checklist.{key}", tuple(sorted(values.items())))


@dataclass
class Basis:
    """What the question generators read: the model's facts and the lint findings by rule name."""

    facts: Facts
    found: Mapping[str, Sequence[Finding]] = field(default_factory=dict)

    def label(self, node_id: str) -> Label:
        return Label(self.facts.label(node_id))

    def labels(self, node_ids: list[str] | tuple[str, ...]) -> Labels:
        return Labels(tuple(self.facts.label(n) for n in node_ids))

    def findings(self, *names: str) -> list[Finding]:
        """The findings of some rules, in the order the rules are named."""
        return [d for name in names for d in self.found.get(name, [])]

    def flagged(self, *names: str) -> list[str]:
        """The ids of the nodes some rules found something about, in the order written."""
        ids = {n for d in self.findings(*names) for n in d.nodes}
        return [node.id for node in self.facts.theory.nodes if node.id in ids]

    def link(self, source: str, target: str) -> Link | None:
        return self._links.get((source, target))

    @cached_property
    def _links(self) -> dict[tuple[str, str], Link]:
        # Asked for each flagged link: one look-up each, not a walk along the source's links.
        found: dict[tuple[str, str], Link] = {}
        for link in self.facts.theory.links:
            found.setdefault((link.source, link.target), link)
        return found

    def actors(self, *roles: str) -> list[str]:
        """The ids of the actors with one of these roles, in the order written."""
        return [node.id for node in self.facts.theory.nodes
                if node.kind.value == "actor" and node.role in roles]
