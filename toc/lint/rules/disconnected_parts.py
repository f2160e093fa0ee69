"""disconnected-parts: the links join the theory into several pieces that nothing connects."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Theme


def loose_parts(facts: Facts) -> list[list[str]]:
    """The parts besides the largest, when the theory itself falls apart.

    It does when linked pieces stand apart from each other, or when most elements
    are not linked at all (a column model without arrows). A few loose elements in
    an otherwise connected theory are orphan-node's findings, one each.
    """
    if not facts.theory.links:
        return []
    others = facts.parts[1:]
    pieces = [part for part in others if len(part) > 1]
    loose = sum(1 for part in others if len(part) == 1)
    elements = sum(len(part) for part in facts.parts)
    if pieces or loose * 2 > elements:
        return others
    return []


def check(facts: Facts) -> Iterator[Finding]:
    others = loose_parts(facts)
    if not others:
        return
    # The first element written in each other part stands for it. Related are all the
    # elements of those parts, and of the largest part too when the programme is not in it:
    # what goes unreached there goes unreached because the parts are not joined.
    firsts = [part[0] for part in others]
    programme = set(facts.programme)
    cut_off = [part for part in facts.parts if part in others or not programme.intersection(part)]
    every = [node for part in cut_off for node in part]
    yield Finding(facts.header_span, (*firsts, *(n for n in every if n not in firsts)),
                  {"parts": len(others) + 1, "largest": len(facts.parts[0]),
                   "others": facts.names(firsts)}, whole=True)


RULE = Rule("TOC110", "disconnected-parts", Theme.STRUCTURE, Severity.WARNING, check)
