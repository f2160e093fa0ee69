"""Git for the review action: where a pull request branched off, the theories it changed, and their lines."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass

# How far a shallow checkout is deepened, step by step, in search of the merge base; after
# the last step the whole history is fetched.
_DEEPEN_STEPS = (32, 256, 2048)
# Plain git output, whatever the repository configures: no external diff tool, no
# textconv (docs/diff.md suggests `toc diff --textconv` for .toc files, which would
# change the line numbers), no colour.
_PLAIN = ("--no-ext-diff", "--no-textconv", "--no-color")
# A hunk header of `git diff -U0`: `@@ -old_start[,count] +new_start[,count] @@`.
_HUNK = re.compile(r"^@@ -[0-9,]+ \+([0-9]+)(?:,([0-9]+))? @@", re.MULTILINE)


@dataclass(frozen=True)
class Changed:
    """A theory the pull request adds or changes: its path, its path at the base, its new lines."""

    path: str
    old_path: str | None  # None for a theory the pull request adds
    lines: frozenset[int] | None  # None: every line is new


def git(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], capture_output=True, text=True)


def _has_commit(revision: str) -> bool:
    return git("cat-file", "-e", f"{revision}^{{commit}}").returncode == 0


def merge_base(base: str) -> str | None:
    """The commit where HEAD's history meets `base`, fetching history a shallow checkout lacks.

    actions/checkout fetches one commit by default; the base commit and the history back to
    the fork point are fetched from `origin` in growing steps. None when there is no
    common history or the base cannot be fetched.
    """
    head = git("rev-parse", "HEAD").stdout.strip()
    if not _has_commit(base):
        git("fetch", "--no-tags", "--quiet", "--depth=1", "origin", base)
    if not _has_commit(base):
        return None
    for step in (*_DEEPEN_STEPS, None):
        found = git("merge-base", base, "HEAD")
        if found.returncode == 0:
            return found.stdout.strip()
        if git("rev-parse", "--is-shallow-repository").stdout.strip() != "true":
            return None
        more = f"--deepen={step}" if step else "--unshallow"
        git("fetch", "--no-tags", "--quiet", more, "origin", base, head)
    found = git("merge-base", base, "HEAD")
    return found.stdout.strip() if found.returncode == 0 else None


def changed_theories(base: str) -> list[Changed]:
    """The .toc files that differ between `base` and HEAD (added, changed or renamed)."""
    listing = git("diff", *_PLAIN, "-z", "--name-status", "-M", "--diff-filter=ACMR", base, "HEAD",
                  "--", "*.toc")
    if listing.returncode != 0:
        raise LookupError(listing.stderr.strip())
    fields = listing.stdout.split("\0")
    found, position = [], 0
    while position < len(fields) and fields[position]:
        status = fields[position]
        old: str | None
        if status[0] in "RC":  # a rename or copy names the old path, then the new one
            old, new = fields[position + 1], fields[position + 2]
            position += 3
        else:
            old, new = (None if status == "A" else fields[position + 1]), fields[position + 1]
            position += 2
        if new.endswith(".toc"):
            found.append(Changed(new, old, None if old is None else _new_lines(base, old, new)))
    return sorted(found, key=lambda changed: changed.path)


def _new_lines(base: str, old: str, new: str) -> frozenset[int]:
    """The line numbers in `new` that the pull request wrote (added or changed)."""
    diff = git("diff", *_PLAIN, "-U0", "-M", base, "HEAD", "--", old, new).stdout
    lines: set[int] = set()
    for start, count in _HUNK.findall(diff):
        lines.update(range(int(start), int(start) + int(count or 1)))
    return frozenset(lines)


def tracked_theories() -> list[str]:
    """Every .toc file git tracks in the work tree."""
    listing = git("ls-files", "-z", "--", "*.toc").stdout.split("\0")
    return sorted(name for name in listing if name.endswith(".toc"))


def short(revision: str) -> str:
    """A commit's abbreviated name, for people."""
    return git("rev-parse", "--short", revision).stdout.strip() or revision[:12]
