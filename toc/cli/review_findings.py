"""The review action's findings: one lint run, and which findings become annotations.

GitHub shows at most 10 annotations of each kind (error, warning, notice) per step and
drops the rest silently, so only findings on lines the pull request wrote are
annotated, the worst first and no more than GitHub shows; the job summary lists them all.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Mapping

from toc.cli.common import echo
from toc.report.github import GITHUB_LEVELS, annotation

PER_KIND = 10  # GitHub's limit per step for each kind of annotation
_WORST_FIRST = ("error", "warning", "info")


def run_lint(toc: list[str], files: list[str], fail_on: str,
             lang_args: list[str]) -> tuple[int, list[dict], str]:
    """Lint once: the exit status, every finding as a JSON record, and the Markdown report."""
    limit = ["--exit-zero"] if fail_on == "never" else ["--fail-on", fail_on]
    found = subprocess.run([*toc, "lint", "--format", "json", *limit, *lang_args, "--", *files],
                           capture_output=True, text=True)
    echo(found.stderr, err=True, nl=False)  # toc's own messages, passed on as they are shown
    try:
        data = json.loads(found.stdout)
    except ValueError:
        return (found.returncode or 2), [], ""
    records = [{"file": entry["file"], **record} for entry in data["files"]
               for record in entry["diagnostics"]]
    report = subprocess.run([*toc, "lint", "--format", "markdown", "--exit-zero", *lang_args, "--", *files],
                            capture_output=True, text=True)
    return found.returncode, records, report.stdout.strip()


def on_changed_line(record: Mapping, changed: Mapping[str, frozenset[int] | None]) -> bool:
    """Whether a finding lies on a line the pull request wrote (None: every line of the file is new)."""
    if record.get("line") is None:  # a question about the whole theory has no line to point at
        return False
    # The linter names files as they were given; git names them from the top of the repository.
    by_file = {os.path.normpath(path): new for path, new in changed.items()}
    lines = by_file.get(os.path.normpath(record["file"]), frozenset())
    if lines is None:
        return True
    return any(line in lines for line in range(record["line"], record.get("end_line", record["line"]) + 1))


def annotated_findings(records: list[dict],
                       changed: Mapping[str, frozenset[int] | None]) -> tuple[list[str], int]:
    """The workflow commands to print (worst first, at most PER_KIND of each kind), and how many
    findings lie on changed lines at all."""
    candidates = [record for record in records if on_changed_line(record, changed)]
    # A stable sort: within a kind, the linter's order (by file, then line).
    candidates.sort(key=lambda record: _WORST_FIRST.index(record["severity"]))
    shown: list[str] = []
    per_kind = dict.fromkeys(GITHUB_LEVELS, 0)
    for record in candidates:
        if per_kind[record["severity"]] < PER_KIND:
            per_kind[record["severity"]] += 1
            shown.append(annotation(record))
    return shown, len(candidates)
