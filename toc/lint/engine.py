"""The engine: run the rules, keep each problem's root finding, translate, apply suppression."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from toc import i18n
from toc.analysis.facts import Facts
from toc.language.diagnostics import Diagnostic, Related, Severity, sort_diagnostics
from toc.lint import precedence, suppress
from toc.lint.config import Config
from toc.lint.rule import Finding, Rule, Term
from toc.lint.rules import RULES

if TYPE_CHECKING:
    from toc.language.load import Loaded


class NotLintable(ValueError):
    """Raised when asked to lint a theory that has errors: fix them with `toc check` first."""


def run(loaded: Loaded, config: Config, lang: str, facts: Facts | None = None,
        explained: bool = False) -> list[Diagnostic]:
    """Lint one loaded theory with a configuration, messages in a language.

    `facts` may be passed by a caller that needs them too (the checklist), so that
    the graph analyses of a large theory are made once. With `explained`, the findings
    a root finding explains are kept too, marked with `explained_by` (the checklist
    asks its questions place by place).
    """
    if not loaded.ok:
        raise NotLintable("the theory has errors; lint needs a valid theory")
    facts = facts or Facts(loaded.theory)
    raw = [precedence.Found(rule, finding) for rule in RULES if config.enabled(rule)
           for finding in rule.check(facts)]
    # Root causes first: what a kept finding explains is not said again (but is named in it).
    kept = precedence.apply(raw)
    explains = precedence.consequences(raw)
    found = [diagnostic(item.rule, item.finding, config.severity_of(item.rule), lang,
                        explains.get(id(item), []), facts) for item in kept]
    if explained:
        found += [replace(diagnostic(item.rule, item.finding, config.severity_of(item.rule), lang),
                          explained_by=item.root().rule.name)
                  for item in raw if item.explained_by is not None]
    silenced, problems = suppress.directives(loaded, lang)
    # The linter's own warnings are configured like rules, and can be silenced the same way.
    found += [replace(p, severity=config.severity.get(p.code, p.severity)) for p in problems
              if config.reports(p.code)]
    return sort_diagnostics([d for d in found if not suppress.is_silenced(d, silenced, facts)])


def diagnostic(rule: Rule, finding: Finding, severity: Severity, lang: str,
               explained: list[precedence.Found] | None = None,
               facts: Facts | None = None) -> Diagnostic:
    """Translate a finding into a Diagnostic named after its rule, with what it explains."""
    values = {key: _value(value, lang) for key, value in finding.values.items()}
    message_key = _variant(rule.code, finding.variant)
    hint_key = _variant(f"{rule.code}.hint", finding.variant)
    explained = explained or []
    consequences = tuple(dict.fromkeys(n for item in explained for n in item.finding.nodes[:1]))
    return Diagnostic(rule.code, severity, i18n.text(message_key, lang, **values), finding.span,
                      i18n.text(hint_key, lang, **values), name=rule.name, nodes=finding.nodes,
                      related=_explained(explained, facts, lang), scope="theory" if finding.whole else None,
                      consequences=consequences)


# The explained findings a root one names by place; the rest are counted in its consequences.
MAX_EXPLAINED_SHOWN = 3


def _explained(explained: list[precedence.Found], facts: Facts | None, lang: str) -> tuple[Related, ...]:
    shown = []
    for item in explained:
        span = item.finding.span
        if span is None or facts is None or not item.finding.nodes or len(shown) >= MAX_EXPLAINED_SHOWN:
            continue
        shown.append(Related(span, i18n.text("lint.explains", lang, rule=item.rule.name,
                                             label=facts.label(item.finding.nodes[0]))))
    rest = len(explained) - len(shown)
    if shown and rest > 0:
        last = shown[-1]
        shown[-1] = Related(last.span, last.message + " " + i18n.text("lint.explains.more", lang, count=rest))
    return tuple(shown)


def _variant(key: str, variant: str | None) -> str:
    if variant and i18n.has(f"{key}.{variant}"):
        return f"{key}.{variant}"
    return key


def _value(value: Any, lang: str) -> Any:
    return i18n.text(value.key, lang) if isinstance(value, Term) else value
