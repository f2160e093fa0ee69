"""Writing a file whole or not at all: the one place where toc replaces a file's contents."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path


def write_atomically(path: str | Path, data: bytes) -> None:
    """Replace a file's bytes in one step, or leave it as it was.

    The bytes go to a temporary file in the same folder, are flushed to disk, and
    the temporary file is then renamed over the target, so a crash or a full disk
    leaves either the old file or the new one, never half of each (and no
    temporary file). A symlink keeps pointing at its file; a replaced file keeps
    its permissions, and a new one gets the usual ones under the umask.
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
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


class NotReplaceable(OSError):
    """A file that toc must not replace: read-only, or one of several hard links."""


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
