"""Which states a theory treats as bad: what it wants less of, read from the model, never from words.

A result says so itself (negative, or `aim: less`), a context by being hindering. A
mechanism or a context that says neither is judged by what it leads to, one step
on: something whose every drawn effect makes good things less, or bad things more
("letters stay unopened" only adds to problem debts), is a bad state too.
"""

from __future__ import annotations

from toc.analysis.facts import Facts
from toc.model import Node
from toc.model.kinds import NodeKind

_JUDGED_BY_EFFECTS = (NodeKind.MECHANISM, NodeKind.CONTEXT, NodeKind.EXTERNAL)


def declared_bad(node: Node) -> bool:
    """Bad by its own declaration: a negative result, an aim to reduce, a hindering context."""
    return (node.positive is False or node.aim == "less"
            or (node.kind is NodeKind.CONTEXT and node.influence == "hindering"))


def is_bad(facts: Facts, node: Node) -> bool:
    """Bad by declaration, or (a mechanism, context or outside factor) by all it leads to."""
    if declared_bad(node):
        return True
    if node.kind not in _JUDGED_BY_EFFECTS or node.influence == "enabling":
        return False
    out = facts.links_out.get(node.id, [])
    if not out:
        return False
    return all(declared_bad(facts.index[link.target]) == (link.polarity == "increases")
               and (link.polarity == "increases" or _declared_good(facts.index[link.target]))
               for link in out)


def _declared_good(node: Node) -> bool:
    """Good by its own declaration: an intended, positive result one wants more of, an enabling context."""
    if node.kind is NodeKind.CONTEXT:
        return node.influence == "enabling"
    return node.kind in (NodeKind.OUTCOME, NodeKind.IMPACT) and node.aim != "less" \
        and node.positive is not False and node.intended is not False


def is_good(facts: Facts, node: Node) -> bool:
    """Good by declaration, or (a mechanism) by what it leads to: something good more or something
    bad less, and nothing the other way round."""
    if _declared_good(node):
        return True
    if node.kind is not NodeKind.MECHANISM:
        return False
    helps = hurts = False
    for link in facts.links_out.get(node.id, []):
        target = facts.index[link.target]
        more = link.polarity == "increases"
        helps |= (more and _declared_good(target)) or (not more and declared_bad(target))
        hurts |= (more and declared_bad(target)) or (not more and _declared_good(target))
    return helps and not hurts
