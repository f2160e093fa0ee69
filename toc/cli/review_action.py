"""The GitHub Action's review: lint the changed .toc files, annotate, summarise with checklists.

Run by action.yml as `python -m toc.cli.review_action`, configured by environment variables:
TOC_FILES (files to review, one per line; default: those the pull request changes),
TOC_FAIL_ON (error, warning, info or never), TOC_LANG, BASE_SHA (the pull request's
base commit) and GITHUB_STEP_SUMMARY (the file GitHub shows as the job summary).
TOC_COMMAND names the toc program (default: toc).
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from toc import i18n
from toc.cli.common import echo
from toc.escape.github import escape_github_data
from toc.escape.markdown import markdown_code

FAIL_ON = ("error", "warning", "info", "never")
# GitHub shows a limited number of annotations per step, so the worst come first.
_ANNOTATION_ORDER = ("::error", "::warning", "::notice")


def _git(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], capture_output=True, text=True)


def _toc_files(listing: str) -> list[str]:
    return sorted(f for f in listing.split("\0") if f.endswith(".toc") and os.path.isfile(f))


def changed_files(base: str, explicit: str, lang: str) -> list[str]:
    """The files to review: given ones, those changed since `base`, or every tracked one."""
    if explicit.strip():
        return [line.strip() for line in explicit.splitlines() if line.strip()]
    if base:
        # A shallow checkout may lack the base commit; fetching it is enough to compare.
        if _git("cat-file", "-e", f"{base}^{{commit}}").returncode != 0:
            _git("fetch", "--no-tags", "--quiet", "--depth=1", "origin", base)
        diff = _git("diff", "-z", "--name-only", "--diff-filter=ACMR", base, "HEAD", "--", "*.toc")
        if diff.returncode == 0:
            return _toc_files(diff.stdout)
        echo(f"::warning::{escape_github_data(i18n.text('review.no_base', lang, base=base))}")
    return _toc_files(_git("ls-files", "-z", "--", "*.toc").stdout)


def worst_first(output: str) -> list[str]:
    """Lines of `--format github` output: errors, then warnings, notices, other lines."""
    def rank(line: str) -> int:
        for position, prefix in enumerate(_ANNOTATION_ORDER):
            if line.startswith(prefix):
                return position
        return len(_ANNOTATION_ORDER)

    return sorted(output.splitlines(), key=rank)  # stable: the linter's order within a rank


def _lint(toc: list[str], files: list[str], fail_on: str, lang_args: list[str]) -> int:
    limit = ["--exit-zero"] if fail_on == "never" else ["--fail-on", fail_on]
    result = subprocess.run([*toc, "lint", "--format", "github", *limit, *lang_args, "--", *files],
                            capture_output=True, text=True)
    for line in worst_first(result.stdout):
        echo(line)
    sys.stderr.write(result.stderr)
    return result.returncode


def _checklist(toc: list[str], path: str, lang_args: list[str], lang: str) -> str:
    result = subprocess.run([*toc, "checklist", *lang_args, "--", path],
                            capture_output=True, text=True)
    if result.returncode == 0 and result.stdout.strip():
        return result.stdout.strip()
    return "_" + i18n.text("review.no_checklist", lang, path=markdown_code(path)) + "_"


def summary(files: list[str], status: int, fail_on: str, checklists: list[str], lang: str) -> str:
    """The Markdown for the job summary: the verdict, the files, then one checklist each."""
    if fail_on == "never":
        verdict = "review.reported"
    else:
        verdict = {0: "review.passed", 1: "review.findings"}.get(status, "review.failed")
    names = ", ".join(markdown_code(name) for name in files)
    head = "\n\n".join([f"## {i18n.text('review.title', lang)}",
                         i18n.text(verdict, lang, fail_on=fail_on),
                         i18n.text("review.files", lang, files=names)])
    return "\n\n---\n\n".join([head, *checklists]) + "\n"


def main(env: Mapping[str, str] = os.environ) -> int:
    """Review, write the summary, and return the linter's status (0, 1 or 2)."""
    lang = env.get("TOC_LANG", "")
    message_lang = lang or "en"
    fail_on = env.get("TOC_FAIL_ON", "") or "warning"
    if fail_on not in FAIL_ON:
        echo(f"::error::{escape_github_data(i18n.text('review.bad_fail_on', message_lang, value=fail_on))}")
        return 2
    toc = shlex.split(env.get("TOC_COMMAND", "toc"))
    lang_args = ["--lang", lang] if lang else []
    files = changed_files(env.get("BASE_SHA", ""), env.get("TOC_FILES", ""), message_lang)
    summary_path = env.get("GITHUB_STEP_SUMMARY")
    if not files:
        text = f"## {i18n.text('review.title', message_lang)}\n\n{i18n.text('review.none', message_lang)}\n"
        status = 0
    else:
        status = _lint(toc, files, fail_on, lang_args)
        checklists = [_checklist(toc, path, lang_args, message_lang) for path in files]
        text = summary(files, status, fail_on, checklists, message_lang)
    if summary_path:
        with Path(summary_path).open("a", encoding="utf-8") as handle:
            handle.write(text)
    else:
        echo(text)
    return status


if __name__ == "__main__":
    sys.exit(main())
