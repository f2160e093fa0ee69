"""aim-mismatch: the programme's own steps increase a result it wants less of."""

from __future__ import annotations

from collections.abc import Iterator

from toc.analysis.facts import Facts
from toc.analysis.valence import is_bad
from toc.language.diagnostics import Severity
from toc.lint.rule import Finding, Rule, Theme
from toc.model.kinds import NodeKind

# The programme's own steps; a context, an outside factor or a negative effect may well
# drive up what the programme wants less of (that is why it wants less of it).
_OWN_STEPS = (NodeKind.INTERVENTION, NodeKind.INPUT, NodeKind.OUTPUT, NodeKind.MECHANISM,
              NodeKind.OUTCOME, NodeKind.IMPACT)


def check(facts: Facts) -> Iterator[Finding]:
    for link in facts.theory.links:
        source, target = facts.index[link.source], facts.index[link.target]
        if (target.aim == "less" and link.polarity == "increases" and source.kind in _OWN_STEPS
                and source.intended is not False and not is_bad(facts, source)):
            yield Finding(link.span, (link.source, link.target),
                          {"source": source.label, "target": target.label})


RULE = Rule("TOC405", "aim-mismatch", Theme.EFFECTS, Severity.WARNING, check)
