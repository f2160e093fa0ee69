"""The validated model of a theory of change: the one input of every stage after the language.

The model knows nothing of syntax or of Lark: `span` says where a part was
written, `kinds` which kinds of element exist, `parts` the pydantic models.
"""

from toc.model.kinds import CONDITION_KINDS, INDICATOR_KINDS, LINKABLE_KINDS, RESULT_KINDS, NodeKind
from toc.model.parts import (
    HORIZON_ORDER,
    Counterfactual,
    Group,
    Indicator,
    Link,
    Located,
    Node,
    Reference,
    Theory,
)
from toc.model.span import Span

__all__ = ["CONDITION_KINDS", "HORIZON_ORDER", "INDICATOR_KINDS", "LINKABLE_KINDS", "RESULT_KINDS",
           "Counterfactual", "Group", "Indicator", "Link", "Located", "Node", "NodeKind", "Reference", "Span",
           "Theory"]
