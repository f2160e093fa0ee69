"""effect-without-polarity: an effect that does not say whether it is intended and whether it is positive."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Theme
from toc.model.kinds import NodeKind


def check(facts: Facts) -> Iterator[Finding]:
    for node in facts.of_kind(NodeKind.EFFECT):
        missing = [name for name, value in (("intended", node.intended),
                                            ("positive", node.positive)) if value is None]
        if missing:
            variant = "both" if len(missing) == 2 else missing[0]
            yield Finding(facts.node_span(node.id), (node.id,), {"label": node.label},
                          variant=variant)


RULE = Rule("TOC403", "effect-without-polarity", Theme.EFFECTS, Severity.WARNING, check)
