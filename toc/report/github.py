"""Diagnostics as GitHub workflow commands, shown as annotations on a pull request."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from toc.escape.github import escape_github_data, escape_github_property
from toc.report.json import as_dict
from toc.report.summary import FileReport

GITHUB_LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def annotation(record: Mapping[str, Any]) -> str:
    """One workflow command for a finding in the form of `toc lint --format json` (see report/json.py).

    A record without a line (a question about the whole theory) annotates the file.
    """
    properties = [f"file={escape_github_property(record['file'])}"]
    if record.get("line") is not None:
        properties += [f"line={record['line']}", f"col={record['column']}",
                       f"endLine={record['end_line']}", f"endColumn={record['end_column']}"]
    title = f"{record['name']} ({record['code']})" if record.get("name") else record["code"]
    properties.append(f"title={escape_github_property(title)}")
    text = record["message"] + (f"\n{record['hint']}" if record.get("hint") else "")
    return f"::{GITHUB_LEVELS[record['severity']]} {','.join(properties)}::{escape_github_data(text)}"


def to_github(reports: list[FileReport]) -> str:
    """One workflow command per diagnostic, so findings show as annotations on a pull request."""
    return "\n".join(annotation({"file": report.path, **as_dict(d)})
                     for report in reports for d in report.diagnostics)
