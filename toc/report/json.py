"""Diagnostics as JSON records, for tools."""

from __future__ import annotations

import json
from typing import Any

from toc.language.diagnostics import Diagnostic
from toc.report.summary import FileReport, counts


def as_dict(diagnostic: Diagnostic) -> dict[str, Any]:
    """Return a diagnostic as JSON-ready data."""
    data: dict[str, Any] = {
        "code": diagnostic.code,
        "name": diagnostic.name,
        "severity": diagnostic.severity.value,
        "message": diagnostic.message,
        "hint": diagnostic.hint,
    }
    if diagnostic.span and diagnostic.whole_theory:
        data.update(file=diagnostic.span.file)  # about the whole theory: no line
    elif diagnostic.span:
        span = diagnostic.span
        data.update(file=span.file, line=span.line, column=span.column,
                    end_line=span.end_line, end_column=span.end_column)
    if diagnostic.scope:
        data["scope"] = diagnostic.scope
    if diagnostic.consequences:
        data["consequences"] = list(diagnostic.consequences)
    data["related"] = [
        {"file": r.span.file, "line": r.span.line, "column": r.span.column, "message": r.message}
        for r in diagnostic.related
    ]
    return data


def format_json(diagnostics: list[Diagnostic]) -> str:
    """Format diagnostics as a JSON array."""
    return json.dumps([as_dict(d) for d in diagnostics], ensure_ascii=False, indent=2)


def to_json(reports: list[FileReport]) -> str:
    """Every file with its diagnostics (nodes included), then the counts."""
    records = [{"file": r.path, "linted": r.linted,
                "diagnostics": [{**as_dict(d), "nodes": list(d.nodes)} for d in r.diagnostics]}
               for r in reports]
    return json.dumps({"files": records, "summary": {"files": len(reports), **counts(reports)}},
                      ensure_ascii=False, indent=2)
