"""weak-pathway: every route to a final result runs over a link its own authors rate as weak."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis import routes
from toc.analysis.facts import Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Theme
from toc.model import Link

# A link its authors give a confidence of this or less is weak (online builders use
# percentages; about a third or less reads as "unlikely" in their own scales).
WEAK_CONFIDENCE = 35.0


def is_weak(link: Link) -> bool:
    return (link.confidence is not None and link.confidence <= WEAK_CONFIDENCE) or link.evidence == "weak"


def check(facts: Facts) -> Iterator[Finding]:
    weak = {(link.source, link.target) for link in facts.theory.links if is_weak(link)}
    if not weak or not facts.programme:
        return
    # A pair of elements may have several links; it is weak only if all of them are.
    strong = {(link.source, link.target) for link in facts.theory.links if not is_weak(link)}
    blocked = weak - strong
    sound = routes.reachable_avoiding(facts.successors, facts.programme,
                                      lambda source, target: (source, target) in blocked)
    for node_id in facts.final_results:
        if node_id in facts.reached and node_id not in sound:
            yield Finding(facts.node_span(node_id), (node_id,), {"label": facts.label(node_id)})


RULE = Rule("TOC810", "weak-pathway", Theme.EVIDENCE, Severity.WARNING, check)
