"""The pre-commit hooks are a valid manifest, run toc's own commands on .toc files, and work as documented."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest
from pre_commit.clientlib import load_manifest

from tests.checkout import git, scratch_repository
from tests.conftest import ROOT
from toc.cli import main

HOOKS = {hook["id"]: hook for hook in load_manifest(str(ROOT / ".pre-commit-hooks.yaml"))}


def test_manifest_is_valid_and_has_both_hooks() -> None:
    assert set(HOOKS) == {"toc-lint", "toc-fmt"}
    assert HOOKS["toc-lint"]["entry"] == "toc lint"
    assert HOOKS["toc-fmt"]["entry"] == "toc fmt"


@pytest.mark.parametrize("hook_id", ["toc-lint", "toc-fmt"])
def test_hook_runs_on_toc_files_only(hook_id) -> None:
    hook = HOOKS[hook_id]
    assert hook["language"] == "python"
    pattern = re.compile(hook["files"])
    assert pattern.search("theories/plan.toc") and pattern.search("plan.toc")
    assert not pattern.search("plan.toc.bak") and not pattern.search("notes.txt")


@pytest.mark.parametrize("hook_id", ["toc-lint", "toc-fmt"])
def test_hook_entry_is_a_toc_command(hook_id) -> None:
    program, command = HOOKS[hook_id]["entry"].split()
    assert program == "toc"
    assert command in main.list_commands(click.Context(main))
    assert main.get_command(click.Context(main), command) is not None


# The snippet in docs/editors.md, copied into a project as a reader would ------------------

BAD_THEORY = """theory "Conversation cards" { lang: en }

intervention cards "Conversation cards in the district"
outcome contact "Older people have more contact"

cards   ->   contcat
"""


def documented_config() -> str:
    page = (ROOT / "docs" / "editors.md").read_text(encoding="utf-8")
    (snippet,) = [block for block in re.findall(r"```yaml\n(.*?)```", page, re.DOTALL) if "repos:" in block]
    return snippet


def pre_commit(project: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(cache), "PRE_COMMIT_COLOR": "never"}
    env.pop("VIRTUAL_ENV", None)
    return subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files"], cwd=project,
                          env=env, capture_output=True, text=True, timeout=900)


def test_the_documented_configuration_runs_the_hooks_from_a_tagged_copy(tmp_path: Path) -> None:
    """The snippet as written, but for `repo:`, which points at a scratch copy of this repository
    holding the documented tag; pre-commit clones it at that tag and installs toc from it."""
    snippet = documented_config()
    (rev,) = re.findall(r"^\s*rev: (\S+)", snippet, re.MULTILINE)
    hooks_repo = scratch_repository(tmp_path / "toc", tag=rev)
    config, replaced = re.subn(r"(- repo: )\S+", lambda m: m.group(1) + hooks_repo.as_uri(), snippet)
    assert replaced == 1
    project = tmp_path / "project"
    project.mkdir()
    git("init", "-q", cwd=project)
    (project / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    shutil.copy(ROOT / "examples" / "pocket-money.toc", project / "plan.toc")
    git("add", "-A", cwd=project)

    good = pre_commit(project, tmp_path / "cache")
    assert good.returncode == 0, good.stdout + good.stderr
    assert re.search(r"toc fmt\.+Passed", good.stdout) and re.search(r"toc lint\.+Passed", good.stdout)

    (project / "bad.toc").write_text(BAD_THEORY, encoding="utf-8")
    git("add", "-A", cwd=project)
    bad = pre_commit(project, tmp_path / "cache")
    assert bad.returncode == 1
    assert re.search(r"toc lint\.+Failed", bad.stdout) and re.search(r"toc fmt\.+Failed", bad.stdout)
    assert "cards -> contcat\n" in (project / "bad.toc").read_text(encoding="utf-8")  # fmt rewrote it
    assert "bad.toc:6:10" in bad.stdout and "contcat" in bad.stdout  # lint ran after fmt
    assert "Found 1 error," in bad.stdout  # --fail-on error: the good theory's warnings alone passed
