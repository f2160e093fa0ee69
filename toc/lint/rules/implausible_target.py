"""implausible-target: a share of more than 100% as an indicator's baseline or target."""

from __future__ import annotations

import re
from collections.abc import Iterator

from toc.analysis.facts import Facts
from toc.language.diagnostics import Severity
from toc.language.vocabulary import PERCENT_UNITS
from toc.lint.rule import Finding, Rule, Theme
from toc.model import Indicator

# The one place this rule reads words: an indicator without a unit whose label says it is
# a share. Documented in the rule's text; everything else is read from the structure.
_SHARE_WORDS = re.compile(r"%|\b(share|percentage|proportion|percent|aandeel|percentage|procent)\b",
                          re.IGNORECASE)


def is_share(indicator: Indicator) -> bool:
    if indicator.unit is not None:
        return indicator.unit.strip().lower() in PERCENT_UNITS
    return bool(_SHARE_WORDS.search(indicator.label))


def check(facts: Facts) -> Iterator[Finding]:
    for node in facts.theory.nodes:
        for indicator in node.indicators:
            if not is_share(indicator):
                continue
            for field in ("baseline", "target"):
                value = getattr(indicator, field)
                if isinstance(value, float) and value > 100:
                    yield Finding(indicator.span, (node.id,),
                                  {"indicator": indicator.label, "value": f"{value:g}%",
                                   "label": node.label}, variant=field)


RULE = Rule("TOC807", "implausible-target", Theme.EVIDENCE, Severity.WARNING, check)
