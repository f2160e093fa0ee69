"""Lint reports: escaping per target, JSON, GitHub annotations, SARIF 2.1.0 (checked against the official schema) and Markdown."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import load_text
from toc import report as formats
from toc.language.diagnostics import Diagnostic, Severity
from toc.lint import RULES, lint
from toc.model.span import Span
from toc.report import FileReport

# The SARIF 2.1.0 schema as published by its authors (vendored from the MIT-licensed
# npm package @microsoft/jest-sarif, lib/schemas/sarif-2.1.0-rtm.5.json).
SARIF_SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-2.1.0-rtm.5.json")
                          .read_text(encoding="utf-8"))

TRICKY = '''theory "Pipes | stars * and 100% <b>" { lang: en }
intervention matching "Offer *job* | matching, 50%: now"
impact independence "Refugees [are] independent\\nsoon & <i>free</i>"
matching -> independence
'''


def reports(text: str = TRICKY, path: str = "plans/my plan.toc") -> list[FileReport]:
    loaded = load_text(text, path)
    return [FileReport(path, lint(loaded))]


def test_json_report_has_every_finding_with_its_nodes() -> None:
    data = json.loads(formats.to_json(reports()))
    assert data["summary"]["files"] == 1
    records = data["files"][0]["diagnostics"]
    leap = next(r for r in records if r["name"] == "miracle-leap")
    assert leap["nodes"] == ["matching", "independence"]
    assert (leap["line"], leap["column"], leap["code"]) == (4, 1, "TOC203")
    assert data["summary"]["warning"] == sum(r["severity"] == "warning" for r in records)


def test_github_annotations_are_one_line_each_and_escaped() -> None:
    text = formats.to_github(reports())
    lines = text.splitlines()
    assert len(lines) == len(reports()[0].diagnostics)
    leap = next(line for line in lines if "miracle-leap" in line)
    assert leap.startswith("::warning file=plans/my plan.toc,line=4,col=1,endLine=4,endColumn=25,"
                           "title=miracle-leap (TOC203)::")
    assert "50%25: now" in leap and "independent%0Asoon" in leap
    assert leap.count("%0A") == 2  # the label's line break, then the hint on a line of its own
    # A question about the whole theory is an annotation on the file, without a line.
    notice = next(line for line in lines if "no-tracks" in line)
    assert notice.startswith("::notice file=plans/my plan.toc,title=no-tracks (TOC702)::")


def test_sarif_log_is_valid_against_the_official_schema() -> None:
    input_error = Diagnostic("E102", Severity.ERROR, "unknown node 'x'",
                             Span("broken.toc", 3, 1, 3, 2), "Declare it first.")
    log = json.loads(formats.to_sarif(reports() + [FileReport("broken.toc", [input_error], False)],
                                      RULES, "en"))
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    run = log["runs"][0]
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == [r.code for r in RULES]
    leap = next(r for r in run["results"] if r["ruleId"] == "TOC203")
    assert run["tool"]["driver"]["rules"][leap["ruleIndex"]]["name"] == "miracle-leap"
    region = leap["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (4, 1)
    assert leap["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "plans/my%20plan.toc"
    assert leap["properties"]["nodes"] == ["matching", "independence"]
    assert any(r["ruleId"] == "E102" and "ruleIndex" not in r for r in run["results"])


def test_sarif_schema_catches_a_broken_log() -> None:
    log = json.loads(formats.to_sarif(reports(), RULES, "en"))
    log["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)


def test_sarif_rules_are_documented_in_the_chosen_language() -> None:
    log = json.loads(formats.to_sarif([], RULES, "nl"))
    first = log["runs"][0]["tool"]["driver"]["rules"][0]
    assert first["fullDescription"]["text"].startswith("Signaleert")
    assert first["properties"]["tags"] == ["structure"]


def test_markdown_report_escapes_labels_in_table_cells() -> None:
    text = formats.to_markdown(reports(), "en")
    assert text.startswith("# toc lint report\n\n## plans/my plan.toc\n")
    leap = next(line for line in text.splitlines() if "miracle-leap" in line)
    assert leap.startswith("| 4:1 | warning | miracle-leap (TOC203) | ")
    assert "Offer \\*job\\* \\| matching" in leap
    assert leap.count(" | ") == 4  # user text never adds a column
    assert "\\&" in text and "<i>" not in text
    assert text.rstrip().endswith("in 1 file.")


def _finding(severity: Severity) -> Diagnostic:
    return Diagnostic("TOC203", severity, "m", None, name="miracle-leap")


def test_summary_line_counts_in_both_languages() -> None:
    found = [FileReport("a.toc", [_finding(Severity.WARNING), _finding(Severity.WARNING),
                                  _finding(Severity.INFO)]), FileReport("b.toc")]
    assert formats.counts(found) == {"error": 0, "warning": 2, "info": 1}
    assert formats.summary_line(found, "en") == "Found 2 warnings and 1 note in 2 files."
    assert formats.summary_line(found, "nl") == \
        "2 waarschuwingen en 1 opmerking gevonden in 2 bestanden."
    found[1].diagnostics.append(_finding(Severity.ERROR))
    assert formats.summary_line(found, "en") == "Found 1 error, 2 warnings and 1 note in 2 files."
    assert formats.summary_line([FileReport("a.toc")], "en") == "No findings in 1 file."
    assert formats.summary_line([FileReport("a.toc")], "nl") == "Geen bevindingen in 1 bestand."
