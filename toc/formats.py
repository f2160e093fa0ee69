"""Diagnostics for machines and meetings: JSON records, GitHub annotations, SARIF 2.1.0 and Markdown.

User text (labels inside messages, file names) is data: each target has one
escaping function here, and every writer goes through it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from toc import __version__, i18n
from toc.diagnostics import Diagnostic, Severity
from toc.report import as_dict

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_LEVELS = {"error": "error", "warning": "warning", "info": "note"}
GITHUB_LEVELS = {"error": "error", "warning": "warning", "info": "notice"}
_MARKDOWN_SPECIALS = "\\`*_[]<>|~#"


@dataclass
class FileReport:
    """The outcome for one file: its diagnostics, and whether it could be linted at all."""

    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    linted: bool = True


# escaping -------------------------------------------------------------------------
def escape_github_data(text: str) -> str:
    """Escape the message part of a GitHub workflow command."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_github_property(text: str) -> str:
    """Escape a property value (file, title) of a GitHub workflow command."""
    return escape_github_data(text).replace(":", "%3A").replace(",", "%2C")


def sarif_uri(path: str) -> str:
    """Turn a file path into the relative URI reference SARIF expects."""
    return quote(path.replace("\\", "/"))


def escape_markdown(text: str) -> str:
    """Make text show literally in Markdown, also inside a table cell."""
    escaped = "".join("\\" + char if char in _MARKDOWN_SPECIALS else char
                      for char in text.replace("&", "&amp;"))
    return escaped.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")


# counting -------------------------------------------------------------------------
def counts(reports: list[FileReport]) -> dict[str, int]:
    """How many diagnostics of each severity were found."""
    found = {severity.value: 0 for severity in Severity}
    for report in reports:
        for diagnostic in report.diagnostics:
            found[diagnostic.severity.value] += 1
    return found


def summary_line(reports: list[FileReport], lang: str) -> str:
    """'Found 2 warnings and 1 note in 3 files.' in a language."""
    found = counts(reports)
    files = i18n.count("file", len(reports), lang)
    parts = [i18n.count(key, found[severity], lang)
             for severity, key in (("error", "error"), ("warning", "warning"), ("info", "note"))
             if found[severity]]
    if not parts:
        return i18n.text("lint.summary.clean", lang, files=files)
    joined = parts[0] if len(parts) == 1 else (
        ", ".join(parts[:-1]) + f" {i18n.text('word.and', lang)} {parts[-1]}")
    return i18n.text("lint.summary", lang, counts=joined, files=files)


# writers ----------------------------------------------------------------------------
def to_json(reports: list[FileReport]) -> str:
    """Every file with its diagnostics (nodes included), then the counts."""
    records = [{"file": r.path, "linted": r.linted,
                "diagnostics": [{**as_dict(d), "nodes": list(d.nodes)} for d in r.diagnostics]}
               for r in reports]
    return json.dumps({"files": records, "summary": {"files": len(reports), **counts(reports)}},
                      ensure_ascii=False, indent=2)


def to_github(reports: list[FileReport]) -> str:
    """One workflow command per diagnostic, so findings show as annotations on a pull request."""
    lines = []
    for report in reports:
        for d in report.diagnostics:
            properties = [f"file={escape_github_property(d.span.file if d.span else report.path)}"]
            if d.span:
                properties += [f"line={d.span.line}", f"col={d.span.column}",
                               f"endLine={d.span.end_line}", f"endColumn={d.span.end_column}"]
            title = f"{d.name} ({d.code})" if d.name else d.code
            properties.append(f"title={escape_github_property(title)}")
            text = d.message + (f"\n{d.hint}" if d.hint else "")
            lines.append(f"::{GITHUB_LEVELS[d.severity.value]} {','.join(properties)}"
                         f"::{escape_github_data(text)}")
    return "\n".join(lines)


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
    if d.span:
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
