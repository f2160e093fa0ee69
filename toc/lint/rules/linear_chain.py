"""linear-chain: the theory, or a connected part of it, is one straight line of links."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis import graph
from toc.analysis.facts import Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Theme

# Two links in a row are a chain; fewer is too small to call a theory linear.
MIN_NODES = 3


def _is_chain(facts: Facts, members: list[str]) -> bool:
    degrees_ok = all(len(facts.successors[n]) <= 1 and len(facts.predecessors[n]) <= 1
                     for n in members)
    # A connected group with one link fewer than nodes has no loop.
    links = sum(len(facts.successors[n]) for n in members)
    return degrees_ok and links == len(members) - 1


def check(facts: Facts) -> Iterator[Finding]:
    groups = [g for g in graph.weak_components(facts.successors, facts.predecessors)
              if len(g) >= MIN_NODES]
    for members in groups:
        if not _is_chain(facts, members):
            continue
        start = next(n for n in members if not facts.predecessors[n])
        ordered = [start]
        while facts.successors[ordered[-1]]:
            ordered.append(facts.successors[ordered[-1]][0])
        first_link = facts.links_out[start][0]
        variant = "whole" if len(groups) == 1 and len(members) == len(facts.linked) else "part"
        yield Finding(first_link.span, tuple(ordered),
                      {"count": len(ordered), "first": facts.label(ordered[0]),
                       "last": facts.label(ordered[-1])}, variant=variant)


RULE = Rule("TOC201", "linear-chain", Theme.LINEAR, Severity.WARNING, check)
