"""context-free-mechanism: a mechanism that works, as written, everywhere and for everyone."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Theme
from toc.model.kinds import NodeKind


def _has_context(facts: Facts, node_id: str) -> bool:
    links = [*facts.links_in.get(node_id, []), *facts.links_out.get(node_id, [])]
    if any(link.when for link in links):
        return True
    # A context linked straight into the mechanism (`shame -| opens_up`) counts too.
    return any(facts.kind(source) is NodeKind.CONTEXT for source in facts.predecessors[node_id])


def check(facts: Facts) -> Iterator[Finding]:
    for node in facts.of_kind(NodeKind.MECHANISM):
        if node.id in facts.linked and not _has_context(facts, node.id):
            yield Finding(facts.node_span(node.id), (node.id,), {"label": node.label})


RULE = Rule("TOC501", "context-free-mechanism", Theme.CONTEXT, Severity.WARNING, check)
