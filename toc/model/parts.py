"""The parts of a theory as validated pydantic models: nodes, links, counterfactuals, the theory."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Literal, NamedTuple, Self

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, SkipValidation, model_validator
from pydantic.json_schema import SkipJsonSchema

from toc.model import trusted
from toc.model.kinds import (
    INDICATOR_KINDS,
    LINKABLE_KINDS,
    NODE_FIELDS,
    RESULT_FLAG_FIELDS,
    RESULT_KINDS,
    NodeKind,
)
from toc.model.span import Span

Role = Literal[
    "participant", "implementer", "funder", "policymaker", "partner", "volunteer", "researcher", "other"
]
Influence = Literal["enabling", "hindering"]
Horizon = Literal["during", "short", "medium", "long"]
Level = Literal["person", "group", "community", "system"]
Track = Literal["efficiency", "meaning", "craft"]
IndicatorKind = Literal["number", "story"]
# "unrated": the authors have not judged it yet (which is not the same as forgetting to).
Risk = Literal["low", "medium", "high", "unrated"]
Evidence = Literal["strong", "moderate", "weak", "untested", "unrated"]
# Whether a result is wanted more of (the default) or less of ("waiting lists").
Aim = Literal["more", "less"]
# A measured value, or "unknown": a baseline that is not known yet.
Measure = float | Literal["unknown"]
LoopKind = Literal["reinforcing", "balancing"]
Delay = Literal["short", "long"]
Polarity = Literal["increases", "reduces"]
Lang = Literal["en", "nl"]

HORIZON_ORDER: dict[str, int] = {"during": 0, "short": 1, "medium": 2, "long": 3}
Percentage = float
# Fields that say where a part was written: never part of its meaning.
POSITIONS = frozenset({"span", "head"})


class Located(BaseModel):
    """A model part that remembers where it was written.

    The span is excluded from equality and from serialisation, so that a theory
    reformatted or moved to another file is still the same theory.
    """

    # The validators are built when first needed: `toc check` makes its parts with `trusted`
    # and never needs them; exporting, the schema and the tests do.
    model_config = ConfigDict(extra="forbid", defer_build=True)

    # Not validated: spans come from the parser, and there are very many of them.
    span: SkipJsonSchema[SkipValidation[Span | None]] = Field(default=None, exclude=True, repr=False)

    @classmethod
    def trusted(cls, values: dict[str, Any]) -> Self:
        """Make a part from values that are already valid, without validating them (see toc.model.trusted)."""
        return trusted.make(cls, values)

    def __setattr__(self, name: str, value: Any) -> None:
        trusted.own_names(self)
        super().__setattr__(name, value)

    def __eq__(self, other: object) -> bool:
        if type(self) is not type(other):
            return NotImplemented
        fields = type(self).model_fields
        return all(
            getattr(self, name) == getattr(other, name) for name in fields if name not in POSITIONS
        )

    # Unhashable, as equality compares fields that may change. BaseModel's stub declares
    # __hash__ a method, so mypy takes this idiom for an assignment of the wrong type.
    __hash__ = None  # type: ignore[assignment]


class Indicator(Located):
    """Something observable that shows progress: a number or a story, with how it is measured."""

    label: str = Field(min_length=1)
    kind: IndicatorKind | None = None
    description: str | None = None
    baseline: Measure | None = None
    target: Measure | None = None
    unit: str | None = None
    # Means of verification: where the figure or the story comes from.
    source: str | None = None
    timing: str | None = None
    # The actors who collect it.
    by: list[str] = Field(default_factory=list)


class Node(Located):
    """A declared thing: actor, intervention, mechanism, context, outcome, ..."""

    id: str = Field(min_length=1)
    kind: NodeKind
    label: str = Field(min_length=1)
    # The keyword, id and label of the declaration: one line for findings to point at.
    head: SkipJsonSchema[SkipValidation[Span | None]] = Field(default=None, exclude=True, repr=False)
    description: str | None = None
    # actor
    role: Role | None = None
    # intervention, input, output, external
    by: list[str] = Field(default_factory=list)
    serves: list[str] = Field(default_factory=list)
    for_actors: list[str] = Field(default_factory=list)
    # context
    influence: Influence | None = None
    # outcome, impact, effect
    intended: bool | None = None
    positive: bool | None = None
    direct: bool | None = None
    horizon: Horizon | None = None
    level: Level | None = None
    track: Track | None = None
    aim: Aim | None = None
    valued_by: list[str] = Field(default_factory=list)
    indicators: list[Indicator] = Field(default_factory=list)
    # what the element needs to hold (interventions, outputs, results, ...)
    assumes: list[str] = Field(default_factory=list)
    # assumption
    risk: Risk | None = None
    evidence: Evidence | None = None
    source: str | None = None

    @model_validator(mode="after")
    def _fields_fit_kind(self) -> Node:
        allowed = set(NODE_FIELDS[self.kind])
        if self.kind in RESULT_KINDS:
            allowed |= set(RESULT_FLAG_FIELDS)
        if self.kind in INDICATOR_KINDS:
            allowed.add("indicators")
        for name in _OPTIONAL_NODE_FIELDS:
            if name not in allowed and getattr(self, name) not in (None, []):
                raise ValueError(f"a {self.kind.value} cannot have '{name}'")
        return self

    @property
    def is_result(self) -> bool:
        return self.kind in RESULT_KINDS


_OPTIONAL_NODE_FIELDS = tuple(
    name for name in Node.model_fields if name not in {*POSITIONS, "id", "kind", "label"}
)


class Link(Located):
    """A causal claim: `source` contributes to (or reduces) `target`."""

    source: str
    target: str
    polarity: Polarity = "increases"
    when: list[str] = Field(default_factory=list)
    # the actors for whom this link (a realist configuration) holds
    for_actors: list[str] = Field(default_factory=list)
    assumes: list[str] = Field(default_factory=list)
    evidence: Evidence | None = None
    # the authors' confidence, as a percentage or in their own words ("may increase")
    confidence: Percentage | None = Field(default=None, ge=0, le=100)
    confidence_wording: str | None = None
    citation: str | None = None
    loop: LoopKind | None = None
    delay: Delay | None = None
    label: str | None = None

    @model_validator(mode="after")
    def _not_self(self) -> Link:
        if self.source == self.target:
            raise ValueError("a link cannot run from a node to itself")
        return self


class Counterfactual(Located):
    """What would have happened anyway, for the whole theory or some results."""

    targets: list[str] = Field(default_factory=list)
    scenario: str = ""
    deadweight: Percentage | None = Field(default=None, ge=0, le=100)
    attribution: Percentage | None = Field(default=None, ge=0, le=100)
    displacement: Percentage | None = Field(default=None, ge=0, le=100)
    drop_off: Percentage | None = Field(default=None, ge=0, le=100)
    contributors: list[str] = Field(default_factory=list)


class Group(Located):
    """A box around elements (or other groups): a stage, a column, a component. It claims no cause."""

    id: str = Field(min_length=1)
    label: str = Field(min_length=1)
    description: str | None = None
    members: list[str] = Field(default_factory=list)
    head: SkipJsonSchema[SkipValidation[Span | None]] = Field(default=None, exclude=True, repr=False)


class Reference(NamedTuple):
    """One part naming another: who refers, through which field, to what."""

    referrer: str
    field: str
    target: str


_NODE_REFERENCE_FIELDS = ("by", "serves", "for_actors", "valued_by", "assumes")


class Theory(Located):
    """A whole theory of change: header, nodes, links and counterfactuals."""

    label: str | None = None
    version: str | None = None
    scope: str | None = None
    lang: Lang | None = None
    description: str | None = None
    # Where the whole theory comes from (an evaluation's findings) and how strong that is.
    source: str | None = None
    evidence: Evidence | None = None
    # Pre-conditions of the whole theory.
    assumes: list[str] = Field(default_factory=list)
    # The header's keyword and label, where theory-wide findings point.
    head: SkipJsonSchema[SkipValidation[Span | None]] = Field(default=None, exclude=True, repr=False)
    nodes: list[Node] = Field(default_factory=list)
    links: list[Link] = Field(default_factory=list)
    counterfactuals: list[Counterfactual] = Field(default_factory=list)
    groups: list[Group] = Field(default_factory=list)
    files: SkipJsonSchema[list[str]] = Field(default_factory=list, exclude=True)
    _index: dict[str, Node] | None = PrivateAttr(default=None)

    def __eq__(self, other: object) -> bool:
        # File names are presentation, not meaning.
        if not isinstance(other, Theory):
            return NotImplemented
        skip = {*POSITIONS, "files"}
        return all(
            getattr(self, n) == getattr(other, n) for n in Theory.model_fields if n not in skip
        )

    __hash__ = None

    @model_validator(mode="after")
    def _references_resolve(self) -> Theory:
        ids = {node.id: node for node in self.nodes}
        if len(ids) != len(self.nodes):
            raise ValueError("node ids must be unique")
        for link in self.links:
            for end in (link.source, link.target):
                if end not in ids:
                    raise ValueError(f"link refers to unknown node '{end}'")
                if ids[end].kind not in LINKABLE_KINDS:
                    raise ValueError(f"a {ids[end].kind.value} cannot be linked")
        self._groups_form_a_tree(set(ids))
        return self

    def _groups_form_a_tree(self, node_ids: set[str]) -> None:
        """Every member exists and sits in one group at most; no group contains itself."""
        groups = {group.id: group for group in self.groups}
        if len(groups) != len(self.groups) or node_ids & set(groups):
            raise ValueError("group ids must be unique and differ from element ids")
        parent: dict[str, str] = {}
        for group in self.groups:
            for member in group.members:
                if member not in node_ids and member not in groups:
                    raise ValueError(f"group '{group.id}' names unknown member '{member}'")
                if member in parent:
                    raise ValueError(f"'{member}' is in two groups")
                parent[member] = group.id
        for group in self.groups:
            seen, current = {group.id}, group.id
            while current in parent:
                current = parent[current]
                if current in seen:
                    raise ValueError(f"group '{group.id}' contains itself")
                seen.add(current)

    def group_of(self, member: str) -> Group | None:
        """The group an element or group is directly in, or None."""
        for group in self.groups:
            if member in group.members:
                return group
        return None

    def references(self) -> Iterator[Reference]:
        """Every place where one part names another: the one list of reference fields.

        Yields (referring id or "", field, referred id); a link's referring id is
        "source->target", the theory's is "".
        """
        for node in self.nodes:
            for field_name in _NODE_REFERENCE_FIELDS:
                for target in getattr(node, field_name):
                    yield Reference(node.id, field_name, target)
            for indicator in node.indicators:
                for target in indicator.by:
                    yield Reference(node.id, "indicator.by", target)
        for link in self.links:
            for field_name in ("when", "for_actors", "assumes"):
                for target in getattr(link, field_name):
                    yield Reference(f"{link.source}->{link.target}", field_name, target)
        for counterfactual in self.counterfactuals:
            for target in (*counterfactual.targets, *counterfactual.contributors):
                yield Reference("", "counterfactual", target)
        for target in self.assumes:
            yield Reference("", "assumes", target)
        for group in self.groups:
            for target in group.members:
                yield Reference(group.id, "members", target)

    def node(self, node_id: str) -> Node | None:
        """Return the node with this id, or None."""
        return self.index.get(node_id)

    @property
    def index(self) -> dict[str, Node]:
        # Read the private store directly: pydantic's attribute hook is slow, and
        # renderers and rules look nodes up thousands of times.
        private = self.__pydantic_private__
        cached = private.get("_index") if private else None
        if cached is None or len(cached) != len(self.nodes):
            cached = {node.id: node for node in self.nodes}
            self._index = cached
        return cached

    def nodes_of(self, *kinds: NodeKind) -> list[Node]:
        """Return the nodes of the given kinds, in the order written."""
        return [node for node in self.nodes if node.kind in kinds]

    def to_json_data(self) -> dict[str, Any]:
        """Return the model as JSON-ready data (spans and file names left out)."""
        return self.model_dump(mode="json", exclude_none=True)
