"""A scratch copy of this repository as a fresh clone would have it, for tests that install or tag it.

The copy holds the files git tracks or would track (ignored files such as .venv and
node_modules stay behind) with their content in the work tree, so a test sees the
change being made before it is committed.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT

# A fixed identity, so commits in scratch repositories need no configuration of the machine.
IDENTITY = ["-c", "user.name=toc tests", "-c", "user.email=tests@example.org",
            "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false"]


def git(*args: str, cwd: Path) -> str:
    """Run git in `cwd`; a failure fails the test with git's own words."""
    result = subprocess.run(["git", *IDENTITY, *args], cwd=cwd, capture_output=True, text=True)
    assert result.returncode == 0, f"git {' '.join(args)}: {result.stderr}"
    return result.stdout


def copy_checkout(target: Path) -> Path:
    """Copy the repository's files into `target` (created) and return it."""
    listing = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                             cwd=ROOT, capture_output=True, text=True)
    if listing.returncode != 0:
        pytest.skip("this is not a git checkout (e.g. an unpacked source archive), so there is "
                    "no clone to copy")
    target.mkdir(parents=True, exist_ok=True)
    for name in listing.stdout.split("\0"):
        source = ROOT / name
        if name and (source.is_file() or source.is_symlink()):  # a deleted file is listed until committed
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name, follow_symlinks=False)
    return target


def scratch_repository(target: Path, tag: str | None = None) -> Path:
    """A git repository on `main` whose one commit holds a copy of this repository."""
    copy_checkout(target)
    git("init", "-q", "-b", "main", cwd=target)
    git("add", "-A", cwd=target)
    git("commit", "-q", "-m", "A copy of toc", cwd=target)
    if tag:
        git("tag", "-a", tag, "-m", f"toc {tag}", cwd=target)
    return target
