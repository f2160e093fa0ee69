"""`toc diff` with git, in a scratch repository: versions at a revision, --git, and the docs' recipes."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli
from tests.diff.schema import validate

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="these tests need git")

CASES = Path(__file__).resolve().parent / "cases" / "pocket-money"
DOCS = ROOT / "docs" / "diff.md"
TOC = f"{shlex.quote(sys.executable)} -m toc"


def git(repo: Path, *arguments: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *arguments], cwd=repo, capture_output=True, text=True, check=check)


def commit(repo: Path, message: str) -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository with one commit: plan.toc (the pocket-money base) and a theory that includes a file."""
    git(tmp_path, "init", "-q")
    git(tmp_path, "config", "user.email", "someone@example.org")
    git(tmp_path, "config", "user.name", "Someone")
    git(tmp_path, "config", "commit.gpgsign", "false")
    shutil.copy(CASES / "00-base.toc", tmp_path / "plan.toc")
    (tmp_path / "parts").mkdir()
    (tmp_path / "parts" / "people.toc").write_text('actor staff "Staff"\n', encoding="utf-8")
    (tmp_path / "main.toc").write_text(
        'theory "Main" { lang: en }\nuse "parts/people.toc"\n'
        'intervention act "Act" { by: staff }\noutcome o "Result"\nact -> o\n', encoding="utf-8")
    commit(tmp_path, "first")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_file_at_a_revision_against_the_work_tree(repo: Path) -> None:
    shutil.copy(CASES / "01-add-context.toc", repo / "plan.toc")
    result = run_cli("diff", "plan.toc@HEAD", "plan.toc")
    assert (result.exit_code, result.stderr) == (1, "")
    assert result.stdout.startswith("plan.toc@HEAD → plan.toc: 2 changes in meaning.\n")
    assert "plan.toc:28:1: added context pressure" in result.stdout


def test_two_revisions_and_a_removal_placed_in_the_old_one(repo: Path) -> None:
    shutil.copy(CASES / "04-remove-pathway.toc", repo / "plan.toc")
    commit(repo, "second")
    result = run_cli("diff", "plan.toc@HEAD~1", "plan.toc@HEAD", "--no-critique")
    assert result.exit_code == 1
    assert re.search(r"^  plan\.toc@HEAD~1:\d+:1: removed mechanism openness", result.stdout, re.M)
    assert re.search(r"^  plan\.toc@HEAD:\d+:1: added context pressure", result.stdout, re.M)


def test_includes_are_read_at_the_revision(repo: Path) -> None:
    (repo / "parts" / "people.toc").write_text('actor staff "Staff" { role: implementer }\n',
                                               encoding="utf-8")
    result = run_cli("diff", "main.toc@HEAD", "main.toc")
    assert result.exit_code == 1
    assert "parts/people.toc:1:1: actor staff “Staff”: role not set → implementer" in result.stdout
    # Back at the revision, the include is read as it was committed: no change.
    assert run_cli("diff", "main.toc@HEAD", "main.toc@HEAD").exit_code == 0


def test_errors_in_an_old_version_are_placed_at_its_revision(repo: Path) -> None:
    (repo / "plan.toc").write_text('theory "T" {\noutcome o "O" { horizon: soon }\n', encoding="utf-8")
    commit(repo, "broken")
    result = run_cli("diff", "plan.toc@HEAD", "main.toc")
    assert result.exit_code == 2
    assert re.search(r"^plan\.toc@HEAD:\d+:\d+: error", result.stderr, re.M), result.stderr


def test_every_changed_theory_since_a_revision(repo: Path) -> None:
    shutil.copy(CASES / "05-change-counterfactual.toc", repo / "plan.toc")
    (repo / "parts" / "people.toc").write_text('actor staff "Team"\n', encoding="utf-8")
    (repo / "fresh.toc").write_text('theory "Fresh" { lang: en }\noutcome o "O"\n', encoding="utf-8")
    git(repo, "mv", "main.toc", "moved.toc")
    result = run_cli("diff", "--git", "HEAD", "--format", "json")
    assert (result.exit_code, result.stderr) == (1, "")
    diffs = json.loads(result.stdout)
    validate(diffs)
    assert [d["new"]["name"] for d in diffs] == [
        "fresh.toc", "main.toc (not there)", "moved.toc", "parts/people.toc", "plan.toc"]
    fresh, gone, moved, part, plan = diffs
    assert fresh["old"]["name"] == "fresh.toc@HEAD (not there)"
    # Against nothing, everything is added, and the header's fields are set.
    assert {(c["action"], c["part"]) for c in fresh["changes"]} == {("added", "node"), ("changed", "theory")}
    assert {(c["action"], c["part"]) for c in gone["changes"]} == {("removed", "node"), ("removed", "link"),
                                                                    ("changed", "theory")}
    assert moved["old"]["name"] == "moved.toc@HEAD (not there)"  # a move is a new file here
    assert [c["field"] for c in part["changes"]] == ["label"]
    assert len(plan["changes"]) > 3


def test_a_theory_whose_include_changed_is_compared_too(repo: Path) -> None:
    (repo / "parts" / "people.toc").write_text('actor staff "Team"\n', encoding="utf-8")
    result = run_cli("diff", "--git", "HEAD", "--no-critique")
    assert result.exit_code == 1
    assert "main.toc@HEAD → main.toc: 1 change in meaning." in result.stdout
    assert "parts/people.toc@HEAD → parts/people.toc: 1 change in meaning." in result.stdout


