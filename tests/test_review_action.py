"""The GitHub Action, run the way GitHub runs it: action.yml's steps in a scratch pull request.

A scratch `origin` repository has a base branch and a pull-request branch; the base branch
moves on after the branch point (someone else changes another theory), and GitHub's merge
ref `refs/pull/1/merge` is made as GitHub makes it. The workspace is checked out as
actions/checkout does for a pull request: one commit deep, from that merge ref (its
default) or from the pull request's head. tests/github_runner.py then runs action.yml's
shell steps with GitHub's environment variables and an event payload, and stand-ins for
actions/cache and actions/upload-artifact. The action installs toc from its own files
(a copy of this repository) into a virtual environment under RUNNER_TEMP, once per module.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import toc
from tests import catalogues
from tests.checkout import copy_checkout, git
from tests.conftest import ROOT
from tests.github_runner import Job, Runner
from toc.cli import review_action, review_findings, review_summary

ARTIFACT_URL = "https://github.com/example/plans/actions/runs/7/artifacts/42"
PLAN = (ROOT / "examples" / "pocket-money.toc").read_text(encoding="utf-8")
# The pull request declares a context that nothing uses, on line 28 of plan.toc.
ADDED_LINE = 28
NEW_THEORY = """theory "Conversation cards against loneliness" { lang: en }

intervention cards "Conversation cards in the district"
output talks "Conversations between neighbours"
outcome contact "Older people have more contact"

cards -> talks -> contact
"""


def rev(repo: Path, revision: str) -> str:
    return git("rev-parse", revision, cwd=repo).strip()


def commit(repo: Path, files: dict[str, str | None], message: str) -> str:
    for name, text in files.items():
        if text is None:
            (repo / name).unlink()
        else:
            (repo / name).parent.mkdir(parents=True, exist_ok=True)
            (repo / name).write_text(text, encoding="utf-8")
    git("add", "-A", cwd=repo)
    git("commit", "-q", "-m", message, cwd=repo)
    return rev(repo, "HEAD")


def with_added_context(text: str) -> str:
    lines = text.splitlines()
    lines.insert(ADDED_LINE - 1, 'context noise "Noise in the neighbourhood" { kind: hindering }')
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def origin(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The repository on GitHub: main, a pull-request branch, main moved on, and the merge ref."""
    repo = tmp_path_factory.mktemp("origin")
    git("init", "-q", "-b", "main", cwd=repo)
    fork = commit(repo, {"theories/plan.toc": PLAN, "theories/other.toc": PLAN, "notes.txt": "notes\n"},
                  "Two theories")
    git("switch", "-q", "-c", "feature", cwd=repo)
    commit(repo, {"theories/plan.toc": with_added_context(PLAN)}, "A context for plan")
    head = commit(repo, {"theories/new.toc": NEW_THEORY, "notes.txt": "more notes\n"}, "A new theory")
    git("switch", "-q", "main", cwd=repo)
    base = commit(repo, {"theories/other.toc": PLAN.replace("Pocket money", "Allowance")},
                  "Someone else's change")
    git("switch", "-q", "--detach", head, cwd=repo)
    git("merge", "-q", "--no-ff", "-m", "Merge feature into main", base, cwd=repo)
    git("update-ref", "refs/pull/1/merge", "HEAD", cwd=repo)
    git("update-ref", "refs/pull/1/head", head, cwd=repo)
    git("switch", "-q", "main", cwd=repo)
    return {"path": repo, "fork": fork, "head": head, "base": base}


def checkout(origin: dict, where: Path, ref: str) -> Path:
    """What actions/checkout@v4 does: a one-commit-deep fetch of `ref` from origin, detached."""
    where.mkdir()
    git("init", "-q", cwd=where)
    git("remote", "add", "origin", origin["path"].as_uri(), cwd=where)
    git("-c", "protocol.version=2", "fetch", "--no-tags", "--prune", "--depth=1", "origin",
        f"+{ref}:refs/remotes/pull/1/checked", cwd=where)
    git("checkout", "-q", "--detach", "refs/remotes/pull/1/checked", cwd=where)
    return where


