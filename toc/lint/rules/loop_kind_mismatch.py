"""loop-kind-mismatch: a loop declared reinforcing or balancing whose links' polarity say otherwise."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import Facts, loop_kind
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Term, Theme


def check(facts: Facts) -> Iterator[Finding]:
    for number in range(len(facts.loops)):
        declared = [link for link in facts.loop_links(number) if link.loop]
        inferred = loop_kind(facts, number)
        if not declared or inferred == "mixed":
            continue
        for link in declared:
            if link.loop != inferred:
                yield Finding(link.span, (link.source, link.target),
                              {"declared": Term(f"loopkind.{link.loop}"),
                               "inferred": Term(f"loopkind.{inferred}")},
                              variant=inferred)


RULE = Rule("TOC106", "loop-kind-mismatch", Theme.STRUCTURE, Severity.INFO, check)
