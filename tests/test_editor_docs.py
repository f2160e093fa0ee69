"""The editor page's advice works: its .gitignore and .gitattributes lines, and its action inputs."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT

PAGE = (ROOT / "docs" / "editors.md").read_text(encoding="utf-8")
# The lines GitHub's LaTeX template (TeX.gitignore) has for the files around *.toc.
LATEX_TEMPLATE = "## Core latex/pdflatex auxiliary files:\n*.aux\n*.log\n*.toc\n*.out\n"


def block(language: str) -> str:
    (found,) = re.findall(rf"```{language}\n(.*?)```", PAGE, re.DOTALL)
    return found


def git(*args: str, cwd: Path) -> str:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True).stdout


@pytest.fixture
def repo(tmp_path) -> Path:
    git("init", "-q", cwd=tmp_path)
    for name in ("plan.toc", "theories/pocket-money.toc", "thesis.toc", "report/thesis.toc"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("# x\n")
    return tmp_path


def ignored(repo: Path) -> set[str]:
    listing = git("ls-files", "--others", "--ignored", "--exclude-standard", cwd=repo)
    return set(listing.split())


def test_the_latex_template_alone_ignores_theories(repo) -> None:
    (repo / ".gitignore").write_text(LATEX_TEMPLATE)
    assert {"plan.toc", "theories/pocket-money.toc"} <= ignored(repo)


def test_the_documented_gitignore_lines_let_theories_back_in(repo) -> None:
    (repo / ".gitignore").write_text(LATEX_TEMPLATE + block("gitignore"))
    assert ignored(repo) == {"thesis.toc", "report/thesis.toc"}


def test_the_documented_gitattributes_line_shows_theories_as_text(repo) -> None:
    (repo / ".gitattributes").write_text(block("gitattributes"))
    answer = git("check-attr", "linguist-language", "--", "theories/pocket-money.toc", cwd=repo)
    assert answer.strip() == "theories/pocket-money.toc: linguist-language: Text"


def test_this_repository_labels_its_theories_as_text() -> None:
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout (e.g. an unpacked source archive)")
    answer = git("check-attr", "linguist-language", "--", "examples/pocket-money.toc", cwd=ROOT)
    assert answer.strip() == "examples/pocket-money.toc: linguist-language: Text"


def test_the_action_inputs_table_matches_action_yml() -> None:
    inputs = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))["inputs"]
    section = PAGE.split("## In pull requests: the GitHub Action")[1].split("\n## ")[0]
    documented = re.findall(r"^\| `([\w-]+)` \|", section, re.MULTILINE)
    assert documented == list(inputs)
