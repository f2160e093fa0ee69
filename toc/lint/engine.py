"""The engine: run the rules, turn findings into translated diagnostics, apply suppression."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from toc import i18n
from toc.analysis.facts import Facts
from toc.language.diagnostics import Diagnostic, Severity, sort_diagnostics
from toc.lint import suppress
from toc.lint.config import Config
from toc.lint.rule import Finding, Rule, Term
from toc.lint.rules import RULES

if TYPE_CHECKING:
    from toc.language.load import Loaded


class NotLintable(ValueError):
    """Raised when asked to lint a theory that has errors: fix them with `toc check` first."""


def run(loaded: Loaded, config: Config, lang: str, facts: Facts | None = None,
        stop: Callable[[], bool] | None = None) -> list[Diagnostic]:
    """Lint one loaded theory with a configuration, messages in a language.

    `facts` may be passed by a caller that needs them too (the checklist), so that
    the graph analyses of a large theory are made once. `stop` is asked before each
    rule whether the findings are still wanted (an editor's text changed meanwhile);
    once it says no, the rest is skipped and what was found so far returned.
    """
    if not loaded.ok:
        raise NotLintable("the theory has errors; lint needs a valid theory")
    facts = facts or Facts(loaded.theory)
    found: list[Diagnostic] = []
    for rule in RULES:
        if stop is not None and stop():
            break
        if config.enabled(rule):
            severity = config.severity_of(rule)
            found.extend(diagnostic(rule, finding, severity, lang) for finding in rule.check(facts))
    silenced, problems = suppress.directives(loaded, lang)
    # The linter's own warnings are configured like rules, and can be silenced the same way.
    found += [replace(p, severity=config.severity.get(p.code, p.severity)) for p in problems
              if config.reports(p.code)]
    return sort_diagnostics([d for d in found if not suppress.is_silenced(d, silenced, facts)])


def diagnostic(rule: Rule, finding: Finding, severity: Severity, lang: str) -> Diagnostic:
    """Translate a finding into a Diagnostic named after its rule."""
    values = {key: _value(value, lang) for key, value in finding.values.items()}
    message_key = _variant(rule.code, finding.variant)
    hint_key = _variant(f"{rule.code}.hint", finding.variant)
    return Diagnostic(rule.code, severity, i18n.text(message_key, lang, **values), finding.span,
                      i18n.text(hint_key, lang, **values), name=rule.name, nodes=finding.nodes)


def _variant(key: str, variant: str | None) -> str:
    if variant and i18n.has(f"{key}.{variant}"):
        return f"{key}.{variant}"
    return key


def _value(value: Any, lang: str) -> Any:
    return i18n.text(value.key, lang) if isinstance(value, Term) else value
