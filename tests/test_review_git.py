"""The review action's git: which theories a pull request changed, which of their lines are new,
and where it branched off."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.checkout import git
from toc.cli import review_git
from toc.cli.review_git import Changed

LINES = [f"# line {n}" for n in range(1, 11)]


def write(repo: Path, name: str, lines: list[str]) -> None:
    (repo / name).parent.mkdir(parents=True, exist_ok=True)
    (repo / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict:
    git("init", "-q", "-b", "main", cwd=tmp_path)
    for name in ("a.toc", "b.toc", "d.toc"):
        write(tmp_path, name, [*LINES, f"# {name}"])
    write(tmp_path, "e.txt", ["notes"])
    git("add", "-A", cwd=tmp_path)
    git("commit", "-q", "-m", "base", cwd=tmp_path)
    base = git("rev-parse", "HEAD", cwd=tmp_path).strip()
    changed = [*LINES, "# a.toc"]
    changed[2] = "# line three"  # changed
    del changed[6]  # line 7 removed: nothing new there
    write(tmp_path, "a.toc", [*changed, "# added", "# added too"])
    (tmp_path / "sub dir").mkdir()
    git("mv", "b.toc", "sub dir/b2.toc", cwd=tmp_path)
    write(tmp_path, "sub dir/b2.toc", [*LINES[:4], "# changed while moved", *LINES[5:], "# b.toc"])
    write(tmp_path, "c.toc", ["# new"])
    (tmp_path / "d.toc").unlink()
    write(tmp_path, "e.txt", ["more notes"])
    git("add", "-A", cwd=tmp_path)
    git("commit", "-q", "-m", "change", cwd=tmp_path)
    monkeypatch.chdir(tmp_path)
    return {"path": tmp_path, "base": base}


def test_added_changed_and_renamed_theories_with_their_new_lines(repo: dict) -> None:
    assert review_git.changed_theories(repo["base"]) == [
        Changed("a.toc", "a.toc", frozenset({3, 11, 12})),
        Changed("c.toc", None, None),
        Changed("sub dir/b2.toc", "b.toc", frozenset({5})),
    ]


def test_a_textconv_for_toc_files_does_not_move_the_lines(repo: dict) -> None:
    """docs/diff.md shows how to make git show .toc changes through `toc diff --textconv`."""
    (repo["path"] / ".git" / "info" / "attributes").write_text("*.toc diff=shout\n")
    git("config", "diff.shout.textconv", "sed -e 1i\\\\header", cwd=repo["path"])
    assert review_git.changed_theories(repo["base"])[0].lines == frozenset({3, 11, 12})


def test_merge_base_of_a_full_history(repo: dict) -> None:
    git("switch", "-q", "-c", "topic", repo["base"], cwd=repo["path"])
    write(repo["path"], "f.toc", ["# topic"])
    git("add", "-A", cwd=repo["path"])
    git("commit", "-q", "-m", "topic", cwd=repo["path"])
    main = git("rev-parse", "main", cwd=repo["path"]).strip()
    assert review_git.merge_base(main) == repo["base"]


def test_no_merge_base_without_common_history(repo: dict) -> None:
    git("switch", "-q", "--orphan", "alone", cwd=repo["path"])
    write(repo["path"], "g.toc", ["# alone"])
    git("add", "g.toc", cwd=repo["path"])
    git("commit", "-q", "-m", "alone", cwd=repo["path"])
    assert review_git.merge_base(repo["base"]) is None
    assert review_git.merge_base("0" * 40) is None  # a commit nobody has


def test_tracked_theories(repo: dict) -> None:
    assert review_git.tracked_theories() == ["a.toc", "c.toc", "sub dir/b2.toc"]
