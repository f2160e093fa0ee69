"""The engine: run the rules, turn findings into translated diagnostics, apply suppression."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

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


def run(loaded: Loaded, config: Config, lang: str, facts: Facts | None = None) -> list[Diagnostic]:
    """Lint one loaded theory with a configuration, messages in a language.

    `facts` may be passed by a caller that needs them too (the checklist), so that
    the graph analyses of a large theory are made once.
    """
    if not loaded.ok:
        raise NotLintable("the theory has errors; lint needs a valid theory")
    facts = facts or Facts(loaded.theory)
    found: list[Diagnostic] = []
    words = _Words(lang)
    for rule in RULES:
        if config.enabled(rule):
            severity = config.severity_of(rule)
            found.extend(words.diagnostic(rule, finding, severity) for finding in rule.check(facts))
    silenced, problems = suppress.directives(loaded, lang)
    # The linter's own warnings are configured like rules, and can be silenced the same way.
    found += [replace(p, severity=config.severity.get(p.code, p.severity)) for p in problems
              if config.reports(p.code)]
    if silenced:
        found = [d for d in found if not suppress.is_silenced(d.code, d.span, d.nodes, silenced, facts)]
    return sort_diagnostics(found)


def flagged(loaded: Loaded, facts: Facts) -> dict[str, list[Finding]]:
    """What every rule finds, unless silenced, by rule name and in the order of `run`; no words.

    For the checklist, which needs to know what was found and about which nodes, not
    the messages: on a theory with tens of thousands of links, making those would
    cost more than everything else the checklist does.
    """
    silenced, _ = suppress.directives(loaded, loaded.lang)
    found: dict[str, list[Finding]] = {}
    for rule in RULES:
        seen: set[tuple] = set()
        kept = []
        for finding in sorted(rule.check(facts), key=_place):
            key = (finding.span, finding.nodes, finding.variant)
            if key in seen or (silenced and suppress.is_silenced(
                    rule.code, finding.span, finding.nodes, silenced, facts)):
                continue
            seen.add(key)
            kept.append(finding)
        if kept:
            found[rule.name] = kept
    return found


def _place(finding: Finding) -> tuple[str, int, int]:
    """Where a finding is, as diagnostics are sorted (toc.language.diagnostics)."""
    span = finding.span
    return ("", 0, 0) if span is None else (span.file, span.line, span.column)


class _Words:
    """The messages of one run in one language, each template and term looked up once.

    A rule may find something on every one of tens of thousands of links; looking
    the same texts up for each would cost more than the finding itself.
    """

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.templates: dict[tuple[str, str | None], tuple[str, str]] = {}
        self.terms: dict[str, str] = {}

    def diagnostic(self, rule: Rule, finding: Finding, severity: Severity) -> Diagnostic:
        """Translate a finding into a Diagnostic named after its rule."""
        values = {key: self.term(value) if isinstance(value, Term) else value
                  for key, value in finding.values.items()}
        message, hint = self.template(rule.code, finding.variant)
        return Diagnostic(rule.code, severity, message.format(**values), finding.span,
                          hint.format(**values), name=rule.name, nodes=finding.nodes)

    def template(self, code: str, variant: str | None) -> tuple[str, str]:
        key = (code, variant)
        if key not in self.templates:
            self.templates[key] = (i18n.template(_variant(code, variant), self.lang),
                                   i18n.template(_variant(f"{code}.hint", variant), self.lang))
        return self.templates[key]

    def term(self, term: Term) -> str:
        if term.key not in self.terms:
            self.terms[term.key] = i18n.text(term.key, self.lang)
        return self.terms[term.key]


def _variant(key: str, variant: str | None) -> str:
    if variant and i18n.has(f"{key}.{variant}"):
        return f"{key}.{variant}"
    return key
