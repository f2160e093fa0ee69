"""Re-run a command whenever a theory, a file it includes, or a watched folder changes."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Generator
from pathlib import Path
from typing import TYPE_CHECKING

import click

from toc import i18n
from toc.cli.common import UsageProblem, error_line, run_safely, tell

if TYPE_CHECKING:
    from watchfiles import Change

Echo = Callable[[str], None]


def _resolve(path: str | Path) -> Path:
    return Path(os.path.abspath(path))


def included_files(path: str) -> set[Path]:
    """The file itself and every file it includes with `use`, as far as they can be read.

    Read anew before each wait, so a `use` line added while watching is followed too.
    """
    from toc.cli.files import load_file

    found = {_resolve(path)}
    try:
        # The same reading as the command's own: includes only inside the project.
        loaded, _ = load_file(path, None)
    except UsageProblem:
        return found  # a broken configuration is told by the command itself
    if loaded is None:
        return found  # a missing or broken file is still watched, for when it comes back
    return found | {_resolve(source) for source in loaded.sources}


class Watched:
    """What to look at: single files (with their includes) and whole folders of .toc files."""

    def __init__(self, paths: list[str], lang: str = "en") -> None:
        if not paths or "-" in paths:
            raise UsageProblem(i18n.text("watch.stdin", lang))
        self.folders = {_resolve(p) for p in paths if os.path.isdir(p)}
        self.paths = [p for p in paths if not os.path.isdir(p)]
        for path in self.paths:
            if not _resolve(path).parent.is_dir():
                raise UsageProblem(i18n.text("watch.no_folder", lang, path=path))
        self.files: set[Path] = set()
        self.refresh()

    def refresh(self) -> bool:
        """Find the files to watch again; tell whether the set changed."""
        files = set().union(*(included_files(p) for p in self.paths)) if self.paths else set()
        changed = files != self.files
        self.files = files
        return changed

    def roots(self) -> list[Path]:
        """The folders to ask the system about: watched folders and the folders of files.

        A file's folder is watched rather than the file, because editors often save by
        writing a new file and renaming it over the old one.
        """
        parents = {f.parent for f in self.files if f.parent.is_dir()}
        return sorted(self.folders | {p for p in parents
                                      if not any(p.is_relative_to(f) for f in self.folders)})

    def __call__(self, change: Change, path: str) -> bool:
        """The filter for file events: only watched files and .toc files in watched folders."""
        target = _resolve(path)
        if target in self.files:
            return True
        return target.suffix == ".toc" and any(target.is_relative_to(f) for f in self.folders)

    def describe(self) -> str:
        names = [os.path.relpath(f) for f in sorted(self.files)]
        names += [os.path.relpath(f) + os.sep for f in sorted(self.folders)]
        return ", ".join(names)


def _run(run: Callable[[], int], echo: Echo, lang: str) -> None:
    """Run once; a failure is shown and watching goes on."""
    try:
        run()
    except SystemExit:
        pass  # a command body that exits has already said why
    except click.ClickException as problem:
        echo(error_line(problem.format_message()))
    except Exception as problem:  # noqa: BLE001 - keep watching after any failure
        echo(i18n.text("watch.crashed", lang, error=f"{type(problem).__name__}: {problem}"))


def _changes(watched: Watched, stop: threading.Event, force_polling: bool | None
             ) -> Generator[set[tuple[Change, str]], None, None]:
    """Batches of relevant file changes, until stopped or interrupted."""
    from watchfiles import watch as watch_files

    recursive = bool(watched.folders)
    yield from watch_files(*watched.roots(), watch_filter=watched, stop_event=stop,
                           raise_interrupt=False, recursive=recursive,
                           force_polling=force_polling)


def watch(paths: list[str], run: Callable[[], int], *, stop: threading.Event | None = None,
          lang: str = "en", echo: Echo | None = None, force_polling: bool | None = None) -> int:
    """Run `run` now and again after every change to the watched files; return 0 when stopped.

    `paths` are files (their `use` includes are followed) or folders (every .toc file in
    them). Ctrl-C or setting `stop` ends watching. A run that fails or crashes is reported
    and watching goes on: the user fixes the file and saves again.
    """
    echo = echo or tell
    stop = stop or threading.Event()
    watched = Watched(paths, lang)
    try:
        _run(run, echo, lang)
        while not stop.is_set():
            echo(i18n.text("watch.watching", lang, files=watched.describe()))
            changes = _changes(watched, stop, force_polling)
            restart = False
            for batch in changes:
                names = sorted({os.path.relpath(path) for _, path in batch})
                echo(i18n.text("watch.changed", lang, files=", ".join(names)))
                _run(run, echo, lang)
                # A `use` line was added or removed: watch the new set of files.
                restart = watched.refresh()
                if restart:
                    break
            changes.close()
            if not restart:
                break  # the watcher ended: stopped, or Ctrl-C
    except KeyboardInterrupt:
        pass
    echo(i18n.text("watch.stopped", lang))
    return 0


# For commands: `@WATCH_OPTION` on the command, then `run_or_watch(body, paths, watch_)`
# instead of `run_safely(body)`.
WATCH_OPTION = click.option(
    "--watch", "watch_", is_flag=True,
    help="help.option.watch")


def run_or_watch(body: Callable[[], int], paths: list[str], watching: bool,
                 lang: str | None = None) -> None:
    """Run a command body once, or keep running it on every change; exits like run_safely."""
    if not watching:
        run_safely(body)
    run_safely(lambda: watch(paths, body, lang=lang or "en"))
