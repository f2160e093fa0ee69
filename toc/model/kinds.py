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

# Kinds whose progress can be observed with indicators: what the programme does and achieves.
INDICATOR_KINDS = (
    NodeKind.INTERVENTION,
    NodeKind.INPUT,
    NodeKind.OUTPUT,
    NodeKind.OUTCOME,
    NodeKind.IMPACT,
    NodeKind.EFFECT,
)
# What may condition a link (`when:`): a context, or any result or outside factor, so
# that the outcome of one context-mechanism-outcome configuration can be the context
# of the next.
CONDITION_KINDS = (
    NodeKind.CONTEXT,
    NodeKind.OUTPUT,
    NodeKind.OUTCOME,
    NodeKind.IMPACT,
    NodeKind.EFFECT,
    NodeKind.EXTERNAL,
)

_RESULT_FIELDS = ("description", "horizon", "level", "track", "aim", "valued_by", "for_actors", "serves",
                  "assumes")

# The optional fields each kind may set, in the order the language lists their
# attributes; the vocabulary gives each field its English and Dutch spelling.
NODE_FIELDS: dict[NodeKind, tuple[str, ...]] = {
    NodeKind.ACTOR: ("description", "role"),
    NodeKind.VALUE: ("description",),
    NodeKind.INTERVENTION: ("description", "by", "serves", "for_actors", "assumes"),
    NodeKind.INPUT: ("description", "by", "assumes"),
    NodeKind.OUTPUT: ("description", "by", "for_actors", "assumes"),
    NodeKind.MECHANISM: ("description", "for_actors", "assumes"),
    NodeKind.CONTEXT: ("description", "influence"),
    NodeKind.OUTCOME: _RESULT_FIELDS,
    NodeKind.IMPACT: _RESULT_FIELDS,
    NodeKind.EFFECT: _RESULT_FIELDS,
    NodeKind.EXTERNAL: ("description", "by", "assumes"),
    NodeKind.ASSUMPTION: ("description", "risk", "evidence", "source"),
}
# Yes/no properties that only results have (set by flags such as `unintended`).
RESULT_FLAG_FIELDS = ("intended", "positive", "direct")
