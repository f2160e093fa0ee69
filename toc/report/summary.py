"""The outcome of a run over several files, and its one-line summary in words."""

from __future__ import annotations

from dataclasses import dataclass, field

from toc import i18n
from toc.language.diagnostics import Diagnostic, Severity


@dataclass
class FileReport:
    """The outcome for one file: its diagnostics, and whether it could be linted at all."""

    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    linted: bool = True


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