def event(origin: dict, where: Path, name: str = "pull_request") -> Path:
    """The payload GitHub writes to GITHUB_EVENT_PATH (of it, the fields the action reads)."""
    payload = {"ref": "refs/heads/main", "after": origin["base"]} if name == "push" else {
        "action": "synchronize", "number": 1,
        "pull_request": {"number": 1, "base": {"ref": "main", "sha": origin["base"]},
                         "head": {"ref": "feature", "sha": origin["head"]}}}
    path = where / "event.json"
    path.write_text(json.dumps(payload), encoding="utf-8")
    return path


class StandIns:
    """actions/cache and actions/upload-artifact: they record what they were given."""

    def __init__(self) -> None:
        self.cache: list[dict] = []
        self.uploaded: list[str] = []
        self.upload_with: list[dict] = []

    def run_cache(self, given: dict) -> dict:
        self.cache.append(given)
        return {"cache-hit": "false"}

    def run_upload(self, given: dict) -> dict:
        self.upload_with.append(given)
        folder = Path(given["path"])
        self.uploaded = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
        return {"artifact-id": "42", "artifact-url": ARTIFACT_URL}

    def table(self) -> dict:
        return {"actions/cache": self.run_cache, "actions/upload-artifact": self.run_upload}


def pip_freeze() -> str:
    """The packages of the python3 a workflow step finds on PATH: the caller's Python."""
    python = shutil.which("python3") or sys.executable
    return subprocess.run([python, "-m", "pip", "freeze", "--all"], capture_output=True, text=True).stdout


