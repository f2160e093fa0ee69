#!/usr/bin/env python3
"""Tag a release: check that every statement of the version agrees, then create the annotated tag.

Usage, on the main branch with everything committed:
  python scripts/release.py            check, then tag HEAD as v<version> (the changelog entry as message)
  python scripts/release.py --check    only check
It never pushes; it prints the command that does. Exit status: 0 tagged (or checked), 1 refused.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.versions import disagreements, package_version  # noqa: E402


def git(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=ROOT, input=stdin, capture_output=True, text=True)


def changelog_entry(version: str) -> str:
    """The text of the changelog's entry for `version`, without its heading."""
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    found = re.search(rf"^## \[{re.escape(version)}\][^\n]*\n(.*?)(?=^## \[|\Z)", text,
                      re.MULTILINE | re.DOTALL)
    return found.group(1).strip() if found else ""


def problems(version: str, tag: str, branch: str) -> list[str]:
    """Everything that stands in the way of tagging HEAD as `tag`."""
    found = disagreements(ROOT)
    if not changelog_entry(version):
        found.append(f"CHANGELOG.md has no entry for {version}")
    if git("status", "--porcelain", "--untracked-files=no").stdout.strip():
        found.append("the work tree has uncommitted changes, which the tag would not hold")
    current = git("symbolic-ref", "--quiet", "--short", "HEAD").stdout.strip()
    if current != branch:
        found.append(f"HEAD is on {current or 'no branch'}, not on {branch}")
    if git("rev-parse", "--quiet", "--verify", f"refs/tags/{tag}").returncode == 0:
        found.append(f"the tag {tag} exists already")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check, create no tag")
    parser.add_argument("--branch", default="main", help="the branch a release is tagged on (default: main)")
    args = parser.parse_args()
    version = package_version(ROOT)
    tag = f"v{version}"
    found = problems(version, tag, args.branch)
    for problem in found:
        print(f"release: {problem}", file=sys.stderr)
    if found:
        return 1
    if args.check:
        print(f"release: every statement says {version}; ready to tag {tag}")
        return 0
    message = f"toc {version}\n\n{changelog_entry(version)}\n"
    tagged = git("tag", "--annotate", "--file=-", "--cleanup=verbatim", tag, stdin=message)
    if tagged.returncode != 0:
        print(f"release: git tag failed: {tagged.stderr.strip()}", file=sys.stderr)
        return 1
    print(f"release: tagged {git('rev-parse', '--short', 'HEAD').stdout.strip()} as {tag}; "
          f"publish it with: git push origin {tag}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
