"""The rule catalogue as text for people: the `toc rules` table, `toc explain` and the docs page."""

from __future__ import annotations

import json
import textwrap

from toc import i18n
from toc.escape.markdown import escape_markdown
from toc.lint.rule import DOC_PARTS, Rule, Theme
from toc.lint.rules import RULES

WIDTH = 80


def rules_json(lang: str) -> str:
    """The catalogue with each rule's full documentation, as JSON."""
    return json.dumps([{"code": r.code, "name": r.name, "theme": r.theme.value,
                        "severity": r.severity.value,
                        **{part: r.doc(part, lang) for part in DOC_PARTS}} for r in RULES],
                      ensure_ascii=False, indent=2)


def explain_text(rule: Rule, lang: str) -> str:
    """One rule's documentation as plain text, wrapped for a terminal."""
    lines = [f"{rule.name} ({rule.code})",
             f"{rule.theme.title(lang)} · {i18n.text('severity.' + rule.severity.value, lang)}", ""]
    for part in DOC_PARTS:
        lines.append(i18n.text(f"doc.{part}", lang))
        text = rule.doc(part, lang)
        if part in ("example", "instead"):
            lines.extend(("    " + line).rstrip() for line in text.splitlines())
        else:
            lines.extend(textwrap.wrap(text, WIDTH, initial_indent="  ", subsequent_indent="  "))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def explain_markdown(rule: Rule, lang: str, level: int = 2) -> str:
    """One rule's documentation as a Markdown section."""
    hashes = "#" * level
    lines = [f"{hashes} {rule.name} ({rule.code})", "",
             f"*{rule.theme.title(lang)} · {i18n.text('severity.' + rule.severity.value, lang)}*", ""]
    for part in DOC_PARTS:
        lines.append(f"**{i18n.text(f'doc.{part}', lang)}**")
        lines.append("")
        text = rule.doc(part, lang)
        lines.extend(["```toc", text, "```"] if part in ("example", "instead") else [text])
        lines.append("")
    return "\n".join(lines)


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
