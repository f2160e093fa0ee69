"""The grammar's terminals without Lark: read once through the LALR parser, then kept in the user's cache.

Most runs of toc read a valid file and never need Lark (toc.language.descent
reads it), but every pattern of the language comes from the terminals of
grammar/toc.lark as Lark orders them. Building them takes Lark's import and its
grammar loader, so they are kept in a small JSON file in the user's cache
folder, under a key made of the grammar, the code that orders the terminals
and the installed Lark (each file's place, size and time of change); anything
amiss with that file means asking Lark again.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
from functools import lru_cache
from pathlib import Path

from toc.language.grammar import grammar_path
from toc.language.lexicon import Lexicon

# What orders the terminals: a change to it must not reuse a table made before.
_ORDERING_CODE = Path(__file__).with_name("parser.py")


def cache_folder() -> Path:
    """`$XDG_CACHE_HOME/toc`, else `~/.cache/toc`."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "toc"


def _key() -> str:
    """The grammar, the ordering code and Lark, each by where it is, its size and its time of change."""
    spec = importlib.util.find_spec("lark")
    digest = hashlib.sha256()
    for path in (str(grammar_path()), str(_ORDERING_CODE), spec.origin if spec else None):
        if path and os.path.exists(path):
            found = os.stat(path)
            digest.update(f"{path}:{found.st_size}:{found.st_mtime_ns};".encode())
    return digest.hexdigest()[:32]


def _from_lark() -> tuple[list[tuple[str, str]], list[str]]:
    from toc.language.parser import terminal_table

    terminals, ignored = terminal_table()
    return list(terminals), list(ignored)


def _read(path: Path) -> tuple[list[tuple[str, str]], list[str]] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        terminals = [(str(name), str(regex)) for name, regex in data["terminals"]]
        return terminals, [str(name) for name in data["ignored"]]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write(path: Path, terminals: list[tuple[str, str]], ignored: list[str]) -> None:
    """Keep the table for the next run; a folder that cannot be written only costs that."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        partial.write_text(json.dumps({"terminals": terminals, "ignored": ignored}), encoding="utf-8")
        os.replace(partial, path)
    except OSError:
        pass


@lru_cache(maxsize=1)
def terminal_table() -> tuple[tuple[tuple[str, str], ...], frozenset[str]]:
    """The terminals in the order the lexer tries them, and those it skips."""
    try:
        path: Path | None = cache_folder() / f"terminals-{_key()}.json"
    except OSError:
        path = None
    found = _read(path) if path is not None else None
    if found is None:
        found = _from_lark()
        if path is not None:
            _write(path, *found)
    terminals, ignored = found
    return tuple((name, regex) for name, regex in terminals), frozenset(ignored)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The grammar's terminals and the patterns derived from them, for whoever needs the text's shape."""
    terminals, ignored = terminal_table()
    return Lexicon.build(dict(terminals), ignored)
