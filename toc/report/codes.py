"""The codes outside the lint rules as text for people: `toc explain`, `toc errors`, docs/errors.md."""

from __future__ import annotations

import json

from toc import i18n
from toc.escape.markdown import escape_markdown
from toc.language.codes import CODES, Code, Stage
from toc.report.explain import Part, explanation_markdown, explanation_text

# The headings of a code's parts; the snippets share theirs with the rules' documentation.
_HEADINGS = {"what": "codes.doc.what", "fix": "codes.doc.fix",
             "example": "doc.example", "instead": "doc.instead"}


def _explanation(code: Code, lang: str) -> tuple[str, str, list[Part]]:
    subtitle = f"{code.stage.title(lang)} · {i18n.text('severity.' + code.severity.value, lang)}"
    parts = [(i18n.text(_HEADINGS[part], lang), code.doc(part, lang), part in ("example", "instead"))
             for part in code.parts]
    return f"{code.name} ({code.code})", subtitle, parts


def code_text(code: Code, lang: str) -> str:
    """One code's documentation as plain text, wrapped for a terminal."""
    return explanation_text(*_explanation(code, lang))


def code_markdown(code: Code, lang: str, level: int = 2) -> str:
    """One code's documentation as a Markdown section."""
    return explanation_markdown(*_explanation(code, lang), level=level, plain=True)


def by_stage() -> list[tuple[Stage, list[Code]]]:
    """The codes grouped by where they are found, in code order within each group."""
    return [(stage, sorted((c for c in CODES if c.stage is stage), key=lambda c: c.code))
            for stage in Stage]


def codes_json(lang: str) -> str:
    """Every code with its full documentation, as JSON."""
    return json.dumps([{"code": c.code, "name": c.name, "stage": c.stage.value,
                        "severity": c.severity.value, **{part: c.doc(part, lang) for part in c.parts}}
                       for _, members in by_stage() for c in members],
                      ensure_ascii=False, indent=2)


def codes_markdown(lang: str) -> str:
    """The whole docs page: an overview table, then every code by stage."""
    t = lambda key: i18n.text(key, lang)  # noqa: E731 - a short local alias
    lines = [f"# {t('codes.title')}", "", t("codes.intro"), "",
             f"| {t('rules.code')} | {t('rules.name')} | {t('codes.severity')} | {t('codes.doc.what')} |",
             "| --- | --- | --- | --- |"]
    for code in sorted(CODES, key=lambda c: (c.code.startswith("TOC"), c.code)):
        lines.append(f"| {code.code} | [{code.name}](#{code.name}-{code.code.lower()}) "
                     f"| {t('severity.' + code.severity.value)} | {escape_markdown(code.summary(lang))} |")
    lines.append("")
    for stage, members in by_stage():
        lines += [f"## {stage.title(lang)}", ""]
        lines += [code_markdown(code, lang, level=3) for code in members]
    return "\n".join(lines).rstrip() + "\n"
