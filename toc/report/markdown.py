"""Diagnostics as a Markdown report for a pull request or the minutes of a review meeting."""

from __future__ import annotations

from toc import i18n
from toc.escape.markdown import escape_markdown
from toc.report.summary import FileReport, summary_line


def to_markdown(reports: list[FileReport], lang: str) -> str:
    """A report to paste into a pull request or the minutes of a review meeting."""
    t = lambda key: i18n.text(key, lang)  # noqa: E731 - a short local alias
    out = [f"# {t('report.title')}", ""]
    for report in reports:
        if not report.diagnostics:
            continue
        out += [f"## {escape_markdown(report.path)}", "",
                f"| {t('report.line')} | {t('report.severity')} | {t('report.rule')} "
                f"| {t('report.message')} | {t('report.hint')} |",
                "| --- | --- | --- | --- | --- |"]
        for d in report.diagnostics:
            where = f"{d.span.line}:{d.span.column}" if d.span else ""
            rule = f"{escape_markdown(d.name)} ({d.code})" if d.name else d.code
            out.append(f"| {where} | {i18n.text('severity.' + d.severity.value, lang)} | {rule} "
                       f"| {escape_markdown(d.message)} | {escape_markdown(d.hint or '')} |")
        out.append("")
    out.append(summary_line(reports, lang))
    return "\n".join(out)
