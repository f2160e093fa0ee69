"""The one writer: every command that writes a file (or '-', standard output) goes through `write_output`.

It refuses what must never be written over (the theory being read and every
file it includes, any .toc file when the output is not a theory, anything that
is not a regular file), writes a file whole or not at all, and, for a command
that rewrites the file it read (`toc fmt`), refuses to replace it when its
contents changed meanwhile. `create_new` writes a file that must not exist yet
(`toc new`).
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from toc.disk.paths import leads_into_system_files

STDOUT = "-"


class WriteRefused(Exception):
    """A target toc must not write: a catalogue key (`write.*`) and the target."""

    def __init__(self, key: str, path: str) -> None:
        super().__init__(key)
        self.key, self.path = key, path

    def message(self, lang: str) -> str:
        from toc import i18n

        return i18n.text(self.key, lang, path=self.path)


class NotReplaceable(OSError):
    """A file that toc must not replace: read-only, or one of several hard links."""


def write_output(target: str, data: bytes, *, inputs: Iterable[str] = (),
                 theory: bool = False, expected: bytes | None = None) -> None:
    """Write `data` to a file, or to standard output when the target is '-'.

    `inputs` are the files the output was made from (the theory and its includes),
    which are never written over. Only a theory may be written to a .toc file
    (`theory`), and only when the file still holds `expected`, the bytes it was
    read with, just before the new text takes its place.
    """
    if target == STDOUT:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    refuse_target(target, inputs, theory=theory)
    write_atomically(target, data, expected=expected)


def refuse_target(target: str, inputs: Iterable[str] = (), *, theory: bool = False) -> None:
    """Raise WriteRefused when `target` must not be written (see write_output); '-' is always fine.

    Called before the work as well as by the writer, so that a refused target is
    told at once, not after a long layout.
    """
    if target == STDOUT:
        return
    if leads_into_system_files(target):
        raise WriteRefused("write.not_regular", target)
    path = Path(target)
    for source in inputs:
        if source.startswith("<"):
            continue
        same = path.resolve() == Path(source).resolve()
        if not same and path.exists() and Path(source).exists():
            same = path.samefile(source)
        if same:
            raise WriteRefused("write.is_input", target)
    if not theory and path.suffix.lower() == ".toc":
        raise WriteRefused("write.is_theory", target)
    with contextlib.suppress(FileNotFoundError):
        if not stat.S_ISREG(os.stat(target).st_mode):
            raise WriteRefused("write.not_regular", target)


def write_atomically(path: str | Path, data: bytes, *, expected: bytes | None = None) -> None:
    """Replace a file's bytes in one step, or leave it as it was.

    The bytes go to a temporary file in the same folder, are flushed to disk, and
    the temporary file is then renamed over the target, so a crash or a full disk
    leaves either the old file or the new one, never half of each (and no
    temporary file). A symlink keeps pointing at its file; a replaced file keeps
    its permissions, and a new one gets the usual ones under the umask. With
    `expected`, the target is read again right before the rename and must still
    hold exactly those bytes (WriteRefused `write.changed` otherwise).
    """
    target = os.path.realpath(path)
    folder, name = os.path.split(target)
    _refuse_to_break(target)
    mode = _mode_for(target)
    handle, temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder or ".")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        if expected is not None and not _still_holds(target, expected):
            raise WriteRefused("write.changed", str(path))
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def create_new(path: str, data: bytes) -> None:
    """Write a new file whole, or not at all; FileExistsError when something is already there.

    The bytes go to a temporary file in the same folder first, as in
    `write_atomically`; a hard link then gives it its name, which fails rather
    than replace a file that appeared meanwhile (a rename would replace it). On
    a file system without hard links, the file is created exclusively instead.
    """
    refuse_target(path, theory=True)
    folder = os.path.dirname(os.path.abspath(path))
    handle, temporary = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.", suffix=".tmp",
                                         dir=folder)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, _mode_for(path))
        try:
            os.link(temporary, path)
        except FileExistsError:
            raise
        except OSError:  # no hard links here (some network and FAT file systems)
            with open(path, "xb") as stream:
                stream.write(data)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def _still_holds(target: str, expected: bytes) -> bool:
    """Whether a file holds exactly `expected` now (an edit saved meanwhile would be lost)."""
    from toc.disk.read import read_bytes

    try:
        return read_bytes(target, len(expected)) == expected
    except OSError:  # gone, grown beyond the old size, or no longer a regular file
        return False


def _refuse_to_break(target: str) -> None:
    """Refuse what a rename would silently do wrong.

    Renaming over a file needs only the folder to be writable, so a read-only file
    would be replaced regardless of its mode, and a file with other hard links would
    be split from them (they would keep the old text).
    """
    try:
        status = os.stat(target)
    except FileNotFoundError:
        return
    if not status.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise NotReplaceable(13, "the file is read-only", target)
    if status.st_nlink > 1:
        raise NotReplaceable(31, "the file has other hard links, which would keep the old text",
                             target)


def _mode_for(target: str) -> int:
    """The mode of the file being replaced, or what a new file gets under the umask."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask
