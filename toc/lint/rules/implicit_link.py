"""implicit-link: a link into an outcome or impact that rests on nothing written down."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import CHANGE_KINDS, Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Theme
from toc.model import Link


def supported(facts: Facts, link: Link) -> bool:
    """What a link may rest on: its own assumption, evidence, source or confidence, or the
    assumptions of the element it leaves (a logframe row's assumptions column)."""
    return bool(link.assumes or link.evidence or link.citation or link.confidence is not None
                or link.confidence_wording or facts.index[link.source].assumes)


def check(facts: Facts) -> Iterator[Finding]:
    # A theory that is itself an evaluation's finding says in its header what its links rest on.
    if facts.theory.source or facts.theory.evidence:
        return
    changing = {node.id for node in facts.of_kind(*CHANGE_KINDS)}
    into_change = [link for link in facts.theory.links if link.target in changing]
    bare = [link for link in into_change if not supported(facts, link)]
    if bare and len(bare) == len(into_change) and len(bare) > 1:
        # Not one link says what it rests on: one question about the theory, which stands for
        # the findings on each link (toc.lint.precedence), kept for the checklist's questions.
        ends = [end for link in bare for end in (link.source, link.target)]
        yield Finding(facts.header_span, tuple(dict.fromkeys(ends)), {"count": len(bare)},
                      variant="none", whole=True)
    index = facts.index
    for link in bare:
        yield Finding(link.span, (link.source, link.target),
                      {"source": index[link.source].label, "target": index[link.target].label})


RULE = Rule("TOC802", "implicit-link", Theme.EVIDENCE, Severity.INFO, check)
