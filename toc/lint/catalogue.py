"""The rule catalogue as text for people: the `toc rules` table, `toc explain` and the docs page."""

from __future__ import annotations

import json

from toc import i18n
from toc.escape.markdown import escape_markdown
from toc.lint.rule import DOC_PARTS, Rule, Theme
from toc.lint.rules import RULES
from toc.report.explain import Part, explanation_markdown, explanation_text


def rules_json(lang: str) -> str:
    """The catalogue with each rule's full documentation, as JSON."""
    return json.dumps([{"code": r.code, "name": r.name, "theme": r.theme.value,
                        "severity": r.severity.value,
                        **{part: r.doc(part, lang) for part in DOC_PARTS}} for r in RULES],
                      ensure_ascii=False, indent=2)


def _explanation(rule: Rule, lang: str) -> tuple[str, str, list[Part]]:
    subtitle = f"{rule.theme.title(lang)} · {i18n.text('severity.' + rule.severity.value, lang)}"
    parts = [(i18n.text(f"doc.{part}", lang), rule.doc(part, lang), part in ("example", "instead"))
             for part in DOC_PARTS]
    return f"{rule.name} ({rule.code})", subtitle, parts


def explain_text(rule: Rule, lang: str) -> str:
    """One rule's documentation as plain text, wrapped for a terminal."""
    return explanation_text(*_explanation(rule, lang))


def explain_markdown(rule: Rule, lang: str, level: int = 2) -> str:
    """One rule's documentation as a Markdown section."""
    return explanation_markdown(*_explanation(rule, lang), level=level)


def rules_markdown(lang: str) -> str:
    """The whole docs page: an overview table, then every rule by theme."""
    t = lambda key: i18n.text(key, lang)  # noqa: E731 - a short local alias
    lines = [f"# {t('rules.title')}", "", t("rules.intro"), "",
             f"| {t('rules.code')} | {t('rules.name')} | {t('rules.theme')} | {t('rules.severity')} "
             f"| {t('rules.summary')} |", "| --- | --- | --- | --- | --- |"]
    for rule in RULES:
        lines.append(f"| {rule.code} | [{rule.name}](#{rule.name}-{rule.code.lower()}) "
                     f"| {rule.theme.title(lang)} | {t('severity.' + rule.severity.value)} "
                     f"| {escape_markdown(rule.summary(lang))} |")
    lines.append("")
    for theme in Theme:
        members = [rule for rule in RULES if rule.theme is theme]
        if not members:
            continue
        lines += [f"## {theme.title(lang)}", ""]
        lines += [explain_markdown(rule, lang, level=3) for rule in members]
    return "\n".join(lines).rstrip() + "\n"
