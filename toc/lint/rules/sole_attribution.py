"""sole-attribution: an impact caused only by the programme, with no other contributor named."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Theme
from toc.model.kinds import NodeKind


def _with_contributors(facts: Facts) -> tuple[bool, set[str]]:
    """Whether a theory-wide counterfactual names contributors, and which results one names them for."""
    everywhere = any(cf.contributors and not cf.targets for cf in facts.theory.counterfactuals)
    targets = {t for cf in facts.theory.counterfactuals if cf.contributors for t in cf.targets}
    return everywhere, targets


def check(facts: Facts) -> Iterator[Finding]:
    everywhere, covered = _with_contributors(facts)
    if everywhere:
        return
    external = facts.downstream_of(NodeKind.EXTERNAL)
    for node in facts.of_kind(NodeKind.IMPACT):
        if node.id in facts.reached and node.id not in external and node.id not in covered:
            yield Finding(facts.node_span(node.id), (node.id,), {"label": node.label})


RULE = Rule("TOC205", "sole-attribution", Theme.LINEAR, Severity.WARNING, check)