def test_nothing_changed_since_a_revision(repo: Path) -> None:
    (repo / "notes.txt").write_text("not a theory", encoding="utf-8")
    result = run_cli("diff", "--git", "HEAD")
    assert (result.exit_code, result.stdout) == (0, "No theory changed since HEAD.\n")
    assert run_cli("diff", "--git", "HEAD", "--format", "json").stdout == "[]\n"


def test_git_forms_limited_to_a_folder(repo: Path) -> None:
    shutil.copy(CASES / "01-add-context.toc", repo / "plan.toc")
    (repo / "parts" / "people.toc").write_text('actor staff "Team"\n', encoding="utf-8")
    result = run_cli("diff", "--git", "HEAD", "parts", "--no-critique")
    assert "parts/people.toc" in result.stdout and "plan.toc" not in result.stdout


@pytest.mark.parametrize("arguments,message", [
    (("plan.toc@nowhere", "plan.toc"), "nowhere"),
    (("plan.toc@--output=x", "plan.toc"), "not a revision: --output=x"),
    (("--git", "-p"), "not a revision: -p"),
    (("gone.toc@HEAD", "plan.toc"), "no such file: gone.toc@HEAD"),
    (("--git", "HEAD", "plan.toc@HEAD"), "with --git, the arguments are files or folders"),
    (("--git", "HEAD", "-o", "x.svg"), "-o draws one comparison"),
])
def test_revisions_git_cannot_read_are_told_in_words(repo: Path, arguments, message) -> None:
    result = run_cli("diff", *arguments)
    assert result.exit_code == 2 and message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and not (repo / "x").exists()


def test_outside_a_repository(tmp_path: Path, monkeypatch) -> None:
    shutil.copy(CASES / "00-base.toc", tmp_path / "plan.toc")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    result = run_cli("diff", "plan.toc@HEAD", "plan.toc")
    assert result.exit_code == 2 and "git repository" in result.stderr


def _docs_block(fence: str) -> list[str]:
    text = DOCS.read_text(encoding="utf-8")
    return [block for block in re.findall(rf"```{fence}\n(.*?)```", text, re.S)]


def _docs_git_config(name: str) -> list[str]:
    """The `git config` lines of docs/diff.md for one driver, with `toc` run by this Python."""
    lines = [line for block in _docs_block("sh") for line in block.splitlines()
             if line.startswith(f"git config {name}")]
    assert lines, name
    return [re.sub(r"([\"'])toc ", rf"\1{TOC} ", line) for line in lines]


def test_the_textconv_recipe_of_the_docs(repo: Path) -> None:
    (repo / ".gitattributes").write_text(_docs_block("gitattributes")[0], encoding="utf-8")
    for line in _docs_git_config("diff.toc"):
        subprocess.run(line, shell=True, cwd=repo, check=True)
    shutil.copy(CASES / "05-change-counterfactual.toc", repo / "plan.toc")
    commit(repo, "the fifth version")
    # From 05 to 06 only the layout changed: git shows nothing of it.
    shutil.copy(CASES / "06-reformat.toc", repo / "plan.toc")
    assert git(repo, "diff", "--", "plan.toc").stdout == ""
    assert git(repo, "diff", "--no-textconv", "--", "plan.toc").stdout != ""
    # A change in meaning shows as lines of meaning: back to 04, the counterfactual's old figures.
    shutil.copy(CASES / "04-remove-pathway.toc", repo / "plan.toc")
    shown = git(repo, "diff", "--", "plan.toc").stdout
    changed = [line for line in shown.splitlines() if line[:1] in "+-" and line[:3] not in ("+++", "---")]
    assert changed == ["-counterfactual for generations: contributors city",
                       "-counterfactual for generations: deadweight 35%",
                       "+counterfactual for generations: deadweight 20%"]


def test_the_difftool_recipe_of_the_docs(repo: Path) -> None:
    for line in _docs_git_config("difftool.toc"):
        subprocess.run(line, shell=True, cwd=repo, check=True)
    shutil.copy(CASES / "01-add-context.toc", repo / "plan.toc")
    shown = git(repo, "difftool", "--tool=toc", "--no-prompt", "--trust-exit-code", "HEAD", "--",
                "plan.toc", check=False)
    assert shown.returncode != 0  # git stops at the first theory whose meaning changed
    assert ": 2 changes in meaning." in shown.stdout
    assert "added context pressure “Pressure from creditors on the household”" in shown.stdout


def test_a_version_at_a_revision_obeys_the_include_rule_and_the_size_limit(repo: Path) -> None:
    (repo / "outside.toc").write_text('actor secret "SECRET_AT_REVISION"\n', encoding="utf-8")
    (repo / "parts" / "sneaky.toc").write_text('use "../outside.toc"\n', encoding="utf-8")
    (repo / "parts" / "big.toc").write_text('outcome a "A"\n' + "#" * 3000 + "\n", encoding="utf-8")
    commit(repo, "second")
    sneaky = run_cli("diff", "parts/sneaky.toc@HEAD", "parts/sneaky.toc")
    assert sneaky.exit_code == 2 and "E204" not in sneaky.stdout
    assert "'../outside.toc' is outside the project" in sneaky.stderr
    assert "SECRET_AT_REVISION" not in sneaky.stdout + sneaky.stderr
    (repo / "toc.toml").write_text('max-file-size = "2 kB"\n', encoding="utf-8")
    big = run_cli("diff", "parts/big.toc@HEAD", "parts/big.toc")
    assert big.exit_code == 2
    assert "parts/big.toc@HEAD is larger than 2 kB, the most toc reads" in big.stderr
