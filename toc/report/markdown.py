"""Diagnostics as a Markdown report for a pull request or the minutes of a review meeting."""

from __future__ import annotations

from toc import i18n
from toc.escape.markdown import escape_markdown
from toc.language.diagnostics import Diagnostic
from toc.report.summary import FileReport, summary_line


def to_markdown(reports: list[FileReport], lang: str) -> str:
    """A report to paste into a pull request or the minutes of a review meeting."""
    t = lambda key: i18n.text(key, lang)  # noqa: E731 - a short local alias
    out = [f"# {t('report.title')}", ""]
    head = [f"| {t('report.line')} | {t('report.severity')} | {t('report.rule')} "
            f"| {t('report.message')} | {t('report.hint')} |", "| --- | --- | --- | --- | --- |"]
    for report in reports:
        if not report.diagnostics:
            continue
        out += [f"## {escape_markdown(report.path)}", ""]
        placed = [d for d in report.diagnostics if not d.whole_theory]
        whole = [d for d in report.diagnostics if d.whole_theory]
        if placed:
            out += [*head, *(_row(d, lang) for d in placed), ""]
        if whole:
            # Questions about the theory as a whole: once, under their own heading, without a line.
            out += [f"### {i18n.text('report.whole_theory', lang, count=len(whole)).rstrip(':')}", "",
                    *head, *(_row(d, lang) for d in whole), ""]
    out.append(summary_line(reports, lang))
    return "\n".join(out)


def _row(d: Diagnostic, lang: str) -> str:
    where = f"{d.span.line}:{d.span.column}" if d.span and not d.whole_theory else ""
    rule = f"{escape_markdown(d.name)} ({d.code})" if d.name else d.code
    return (f"| {where} | {i18n.text('severity.' + d.severity.value, lang)} | {rule} "
            f"| {escape_markdown(d.message)} | {escape_markdown(d.hint or '')} |")
