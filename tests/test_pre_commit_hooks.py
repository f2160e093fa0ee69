"""The pre-commit hooks are a valid manifest and run toc's own commands on .toc files."""

from __future__ import annotations

import re

import click
import pytest
from pre_commit.clientlib import load_manifest

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
