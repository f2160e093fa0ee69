"""untested-critical-assumption: a risky, untested assumption that every route to an impact needs."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.critical import critical_places
from toc.analysis.facts import Facts
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Theme
from toc.model.kinds import NodeKind


def check(facts: Facts) -> Iterator[Finding]:
    risky = {node.id for node in facts.of_kind(NodeKind.ASSUMPTION)
             if node.risk == "high" and node.evidence == "untested"}
    impacts = [n.id for n in facts.of_kind(NodeKind.IMPACT) or facts.of_kind(NodeKind.OUTCOME)]
    for place in critical_places(facts, risky, impacts):
        step: tuple[str, ...]
        if place.link is not None:
            link = next(out for out in facts.links_out[place.link[0]] if out.target == place.link[1])
            span, step = link.span, (place.link[0], place.link[1])
        else:
            span, step = facts.node_span(place.assumption), ((place.where,) if place.where else ())
        values = {"assumption": facts.names([place.assumption]), "impact": facts.label(place.result)}
        if place.link is not None:
            values.update(source=facts.label(place.link[0]), target=facts.label(place.link[1]))
        elif place.where:
            values["step"] = facts.label(place.where)
        variant = None if place.link else (
            "theory" if not place.where else "result" if place.where == place.result else "element")
        yield Finding(span, tuple(dict.fromkeys((place.assumption, *step, place.result))), values,
                      variant=variant)


RULE = Rule("TOC801", "untested-critical-assumption", Theme.EVIDENCE, Severity.WARNING, check)
