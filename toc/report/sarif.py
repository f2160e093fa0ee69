"""Diagnostics as a SARIF 2.1.0 log, for code-scanning tools."""

from __future__ import annotations

import json
from typing import Any

from toc import __version__
from toc.escape.sarif import sarif_uri
from toc.language.diagnostics import Diagnostic
from toc.report.summary import FileReport

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def to_sarif(reports: list[FileReport], rules: tuple[Any, ...], lang: str) -> str:
    """A SARIF 2.1.0 log: the catalogue as the driver's rules, every diagnostic as a result."""
    index = {rule.code: number for number, rule in enumerate(rules)}
    results = [_sarif_result(d, index) for report in reports for d in report.diagnostics]
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "toc", "version": __version__, "informationUri": "https://pypi.org/project/toc-lang/",
                "rules": [_sarif_rule(rule, lang) for rule in rules]}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=2)


def _sarif_rule(rule: Any, lang: str) -> dict[str, Any]:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary(lang)},
        "fullDescription": {"text": rule.doc("what", lang)},
        "help": {"text": f"{rule.doc('why', lang)}\n\n{rule.doc('source', lang)}"},
        "defaultConfiguration": {"level": SARIF_LEVELS[rule.severity.value]},
        "properties": {"tags": [rule.theme.value]},
    }


def _sarif_result(d: Diagnostic, index: dict[str, int]) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": d.code,
        "level": SARIF_LEVELS[d.severity.value],
        "message": {"text": d.message + (f"\n{d.hint}" if d.hint else "")},
    }
    if d.code in index:
        result["ruleIndex"] = index[d.code]
    if d.span and d.whole_theory:
        # About the whole theory: the file, without a region.
        result["locations"] = [{"physicalLocation": {"artifactLocation": {"uri": sarif_uri(d.span.file)}}}]
    elif d.span:
        result["locations"] = [_sarif_location(d.span)]
    if d.related:
        result["relatedLocations"] = [{**_sarif_location(r.span), "message": {"text": r.message}}
                                      for r in d.related]
    if d.nodes:
        result["properties"] = {"nodes": list(d.nodes)}
    return result


def _sarif_location(span: Any) -> dict[str, Any]:
    return {"physicalLocation": {
        "artifactLocation": {"uri": sarif_uri(span.file)},
        "region": {"startLine": span.line, "startColumn": span.column,
                   "endLine": span.end_line, "endColumn": max(span.end_column, span.column)},
    }}
