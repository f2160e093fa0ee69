"""Theories at a git revision: `plan.toc@HEAD~1`, and the theories changed since a revision.

Files are read with `git show REVISION:PATH`, the files a theory includes at the
same revision, so an old version is read as it was committed.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from toc.cli.common import print_diagnostics
from toc.cli.files import access_for, load_file
from toc.language.access import DEFAULT_MAX_SIZE, TooLarge, size_words

if TYPE_CHECKING:
    from toc.api import Loaded
    from toc.language.diagnostics import Diagnostic


class GitProblem(Exception):
    """git could not be run or could not read something: a catalogue key and its values."""

    def __init__(self, key: str, **values: str) -> None:
        super().__init__(key)
        self.key, self.values = key, values


@dataclass(frozen=True)
class Version:
    """One side of a comparison: a file in the work tree, or a file at a git revision."""

    path: str
    revision: str | None = None

    @property
    def name(self) -> str:
        return f"{self.path}@{self.revision}" if self.revision else self.path


def parse_version(argument: str) -> Version:
    """`plan.toc` is a file; `plan.toc@REV` that file at a revision (also `a@b.toc@REV`, `x@HEAD@{1}`).

    An existing file is always a file. Otherwise the first `@` after which the
    rest names a revision and before which stands an existing file wins, else the
    first `@` (a file that is gone from the work tree).
    """
    if argument == "-" or os.path.exists(argument) or "@" not in argument.strip("@"):
        return Version(argument)
    places = [i for i, char in enumerate(argument) if char == "@" and 0 < i < len(argument) - 1]
    if not places:
        return Version(argument)
    chosen = next((i for i in places if os.path.isfile(argument[:i])), places[0])
    return Version(argument[:chosen], argument[chosen + 1:])


def _git(*arguments: str, folder: str | None = None) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", *arguments], cwd=folder, capture_output=True, check=False,
                              timeout=120)
    except FileNotFoundError:
        raise GitProblem("diff.git.missing") from None


def _first_line(stderr: bytes) -> str:
    lines = [line.strip() for line in stderr.decode("utf-8", "replace").splitlines() if line.strip()]
    return (lines or ["no output"])[0].removeprefix("fatal: ")[:300]


def toplevel() -> str:
    """The root of the work tree the current folder is in."""
    return _toplevel(os.getcwd())


@cache
def _toplevel(folder: str) -> str:
    result = _git("rev-parse", "--show-toplevel", folder=folder)
    if result.returncode != 0:
        raise GitProblem("diff.git.no_repository", reason=_first_line(result.stderr))
    return result.stdout.decode("utf-8").strip()


def check_revision(revision: str) -> None:
    """A revision must not look like an option: git would read `--output=...` as one."""
    if not revision or revision.startswith("-"):
        raise GitProblem("diff.usage.revision", revision=revision)


def reader(revision: str, limit: int = DEFAULT_MAX_SIZE):  # noqa: ANN201 - a Reader, see toc.api
    """A function that reads a file (given as the theory spells it) at a revision.

    Its size is asked first, so a file over the limit is refused without being read.
    """
    check_revision(revision)

    def read(path: str) -> str:
        inside = Path(os.path.relpath(os.path.abspath(path), toplevel())).as_posix()
        size = _git("cat-file", "-s", f"{revision}:{inside}", folder=toplevel())
        if size.returncode == 0 and int(size.stdout.decode("ascii").strip() or 0) > limit:
            raise TooLarge(path, limit=size_words(limit))
        result = _git("show", f"{revision}:{inside}", folder=toplevel())
        if result.returncode != 0:
            reason = _first_line(result.stderr)
            if "does not exist in" in reason or "exists on disk, but not in" in reason:
                raise FileNotFoundError(path)
            error = OSError(reason)
            error.strerror = reason
            raise error
        return result.stdout.decode("utf-8-sig")

    return read


def changed_theories(revision: str, paths: tuple[str, ...]) -> list[str]:
    """The .toc files that differ between a revision and the work tree, as paths from here.

    Files changed, added (also not yet committed) or deleted count, each once, sorted.
    """
    check_revision(revision)
    spec = ["--", *(paths or ["."])]
    changed = _git("diff", "--name-only", "--relative", "--no-renames", revision, *spec)
    if changed.returncode != 0:
        raise GitProblem("diff.git.no_compare", revision=revision, reason=_first_line(changed.stderr))
    untracked = _git("ls-files", "--others", "--exclude-standard", *spec)
    names = changed.stdout.decode("utf-8").splitlines()
    names += untracked.stdout.decode("utf-8").splitlines() if untracked.returncode == 0 else []
    return sorted({name for name in names if name.endswith(".toc")})


def theories_here(paths: tuple[str, ...]) -> list[str]:
    """Every .toc file in the work tree under the paths, tracked or not (but not ignored)."""
    spec = ["--", *(paths or ["."])]
    found = _git("ls-files", "--cached", "--others", "--exclude-standard", *spec)
    names = found.stdout.decode("utf-8").splitlines() if found.returncode == 0 else []
    return sorted({name for name in names if name.endswith(".toc") and os.path.isfile(name)})


def load_version(version: Version, lang: str | None,
                 missing_is_empty: bool = False) -> tuple[Loaded | None, str]:
    """Load one version (a file, or a file at a revision) and print its problems, with its name.

    A missing file may stand for an empty theory (a theory added or deleted since
    a revision); a version with errors gives None.
    """
    from toc import i18n
    from toc.api import load

    read = reader(version.revision, access_for(version.path, lang).max_size) if version.revision else None
    loaded, diagnostics = load_file(version.path, lang, read=read, name=version.name)
    if loaded is None and missing_is_empty and any(d.name == "no-such-file" for d in diagnostics):
        name = i18n.text("diff.missing_side", lang or "en", name=version.name)
        return load("", version.path, lang=lang), name
    print_problems(diagnostics, loaded, version.revision)  # for a version that loaded: warnings only
    if loaded is None or not loaded.ok:
        return None, version.name
    return loaded, version.name


def print_problems(diagnostics: list[Diagnostic], loaded: Loaded | None, revision: str | None) -> None:
    """Diagnostics with the files of a version at a revision named `file@revision`."""
    if revision and loaded is not None:
        def at(span):  # noqa: ANN001, ANN202 - a Span or None
            return span._replace(file=f"{span.file}@{revision}") if span else span

        diagnostics = [replace(d, span=at(d.span),
                               related=tuple(replace(r, span=at(r.span)) for r in d.related))
                       for d in diagnostics]
        loaded = replace(loaded, sources={f"{k}@{revision}": v for k, v in loaded.sources.items()})
    print_diagnostics(diagnostics, loaded)
