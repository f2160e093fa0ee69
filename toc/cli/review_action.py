"""The GitHub Action's review: lint the changed theories, annotate the changed lines, write the pages.

action.yml runs it twice, around the upload of the report pages:
  python -m toc.cli.review_action review   lint; annotate the findings on changed lines; write a report
                                           page per theory; keep the parts of the job summary
  python -m toc.cli.review_action finish   write the job summary with the link to the uploaded pages
                                           and exit with the verdict (0 passed, 1 findings, 2 errors)
It reads TOC_FILES (one per line; default: the theories the pull request adds or changes),
TOC_FAIL_ON (error, warning, info or never), TOC_LANG, TOC_ARTIFACT_NAME and, in `finish`,
TOC_ARTIFACT_URL; and what GitHub gives every step: GITHUB_EVENT_PATH (the pull_request
payload), GITHUB_STEP_SUMMARY, GITHUB_OUTPUT and RUNNER_TEMP. TOC_COMMAND names the toc
program (default: this Python's `-m toc`).
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

from toc import i18n
from toc.cli import review_git
from toc.cli.common import echo, tell
from toc.cli.review_findings import annotated_findings, run_lint
from toc.cli.review_summary import compose, missing_review
from toc.escape.github import escape_github_data

FAIL_ON = ("error", "warning", "info", "never")


def _warn(text: str) -> None:
    echo(f"::warning::{escape_github_data(text)}")


def _command(env: Mapping[str, str]) -> list[str]:
    return shlex.split(env["TOC_COMMAND"]) if env.get("TOC_COMMAND") else [sys.executable, "-m", "toc"]


def _workspace(env: Mapping[str, str]) -> Path:
    """The folder for the pages and the summary's parts, shared by both steps."""
    return Path(env.get("RUNNER_TEMP") or tempfile.gettempdir()) / "toc-review"


def pull_request(env: Mapping[str, str]) -> dict:
    """The pull request of the event that started the workflow, or {} for any other event."""
    path = env.get("GITHUB_EVENT_PATH", "")
    try:
        payload = json.loads(Path(path).read_text(encoding="utf-8")) if path else {}
    except (OSError, ValueError):
        return {}
    found = payload.get("pull_request") if isinstance(payload, dict) else None
    return found if isinstance(found, dict) else {}


def plan(env: Mapping[str, str], lang: str) -> tuple[list[review_git.Changed], str | None]:
    """The theories to review, and the merge base they are compared with (None: no comparison)."""
    base = str(pull_request(env).get("base", {}).get("sha") or "")
    since = review_git.merge_base(base) if base else None
    if base and since is None:
        _warn(i18n.text("review.no_base", lang, base=base))
    changed = review_git.changed_theories(since) if since else []
    named = [line.strip() for line in env.get("TOC_FILES", "").splitlines() if line.strip()]
    if not named:
        if since:
            return changed, since
        return [review_git.Changed(path, None, None) for path in review_git.tracked_theories()], None
    by_path = {theory.path: theory for theory in changed}
    chosen = []
    for path in named:
        if path in by_path or not since:
            chosen.append(by_path.get(path, review_git.Changed(path, None, None)))
        else:  # named, but not changed by the pull request: no line of it is new
            existed = review_git.git("cat-file", "-e", f"{since}:{path}").returncode == 0
            chosen.append(review_git.Changed(path, path if existed else None, frozenset()))
    return chosen, since


def _toc(toc: list[str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*toc, *args], capture_output=True, text=True)


def _section(toc: list[str], theory: review_git.Changed, since: str | None, pages: Path,
             lang_args: list[str]) -> dict:
    """What the summary says about one theory: its change in meaning, its page, its checklist."""
    section: dict = {"path": theory.path, "compared": since is not None, "new": theory.old_path is None}
    against = [] if since is None or theory.old_path is None else [
        "--against", f"{theory.old_path}@{review_git.short(since)}"]
    if against:
        change = _toc(toc, "diff", *lang_args, "--format", "markdown", "--", against[1], theory.path)
        section["change"] = change.stdout.strip() if change.returncode in (0, 1) else None
    page = Path(theory.path).with_suffix(".html")
    (pages / page).parent.mkdir(parents=True, exist_ok=True)
    written = _toc(toc, "report", *lang_args, *against, "-o", str(pages / page), "--", theory.path)
    section["page"] = page.as_posix() if written.returncode == 0 else None
    checklist = _toc(toc, "checklist", *lang_args, "--", theory.path)
    section["checklist"] = checklist.stdout.strip() if checklist.returncode == 0 else None
    return section


def _set_output(env: Mapping[str, str], **values: object) -> None:
    if env.get("GITHUB_OUTPUT"):
        with Path(env["GITHUB_OUTPUT"]).open("a", encoding="utf-8") as handle:
            handle.writelines(f"{name}={value}\n" for name, value in values.items())


def review(env: Mapping[str, str]) -> int:
    """The first step: annotations in the log, pages on disk, the summary's parts kept for `finish`."""
    lang = env.get("TOC_LANG", "")
    message_lang = lang or "en"
    fail_on = env.get("TOC_FAIL_ON", "") or "warning"
    if fail_on not in FAIL_ON:
        echo(f"::error::{escape_github_data(i18n.text('review.bad_fail_on', message_lang, value=fail_on))}")
        return 2
    work = _workspace(env)
    pages = work / "pages"
    shutil.rmtree(work, ignore_errors=True)
    pages.mkdir(parents=True)
    toc, lang_args = _command(env), (["--lang", lang] if lang else [])
    theories, since = plan(env, message_lang)
    state: dict = {"lang": message_lang, "fail_on": fail_on, "status": 0,
                   "files": [theory.path for theory in theories],
                   "base": review_git.short(since) if since else None}
    if theories:
        status, records, report = run_lint(toc, [theory.path for theory in theories], fail_on, lang_args)
        shown, on_changed = annotated_findings(records, {theory.path: theory.lines for theory in theories})
        for line in shown:
            echo(line)
        state.update(status=status, lint=report, findings=len(records), on_changed=on_changed,
                     annotated=len(shown),
                     sections=[_section(toc, theory, since, pages, lang_args) for theory in theories])
    (work / "state.json").write_text(json.dumps(state), encoding="utf-8")
    _set_output(env, status=state["status"], pages=pages)
    return 0


def finish(env: Mapping[str, str]) -> int:
    """The last step: the job summary, with the link to the pages when the upload gave one."""
    state_file = _workspace(env) / "state.json"
    if not state_file.is_file():
        text, status = missing_review(env.get("TOC_LANG", "") or "en"), 2
    else:
        state = json.loads(state_file.read_text(encoding="utf-8"))
        text, status = compose(state, env.get("TOC_ARTIFACT_NAME", "") or "toc-report",
                               env.get("TOC_ARTIFACT_URL", "")), state["status"]
    if env.get("GITHUB_STEP_SUMMARY"):
        with Path(env["GITHUB_STEP_SUMMARY"]).open("a", encoding="utf-8") as handle:
            handle.write(text)
    else:
        echo(text)
    return status


def main(argv: list[str] | None = None, env: Mapping[str, str] = os.environ) -> int:
    step = (sys.argv[1:] if argv is None else argv) or ["review"]
    if step[0] == "review":
        return review(env)
    if step[0] == "finish":
        return finish(env)
    tell(f"usage: python -m toc.cli.review_action review|finish (not {step[0]!r})")
    return 2


if __name__ == "__main__":
    sys.exit(main())
