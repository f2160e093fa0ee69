"""Diagnostics as GitHub workflow commands, shown as annotations on a pull request."""

from __future__ import annotations

from toc.escape.github import escape_github_data, escape_github_property
from toc.report.summary import FileReport

GITHUB_LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def to_github(reports: list[FileReport]) -> str:
    """One workflow command per diagnostic, so findings show as annotations on a pull request."""
    lines = []
    for report in reports:
        for d in report.diagnostics:
            properties = [f"file={escape_github_property(d.span.file if d.span else report.path)}"]
            if d.span and not d.whole_theory:  # a question about the whole file has no line
                properties += [f"line={d.span.line}", f"col={d.span.column}",
                               f"endLine={d.span.end_line}", f"endColumn={d.span.end_column}"]
            title = f"{d.name} ({d.code})" if d.name else d.code
            properties.append(f"title={escape_github_property(title)}")
            text = d.message + (f"\n{d.hint}" if d.hint else "")
            lines.append(f"::{GITHUB_LEVELS[d.severity.value]} {','.join(properties)}"
                         f"::{escape_github_data(text)}")
    return "\n".join(lines)
