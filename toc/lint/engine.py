"""The engine: run the rules, keep each problem's root finding, translate, apply suppression."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache
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


def checked(facts: Facts) -> dict[str, list[Finding]]:
    """What every rule finds, by rule name, before precedence, suppression and words.

    For a caller that both lints and makes the checklist (the report page): the
    rules then run once, and `run` and `flagged` are given what they found.
    """
    return {rule.name: list(rule.check(facts)) for rule in RULES}


def run(loaded: Loaded, config: Config, lang: str, facts: Facts | None = None,
        stop: Callable[[], bool] | None = None,
        found_before: dict[str, list[Finding]] | None = None) -> list[Diagnostic]:
    """Lint one loaded theory with a configuration, messages in a language.

    `facts` may be passed by a caller that needs them too (the checklist), so that
    the graph analyses of a large theory are made once. `stop` is asked before each
    rule whether the findings are still wanted (an editor's text changed meanwhile);
    once it says no, the rest is skipped and what was found so far returned. `found_before` is what
    the rules found already (see `checked`), made for the same facts.
    """
    if not loaded.ok:
        raise NotLintable("the theory has errors; lint needs a valid theory")
    facts = facts or Facts(loaded.theory)
    raw = []
    for rule in RULES:
        if stop is not None and stop():
            break
        if config.enabled(rule):
            findings = found_before[rule.name] if found_before is not None else rule.check(facts)
            raw += [precedence.Found(rule, finding) for finding in findings]
    # Root causes first: what a kept finding explains is not said again (but is named in it).
    kept = precedence.apply(raw)
    explains = precedence.consequences(raw)
    found = [diagnostic(item.rule, item.finding, config.severity_of(item.rule), lang,
                        explains.get(id(item), []), facts) for item in kept]
    silenced, problems = suppress.directives(loaded, lang)
    # The linter's own warnings are configured like rules, and can be silenced the same way.
    found += [replace(p, severity=config.severity.get(p.code, p.severity)) for p in problems
              if config.reports(p.code)]
    if silenced:
        found = [d for d in found if not suppress.is_silenced(d.code, d.span, d.nodes, silenced, facts)]
    return sort_diagnostics(found)


def diagnostic(rule: Rule, finding: Finding, severity: Severity, lang: str,
               explained: list[precedence.Found] | None = None,
               facts: Facts | None = None) -> Diagnostic:
    """Translate a finding into a Diagnostic named after its rule, with what it explains."""
    values = {key: _value(value, lang) for key, value in finding.values.items()}
    message, hint = _templates(rule.code, finding.variant, lang)
    explained = explained or []
    consequences = tuple(dict.fromkeys(n for item in explained for n in item.finding.nodes[:1]))
    return Diagnostic(rule.code, severity, message.format(**values), finding.span,
                      hint.format(**values), name=rule.name, nodes=finding.nodes,
                      related=_explained(explained, facts, lang), scope="theory" if finding.whole else None,
                      consequences=consequences, adds=finding.adds)


# The explained findings a root one names by place; the rest are counted in its consequences.
MAX_EXPLAINED_SHOWN = 3


def _explained(explained: list[precedence.Found], facts: Facts | None, lang: str) -> tuple[Related, ...]:
    shown: list[Related] = []
    # Each place named once: two links from one element in one statement are one line. The
    # words are made only for the lines shown (a root may explain tens of thousands).
    seen: set[tuple[str, int, int, str, str]] = set()
    covered = 0  # the explained findings that the shown lines stand for
    for item in explained:
        span = item.finding.span
        if span is None or facts is None or not item.finding.nodes:
            continue
        key = (span.file, span.line, span.column, item.rule.name, item.finding.nodes[0])
        if key in seen:
            covered += 1
        elif len(shown) < MAX_EXPLAINED_SHOWN:
            seen.add(key)
            shown.append(Related(span, i18n.text("lint.explains", lang, rule=item.rule.name,
                                                 label=facts.label(item.finding.nodes[0]))))
            covered += 1
    rest = len(explained) - covered
    if shown and rest > 0:
        last = shown[-1]
        shown[-1] = Related(last.span, last.message + " " + i18n.text("lint.explains.more", lang, count=rest))
    return tuple(shown)


def flagged(loaded: Loaded, facts: Facts,
            found_before: dict[str, list[Finding]] | None = None) -> dict[str, list[Finding]]:
    """What every rule finds, unless silenced, by rule name and in the order of `run`; no words.

    For the checklist, which needs to know what was found and about which nodes, not
    the messages: on a theory with tens of thousands of links, making those would
    cost more than everything else the checklist does.
    """
    silenced, _ = suppress.directives(loaded, loaded.lang)
    every = found_before if found_before is not None else checked(facts)
    found: dict[str, list[Finding]] = {}
    for rule in RULES:
        seen: set[tuple] = set()
        kept = []
        for finding in sorted(every[rule.name], key=_place):
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


@cache
def _templates(code: str, variant: str | None, lang: str) -> tuple[str, str]:
    """A rule's message and hint templates, looked up once per run and language.

    A rule may find something on every one of tens of thousands of links; looking
    the same texts up for each would cost more than the finding itself.
    """
    return (i18n.template(_variant(code, variant), lang),
            i18n.template(_variant(f"{code}.hint", variant), lang))


def _variant(key: str, variant: str | None) -> str:
    if variant and i18n.has(f"{key}.{variant}"):
        return f"{key}.{variant}"
    return key


def _value(value: Any, lang: str) -> Any:
    return _term(value.key, lang) if isinstance(value, Term) else value


@cache
def _term(key: str, lang: str) -> str:
    return i18n.text(key, lang)
