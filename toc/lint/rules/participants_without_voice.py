"""participants-without-voice: participants take part, but value none of the results."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Theme
from toc.model.kinds import RESULT_KINDS, NodeKind


def check(facts: Facts) -> Iterator[Finding]:
    valuers = {actor for node in facts.of_kind(*RESULT_KINDS) for actor in node.valued_by}
    for actor in facts.of_kind(NodeKind.ACTOR):
        if actor.role == "participant" and actor.id not in valuers:
            yield Finding(facts.node_span(actor.id), (actor.id,), {"label": actor.label})


RULE = Rule("TOC602", "participants-without-voice", Theme.PERSPECTIVES, Severity.WARNING, check)
