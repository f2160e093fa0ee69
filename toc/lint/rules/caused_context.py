"""caused-context: a context that the programme itself brings about, which makes it an effect."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Theme
from toc.model.kinds import NodeKind


def check(facts: Facts) -> Iterator[Finding]:
    for node in facts.of_kind(NodeKind.CONTEXT):
        # Brought about, not held back: a programme that reduces a hindering circumstance
        # works on it as intended; one that adds to a circumstance has made an effect.
        causes = [link.source for link in facts.links_in.get(node.id, [])
                  if link.polarity == "increases" and link.source in facts.reached
                  and facts.kind(link.source) is not NodeKind.CONTEXT]
        if causes:
            yield Finding(facts.node_span(node.id), (node.id, *causes),
                          {"label": node.label, "causes": facts.names(causes)})


RULE = Rule("TOC505", "caused-context", Theme.CONTEXT, Severity.WARNING, check)
