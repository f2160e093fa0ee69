"""The parts of a theory as validated pydantic models: nodes, links, counterfactuals, the theory."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, SkipValidation, model_validator
from pydantic.json_schema import SkipJsonSchema

from toc.model.kinds import LINKABLE_KINDS, NODE_FIELDS, RESULT_FLAG_FIELDS, RESULT_KINDS, NodeKind
from toc.model.span import Span

Role = Literal[
    "participant", "implementer", "funder", "policymaker", "partner", "volunteer", "researcher", "other"
]
Influence = Literal["enabling", "hindering"]
Horizon = Literal["during", "short", "medium", "long"]
Level = Literal["person", "group", "community", "system"]
Track = Literal["efficiency", "meaning", "craft"]
IndicatorKind = Literal["number", "story"]
Risk = Literal["low", "medium", "high"]
Evidence = Literal["strong", "moderate", "weak", "untested"]
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

    model_config = ConfigDict(extra="forbid")

    # Not validated: spans come from the parser, and there are very many of them.
    span: SkipJsonSchema[SkipValidation[Span | None]] = Field(default=None, exclude=True, repr=False)

    def __eq__(self, other: object) -> bool:
        if type(self) is not type(other):
            return NotImplemented
        fields = type(self).model_fields
        return all(
            getattr(self, name) == getattr(other, name) for name in fields if name not in POSITIONS
        )

    __hash__ = None  # type: ignore[assignment]


class Indicator(Located):
    """Something observable that shows an outcome: a number or a story."""

    label: str = Field(min_length=1)
    kind: IndicatorKind | None = None
    baseline: float | None = None
    target: float | None = None
    unit: str | None = None
    source: str | None = None


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
    valued_by: list[str] = Field(default_factory=list)
    indicators: list[Indicator] = Field(default_factory=list)
    # assumption
    risk: Risk | None = None
    evidence: Evidence | None = None
    source: str | None = None

    @model_validator(mode="after")
    def _fields_fit_kind(self) -> Node:
        allowed = set(NODE_FIELDS[self.kind])
        if self.kind in RESULT_KINDS:
            allowed |= {*RESULT_FLAG_FIELDS, "indicators"}
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
    assumes: list[str] = Field(default_factory=list)
    evidence: Evidence | None = None
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


class Theory(Located):
    """A whole theory of change: header, nodes, links and counterfactuals."""

    label: str | None = None
    version: str | None = None
    scope: str | None = None
    lang: Lang | None = None
    description: str | None = None
    # The header's keyword and label, where theory-wide findings point.
    head: SkipJsonSchema[SkipValidation[Span | None]] = Field(default=None, exclude=True, repr=False)
    nodes: list[Node] = Field(default_factory=list)
    links: list[Link] = Field(default_factory=list)
    counterfactuals: list[Counterfactual] = Field(default_factory=list)
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

    __hash__ = None  # type: ignore[assignment]

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
        return self

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
