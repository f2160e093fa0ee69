"""duplicate-label: two elements carry the same label, often one thing listed as two kinds."""

from __future__ import annotations

import re
from collections.abc import Iterator

from toc.analysis.facts import Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Term, Theme

_SPACE = re.compile(r"\s+")


def same_words(label: str) -> str:
    """A label as compared: case, spacing and a closing full stop do not count."""
    return _SPACE.sub(" ", label).strip().rstrip(".").casefold()


def check(facts: Facts) -> Iterator[Finding]:
    seen: dict[str, str] = {}
    for node in facts.theory.nodes:
        key = same_words(node.label)
        first = seen.setdefault(key, node.id)
        if first != node.id:
            earlier = facts.index[first]
            variant = "kinds" if earlier.kind is not node.kind else None
            yield Finding(facts.node_span(node.id), (first, node.id),
                          {"label": node.label, "first": first, "second": node.id,
                           "first_kind": Term(f"a.kind.{earlier.kind.value}"),
                           "second_kind": Term(f"a.kind.{node.kind.value}")}, variant=variant)


RULE = Rule("TOC112", "duplicate-label", Theme.STRUCTURE, Severity.WARNING, check)
