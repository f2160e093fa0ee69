"""Reading theories from the disk: regular files only, bounded in size, includes only inside the project."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable

from toc.disk.paths import is_pseudo_file
from toc.language.access import (
    Access,
    NotRegularFile,
    OutsideProject,
    TooLarge,
    check_include,
    inside,
    size_words,
)
from toc.language.source import decode

Reader = Callable[[str], str]
# Returns the text of an editor buffer for a file path, or None when it is not open.
OpenText = Callable[[str], "str | None"]
# Open without waiting (a named pipe with no writer would block the open itself),
# without making a terminal ours, and without leaking the descriptor to children.
_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
               | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
_CHUNK = 1 << 16


def read_bytes(path: str, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; anything else is refused before reading.

    The size is taken from the open file, so it is the file that is read; and the
    read stops after `limit + 1` bytes, so a file that grows meanwhile is refused too.
    """
    if is_pseudo_file(path):
        raise NotRegularFile(path)
    handle = os.open(path, _OPEN_FLAGS)
    try:
        status = os.fstat(handle)
        if not stat.S_ISREG(status.st_mode):
            raise NotRegularFile(path)
        if status.st_size > limit:
            raise TooLarge(path, limit=size_words(limit))
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(handle, min(_CHUNK, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(handle)
    if size > limit:
        raise TooLarge(path, limit=size_words(limit))
    return b"".join(chunks)


def read_stdin(limit: int) -> bytes:
    """Standard input, at most `limit` bytes (a pipe has no size to look at first)."""
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        raise TooLarge("-", limit=size_words(limit))
    return data


def read_theory(path: str, access: Access, *, keep_bom: bool = False) -> str:
    """The text of a theory named on the command line ('-' is standard input)."""
    data = read_stdin(access.max_size) if path == "-" else read_bytes(path, access.max_size)
    return decode(data, keep_bom=keep_bom)


def theory_folder(main: str) -> str:
    """The folder a theory's includes must stay in: its own (standard input: the current folder)."""
    if main in ("-", "<stdin>") or main.startswith("<"):
        return os.getcwd()
    return os.path.dirname(os.path.abspath(main))


def include_reader(main: str, access: Access, *, fetch: Reader | None = None,
                   open_text: OpenText | None = None) -> Reader:
    """A reader for the files a theory includes, enforcing the include rule before reading.

    A `use` may name only .toc files inside the folder of the theory `main` or below,
    or inside the configured project root (toc.language.access); on the disk the
    check is made again on the real path, so a symbolic link cannot lead outside.
    `fetch` reads from elsewhere than the disk (a git revision): then only the names
    are checked. `open_text` gives an editor's unsaved buffer instead of the file.
    """
    folders = tuple(os.path.abspath(f) for f in access.folders(theory_folder(main)))
    real_folders = tuple(os.path.realpath(f) for f in folders)

    def read(path: str) -> str:
        target = os.path.abspath(path)
        check_include(target, folders)
        if fetch is not None:
            return fetch(path)
        if not inside(os.path.realpath(target), real_folders):
            raise OutsideProject(path)
        text = open_text(path) if open_text is not None else None
        if text is not None:
            if len(text) > access.max_size:
                raise TooLarge(path, limit=size_words(access.max_size))
            return text
        return decode(read_bytes(path, access.max_size))

    return read
