"""The kinds of element a theory declares, and which fields each kind may carry."""

from __future__ import annotations

from enum import Enum


class NodeKind(str, Enum):
    """The kinds of thing a theory of change can declare."""

    ACTOR = "actor"
    VALUE = "value"
    INTERVENTION = "intervention"
    INPUT = "input"
    OUTPUT = "output"
    MECHANISM = "mechanism"
    CONTEXT = "context"
    OUTCOME = "outcome"
    IMPACT = "impact"
    EFFECT = "effect"
    EXTERNAL = "external"
    ASSUMPTION = "assumption"


RESULT_KINDS = (NodeKind.OUTCOME, NodeKind.IMPACT, NodeKind.EFFECT)
# Nodes that can stand at either end of a causal link. Actors take part through
# `by:`, values through `serves:`, assumptions through `assumes:`.
LINKABLE_KINDS = (
    NodeKind.INTERVENTION,
    NodeKind.INPUT,
    NodeKind.OUTPUT,
    NodeKind.MECHANISM,
    NodeKind.CONTEXT,
    NodeKind.OUTCOME,
    NodeKind.IMPACT,
    NodeKind.EFFECT,
    NodeKind.EXTERNAL,
)

_RESULT_FIELDS = ("description", "horizon", "level", "track", "valued_by", "for_actors", "serves")

# The optional fields each kind may set, in the order the language lists their
# attributes; the vocabulary gives each field its English and Dutch spelling.
NODE_FIELDS: dict[NodeKind, tuple[str, ...]] = {
    NodeKind.ACTOR: ("description", "role"),
    NodeKind.VALUE: ("description",),
    NodeKind.INTERVENTION: ("description", "by", "serves", "for_actors"),
    NodeKind.INPUT: ("description", "by"),
    NodeKind.OUTPUT: ("description", "by", "for_actors"),
    NodeKind.MECHANISM: ("description", "for_actors"),
    NodeKind.CONTEXT: ("description", "influence"),
    NodeKind.OUTCOME: _RESULT_FIELDS,
    NodeKind.IMPACT: _RESULT_FIELDS,
    NodeKind.EFFECT: _RESULT_FIELDS,
    NodeKind.EXTERNAL: ("description", "by"),
    NodeKind.ASSUMPTION: ("description", "risk", "evidence", "source"),
}
# Yes/no properties that only results have (set by flags such as `unintended`).
RESULT_FLAG_FIELDS = ("intended", "positive", "direct")