@pytest.fixture(scope="module")
def installed(origin: dict, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The whole action, run once on the default checkout (the merge ref), install included."""
    root = tmp_path_factory.mktemp("run")
    action = copy_checkout(root / "action")
    workspace = checkout(origin, root / "workspace", "refs/pull/1/merge")
    stand_ins = StandIns()
    runner = Runner(action, workspace, root / "temp", event(origin, root), stand_ins.table())
    before = pip_freeze()
    job = runner.run()
    return {"job": job, "runner": runner, "stand_ins": stand_ins, "root": root, "action": action,
            "caller_packages": (before, pip_freeze())}


def again(installed: dict, origin: dict, name: str, ref: str, inputs: dict | None = None,
          event_name: str = "pull_request") -> tuple[Job, StandIns]:
    """The review steps once more in a fresh workspace, with the toc the first run installed."""
    workspace = checkout(origin, installed["root"] / name, ref)
    stand_ins = StandIns()
    first = installed["job"]
    runner = Runner(installed["action"], workspace, installed["root"] / "temp",
                    event(origin, installed["root"] / name, event_name), stand_ins.table(),
                    event_name=event_name)
    job = Job(outputs={step: dict(first.outputs[step]) for step in ("prepare", "install")})
    return runner.run(inputs, only={"review", "upload", "verdict"}, job=job), stand_ins


def test_the_action_installs_toc_privately_and_fails_on_warnings(installed: dict) -> None:
    job: Job = installed["job"]
    assert job.outcomes == {"prepare": "success", "cache": "success", "install": "success",
                            "review": "success", "upload": "success", "verdict": "failure"}, job.log
    assert job.codes["verdict"] == 1  # findings at or above the default fail-on, warning
    before, after = installed["caller_packages"]
    assert before == after  # the caller's Python gained nothing
    venv = Path(job.outputs["prepare"]["venv"])
    assert venv.is_relative_to(installed["root"] / "temp")  # under RUNNER_TEMP
    assert job.outputs["install"]["python"] == str(venv / "bin" / "python")


def test_pip_downloads_are_cached_under_a_key_with_the_version(installed: dict) -> None:
    (given,) = installed["stand_ins"].cache
    prepare = installed["job"].outputs["prepare"]
    assert given["path"] == prepare["pip-cache"]
    # pip keeps its downloads where the cache step restores and saves them. (Here pip may
    # find everything in local wheel folders and download nothing, so the folder itself
    # can stay empty; on GitHub it holds what came from PyPI.)
    install = next(step for step in installed["runner"].definition["runs"]["steps"]
                   if step.get("id") == "install")
    assert install["env"]["PIP_CACHE_DIR"] == "${{ steps.prepare.outputs.pip-cache }}"
    assert re.fullmatch(r"toc-review-Linux-py3\.\d+-action-[0-9a-f]{16}", given["key"])
    assert given["restore-keys"] == prepare["cache-prefix"] and given["key"].startswith(given["restore-keys"])


def test_only_the_pull_requests_own_theories_are_reviewed(installed: dict, origin: dict) -> None:
    summary = installed["job"].summary
    assert "Reviewed: `theories/new.toc`, `theories/plan.toc`" in summary
    assert "other.toc" not in summary  # changed on main by someone else
    short = subprocess.run(["git", "rev-parse", "--short", origin["base"]], cwd=origin["path"],
                           capture_output=True, text=True).stdout.strip()
    # The merge ref's first parent is the base branch's tip: that is where it meets main.
    assert f"Compared with `{short}`, the commit where this pull request branched off." in summary


def test_annotations_only_on_changed_lines_worst_first(installed: dict) -> None:
    annotations = installed["job"].annotations
    assert annotations, installed["job"].log
    for found in annotations:
        assert found.properties["file"] in ("theories/plan.toc", "theories/new.toc")
        if found.properties["file"] == "theories/plan.toc":
            assert found.properties["line"] == str(ADDED_LINE)
        assert "line" in found.properties  # a question about the whole theory is not annotated
    titles = [a.properties["title"] for a in annotations]
    assert "unused-declaration (TOC103)" in titles or any("unused-declaration" in t for t in titles)
    ranks = [("error", "warning", "notice").index(a.level) for a in annotations]
    assert ranks == sorted(ranks)


def test_findings_on_unchanged_lines_are_in_the_summary(installed: dict) -> None:
    summary = installed["job"].summary
    annotated = {a.properties.get("title") for a in installed["job"].annotations}
    assert not any("weak-pathway" in title for title in annotated)  # plan.toc line 57, untouched
    assert "weak-pathway" in summary and "| 57:1 |" in summary
    found = re.search(r"Findings in all: (\d+); on lines this pull request wrote: (\d+), of which (\d+)", summary)
    assert found and int(found.group(3)) == len(installed["job"].annotations) <= int(found.group(2)) \
        < int(found.group(1))


def test_the_summary_has_the_change_the_page_and_the_checklist(installed: dict) -> None:
    summary = installed["job"].summary
    plan = summary.split("### `theories/plan.toc`")[1]
    assert "What changed in theories/plan.toc" in plan
    assert "added context noise" in plan
    assert f"[`theories/plan.html`]({ARTIFACT_URL}) in the artifact `toc-report`" in plan
    assert "<details><summary>Review checklist</summary>" in plan and "# Review checklist:" in plan
    new = summary.split("### `theories/new.toc`")[1].split("---")[0]
    assert "A new theory in this pull request." in new


def test_the_report_pages_are_uploaded_with_the_change(installed: dict) -> None:
    stand_ins = installed["stand_ins"]
    assert stand_ins.uploaded == ["theories/new.html", "theories/plan.html"]
    (given,) = stand_ins.upload_with
    assert given["name"] == "toc-report" and given["if-no-files-found"] == "ignore"
    page = (Path(given["path"]) / "theories" / "plan.html").read_text(encoding="utf-8")
    assert "Noise in the neighbourhood" in page and "What changed" in page


def test_a_checkout_of_the_head_is_compared_with_the_merge_base(installed: dict, origin: dict) -> None:
    """The pull request's head, one commit deep: the action fetches back to where it branched off."""
    job, _ = again(installed, origin, "head", origin["head"])
    assert job.outcomes["review"] == "success", job.log
    assert "Reviewed: `theories/new.toc`, `theories/plan.toc`" in job.summary
    assert "other.toc" not in job.summary  # the base commit alone would bring main's change in
    short = subprocess.run(["git", "rev-parse", "--short", origin["fork"]], cwd=origin["path"],
                           capture_output=True, text=True).stdout.strip()
    assert f"Compared with `{short}`" in job.summary
    assert {a.properties["file"] for a in job.annotations} <= {"theories/plan.toc", "theories/new.toc"}


def test_outside_a_pull_request_every_theory_is_reviewed(installed: dict, origin: dict) -> None:
    job, _ = again(installed, origin, "push", "refs/heads/main", {"fail-on": "never", "lang": "nl"},
                   event_name="push")
    assert job.outcomes["verdict"] == "success", job.log
    assert job.summary.startswith("## Beoordeling van de veranderingstheorieën")
    assert "`theories/other.toc`, `theories/plan.toc`" in job.summary


def test_a_wrong_fail_on_stops_the_review(installed: dict, origin: dict) -> None:
    job, stand_ins = again(installed, origin, "wrong", "refs/pull/1/merge", {"fail-on": "sometimes"})
    assert job.codes["review"] == 2 and job.outcomes["verdict"] == "skipped"
    assert "::error::fail-on must be error, warning, info or never, not 'sometimes'." in job.log
    assert stand_ins.upload_with == []


# The steps before toc is installed ------------------------------------------------------


def prepare(tmp_path: Path, inputs: dict, path: str | None = None) -> Job:
    env = dict(os.environ)
    if path is not None:
        env["PATH"] = path
    runner = Runner(ROOT, tmp_path, tmp_path / "temp", tmp_path / "event.json", {}, env=env)
    return runner.run(inputs, only={"prepare"})


@pytest.mark.parametrize("given", ["0.2.0", "v0.2.0"])
def test_toc_version_is_a_version_on_pypi(tmp_path: Path, given: str) -> None:
    job = prepare(tmp_path, {"toc-version": given})
    assert job.outcomes["prepare"] == "success", job.log
    assert job.outputs["prepare"]["spec"] == "toc-lang==0.2.0"
    assert job.outputs["prepare"]["cache-key"].endswith("-pypi-0.2.0")


def test_toc_version_refuses_what_is_not_a_version(tmp_path: Path) -> None:
    job = prepare(tmp_path, {"toc-version": "0.2.0 --index-url http://elsewhere"})
    assert job.codes["prepare"] == 1
    assert "::error::toc-version must be a version of toc such as 0.2.0" in job.log


def test_a_python_older_than_3_11_is_named(tmp_path: Path) -> None:
    old = tmp_path / "old-python"
    old.mkdir()
    (old / "python3").write_text("#!/bin/sh\nexit 1\n")  # answers the version check as 3.10 would
    (old / "python3").chmod(0o755)
    job = prepare(tmp_path, {}, path=f"{old}:/usr/bin:/bin")
    assert job.codes["prepare"] == 1
    assert "::error::toc needs Python 3.11 or newer" in job.log and "actions/setup-python" in job.log


# The parts, directly ----------------------------------------------------------------------


def record(severity: str, line: int | None, file: str = "a.toc") -> dict:
    found = {"file": file, "code": "X", "name": "rule", "severity": severity, "message": "m", "hint": None}
    return found if line is None else {**found, "line": line, "column": 1, "end_line": line, "end_column": 2}


def test_at_most_ten_annotations_of_each_kind_the_worst_first() -> None:
    records = ([record("info", n) for n in range(1, 13)] + [record("warning", n) for n in range(1, 26)]
               + [record("error", n) for n in (3, 4)] + [record("warning", 5, "b.toc"), record("error", None)])
    shown, on_changed = review_findings.annotated_findings(records, {"a.toc": None, "b.toc": frozenset({6})})
    levels = [line.split()[0] for line in shown]
    assert levels == ["::error"] * 2 + ["::warning"] * 10 + ["::notice"] * 10
    assert on_changed == 12 + 25 + 2  # b.toc's line 5 is not new; the line-less error has no line


def test_a_finding_over_several_lines_counts_when_one_of_them_is_new() -> None:
    spanning = {**record("warning", 3), "end_line": 6}
    assert review_findings.on_changed_line(spanning, {"a.toc": frozenset({5})})
    assert not review_findings.on_changed_line(spanning, {"a.toc": frozenset({7})})
    assert review_findings.on_changed_line(spanning, {"./a.toc": frozenset({4})})


def test_user_text_in_the_summary_is_escaped() -> None:
    state = {"lang": "en", "fail_on": "warning", "status": 0, "files": ["odd `name`.toc"], "base": None,
             "findings": 0, "on_changed": 0, "annotated": 0, "lint": "",
             "sections": [{"path": "odd `name`.toc", "compared": False, "new": True, "page": "odd `name`.html",
                           "checklist": None}]}
    text = review_summary.compose(state, "toc-report", "https://evil.example/x) [click](javascript:alert(1)")
    assert "Reviewed: ``odd `name`.toc``" in text
    assert "javascript" not in text and "evil" not in text  # not a URL the upload gives: no link
    assert "Report page: ``odd `name`.html`` in the artifact `toc-report` of this run" in text


def test_workflow_commands_are_escaped(capsys, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert review_action.main(["review"], {"TOC_FAIL_ON": "50%\n::error::x", "RUNNER_TEMP": str(tmp_path)}) == 2
    printed = capsys.readouterr().out
    assert printed.count("\n") == 1 and "50%25%0A::error::x" in printed


def test_messages_exist_in_both_languages() -> None:
    english, dutch = catalogues.area("review", "en"), catalogues.area("review", "nl")
    assert english and english.keys() == dutch.keys()


# action.yml and the documented workflow ----------------------------------------------------

ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
WORKFLOW = ROOT / "docs" / "examples" / "toc-review.yml"


def test_the_action_leaves_the_callers_python_alone() -> None:
    steps = ACTION["runs"]["steps"]
    assert ACTION["runs"]["using"] == "composite"
    assert not any("setup-python" in step.get("uses", "") for step in steps)
    assert all(step["shell"] == "bash" for step in steps if "run" in step)
    # pip runs once, with the Python of the environment the action made for itself.
    installs = [line.strip() for step in steps for line in step.get("run", "").splitlines()
                if "pip install" in line]
    assert installs == ['"$bin/python" -m pip install --quiet --disable-pip-version-check "$TOC_SPEC"']


def test_the_action_uses_only_inputs_it_declares() -> None:
    text = (ROOT / "action.yml").read_text(encoding="utf-8")
    used = set(re.findall(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}", text))
    assert used == set(ACTION["inputs"])
    assert ACTION["inputs"]["fail-on"]["default"] in review_action.FAIL_ON


def test_the_documented_workflow_is_the_example_file_pinned_to_this_version() -> None:
    page = (ROOT / "docs" / "editors.md").read_text(encoding="utf-8")
    (documented,) = [block for block in re.findall(r"```yaml\n(.*?)```", page, re.DOTALL) if "jobs:" in block]
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert yaml.safe_load(documented) == workflow
    steps = [step for job in workflow["jobs"].values() for step in job["steps"]]
    assert steps[0]["uses"].startswith("actions/checkout@")
    (review,) = [step for step in steps if "/toc@" in step.get("uses", "")]
    assert review["uses"].endswith(f"/toc@v{toc.__version__}")
    assert set(review.get("with", {})) <= set(ACTION["inputs"])
    assert "pull_request" in workflow[True]  # YAML reads the key `on` as True
