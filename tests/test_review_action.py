"""The GitHub Action: action.yml, its review step (with a stand-in toc), and the example workflow."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests import catalogues
from tests.conftest import ROOT
from toc.cli import review_action

STUB = """#!{python}
# A stand-in for toc: logs its arguments and answers as configured.
import json, sys
from pathlib import Path
here = Path(__file__).parent
with open(here / "calls.jsonl", "a") as log:
    log.write(json.dumps(sys.argv[1:]) + "\\n")
config = json.loads((here / "config.json").read_text())
if sys.argv[1] == "lint":
    sys.stdout.write(config["lint_output"])
    sys.exit(config["lint_status"])
path = sys.argv[-1]
if path in config.get("broken", []):
    sys.exit(2)
print("# Checklist for " + path)
"""


def git(*args: str) -> None:
    subprocess.run(["git", *args], check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path, monkeypatch) -> dict:
    """A repository whose second commit changes, adds and removes .toc files."""
    work = tmp_path / "repo"
    work.mkdir()
    monkeypatch.chdir(work)
    git("init", "-q", "-b", "main")
    git("config", "user.email", "reviewer@example.org")
    git("config", "user.name", "Reviewer")
    for name in ("old.toc", "same.toc", "gone.toc", "readme.txt"):
        Path(name).write_text(f"# {name}\n")
    git("add", ".")
    git("commit", "-qm", "base")
    base = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    Path("old.toc").write_text("# changed\n")
    Path("sub dir").mkdir()
    Path("sub dir/new.toc").write_text("# new\n")
    Path("notes.txt").write_text("not a theory\n")
    Path("gone.toc").unlink()
    git("add", "-A")
    git("commit", "-qm", "change")
    stub_dir = tmp_path / "stub"
    stub_dir.mkdir()
    stub = stub_dir / "toc"
    stub.write_text(STUB.format(python=sys.executable))
    stub.chmod(0o755)
    return {"base": base, "stub": stub_dir, "summary": tmp_path / "summary.md"}


def run(repo: dict, *, lint_output: str = "", lint_status: int = 0, broken=(), **env: str):
    (repo["stub"] / "config.json").write_text(json.dumps(
        {"lint_output": lint_output, "lint_status": lint_status, "broken": list(broken)}))
    environment = {"TOC_COMMAND": str(repo["stub"] / "toc"),
                   "GITHUB_STEP_SUMMARY": str(repo["summary"]), **env}
    status = review_action.main(environment)
    log = repo["stub"] / "calls.jsonl"
    calls = [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []
    summary = repo["summary"].read_text() if repo["summary"].exists() else ""
    return status, calls, summary


def test_lints_only_the_toc_files_the_pull_request_adds_or_changes(repo) -> None:
    status, calls, summary = run(repo, BASE_SHA=repo["base"])
    assert status == 0
    assert calls[0] == ["lint", "--format", "github", "--fail-on", "warning", "--",
                        "old.toc", "sub dir/new.toc"]
    assert calls[1:] == [["checklist", "--", "old.toc"], ["checklist", "--", "sub dir/new.toc"]]
    assert summary.startswith("## Review of the theories of change\n")
    assert "Reviewed: `old.toc`, `sub dir/new.toc`" in summary
    assert "# Checklist for old.toc" in summary and "# Checklist for sub dir/new.toc" in summary


def test_findings_fail_the_step_and_the_worst_are_annotated_first(repo, capsys) -> None:
    output = ("::notice file=old.toc,line=3::n\n::warning file=old.toc,line=1::w\n"
              "::error file=old.toc,line=2::e\n2 findings\n")
    status, _, summary = run(repo, lint_output=output, lint_status=1, BASE_SHA=repo["base"],
                             TOC_FAIL_ON="error")
    assert status == 1
    printed = capsys.readouterr().out.splitlines()
    assert printed == ["::error file=old.toc,line=2::e", "::warning file=old.toc,line=1::w",
                       "::notice file=old.toc,line=3::n", "2 findings"]
    assert "found points at or above *error*" in summary


def test_fail_on_never_only_reports(repo) -> None:
    status, calls, summary = run(repo, BASE_SHA=repo["base"], TOC_FAIL_ON="never")
    assert status == 0
    assert "--exit-zero" in calls[0] and "--fail-on" not in calls[0]
    assert "do not fail this check" in summary


def test_an_unknown_fail_on_is_a_usage_error(repo, capsys) -> None:
    status, calls, _ = run(repo, TOC_FAIL_ON="sometimes")
    assert (status, calls) == (2, [])
    assert "::error::fail-on must be error, warning, info or never" in capsys.readouterr().out


def test_language_reaches_lint_checklist_and_summary(repo) -> None:
    status, calls, summary = run(repo, BASE_SHA=repo["base"], TOC_LANG="nl")
    assert calls[0][:6] == ["lint", "--format", "github", "--fail-on", "warning", "--lang"]
    assert calls[1] == ["checklist", "--lang", "nl", "--", "old.toc"]
    assert summary.startswith("## Beoordeling van de veranderingstheorieën")


def test_a_theory_that_does_not_load_gets_a_note_instead_of_a_checklist(repo) -> None:
    status, _, summary = run(repo, lint_status=2, broken=["old.toc"], BASE_SHA=repo["base"])
    assert status == 2
    assert "_No checklist for `old.toc`: the theory does not load" in summary
    assert "could not read every theory" in summary


def test_no_changed_theories(repo) -> None:
    git("commit", "-q", "--allow-empty", "-m", "nothing")
    head = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True).stdout
    status, calls, summary = run(repo, BASE_SHA=head.strip())
    assert (status, calls) == (0, [])
    assert "No .toc files were added or changed." in summary


def test_outside_a_pull_request_every_tracked_theory(repo) -> None:
    _, calls, _ = run(repo)
    assert calls[0][-3:] == ["old.toc", "same.toc", "sub dir/new.toc"]


def test_files_can_be_named(repo) -> None:
    _, calls, _ = run(repo, TOC_FILES="same.toc\n\n  old.toc \n", BASE_SHA=repo["base"])
    assert calls[0][-2:] == ["same.toc", "old.toc"]


def test_an_unknown_base_falls_back_to_every_theory(repo, capsys) -> None:
    _, calls, _ = run(repo, BASE_SHA="0" * 40)
    assert calls[0][-3:] == ["old.toc", "same.toc", "sub dir/new.toc"]
    assert "::warning::Could not compare with the base commit" in capsys.readouterr().out


def test_messages_exist_in_both_languages() -> None:
    english, dutch = catalogues.area("review", "en"), catalogues.area("review", "nl")
    assert english and english.keys() == dutch.keys()


# action.yml and the example workflow -------------------------------------------------

ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
WORKFLOW = ROOT / "docs" / "examples" / "toc-review.yml"


def test_action_is_a_composite_whose_steps_name_their_shell() -> None:
    assert ACTION["runs"]["using"] == "composite"
    runs = [step for step in ACTION["runs"]["steps"] if "run" in step]
    assert runs and all(step["shell"] == "bash" for step in runs)
    assert any(step["run"] == "python -m toc.cli.review_action" for step in runs)


def test_action_uses_only_inputs_it_declares_and_sets_what_the_review_reads() -> None:
    text = (ROOT / "action.yml").read_text(encoding="utf-8")
    used = set(re.findall(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}", text))
    assert used == set(ACTION["inputs"])
    env = ACTION["runs"]["steps"][-1]["env"]
    assert {"TOC_FILES", "TOC_FAIL_ON", "TOC_LANG", "BASE_SHA"} <= set(env)
    assert ACTION["inputs"]["fail-on"]["default"] in review_action.FAIL_ON


def test_example_workflow_uses_the_action_with_declared_inputs() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    steps = [step for job in workflow["jobs"].values() for step in job["steps"]]
    assert steps[0]["uses"].startswith("actions/checkout@")
    (review,) = [step for step in steps if "toc" in step.get("uses", "")]
    assert set(review.get("with", {})) <= set(ACTION["inputs"])
    assert "pull_request" in workflow[True]  # YAML reads the key `on` as True


def test_user_text_in_the_summary_and_the_commands_is_escaped(capsys) -> None:
    from toc.cli import review_action

    text = review_action.summary(["odd `name`.toc"], 0, "warning", [], "en")
    assert "Reviewed: ``odd `name`.toc``" in text
    assert review_action.main({"TOC_FAIL_ON": "50%\n::error::x"}) == 2
    printed = capsys.readouterr().out
    assert printed.count("\n") == 1 and "50%25%0A::error::x" in printed
