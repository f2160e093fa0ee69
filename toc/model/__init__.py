"""The validated model of a theory of change: the one input of every stage after the language.

The model knows nothing of syntax or of Lark: `span` says where a part was
written, `kinds` which kinds of element exist, `parts` the pydantic models.
"""

from toc.model.kinds import LINKABLE_KINDS, RESULT_KINDS, NodeKind
from toc.model.parts import (
    HORIZON_ORDER,
    Counterfactual,
    Indicator,
    Link,
    Located,
    Node,
    Theory,
)
from toc.model.span import Span

__all__ = ["HORIZON_ORDER", "LINKABLE_KINDS", "RESULT_KINDS", "Counterfactual",
           "Indicator", "Link", "Located", "Node", "NodeKind", "Span", "Theory"]
