"""The nearest configuration (toc.toml, or pyproject.toml with `[tool.toc]`) and its reading settings."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

from toc.disk.read import read_bytes
from toc.language.access import Access, SettingsProblem

# In one folder, a toc.toml wins over pyproject.toml (it exists for nothing else).
CONFIG_FILES = ("toc.toml", "pyproject.toml")
# A configuration is a few lines; a larger one is not a configuration.
_MAX_CONFIG_SIZE = 1_000_000


def read_toml(path: Path) -> dict[str, Any]:
    """Parse a configuration file (regular, of a sensible size); a problem is a SettingsProblem."""
    try:
        return tomllib.loads(read_bytes(str(path), _MAX_CONFIG_SIZE).decode("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as problem:
        reason = getattr(problem, "strerror", None) or str(problem)
        raise SettingsProblem("lint.config.unreadable", origin=str(path), reason=reason) from None


def toc_table(data: dict[str, Any], file_name: str) -> dict[str, Any] | None:
    """toc's settings in a parsed file: `[tool.toc]`, or all of a toc.toml; None when a pyproject has none."""
    table = data.get("tool", {}).get("toc")
    if file_name == "pyproject.toml":
        return table if isinstance(table, dict) else None
    return table if isinstance(table, dict) else data


def nearest(file: str) -> tuple[Path, dict[str, Any]] | None:
    """The configuration nearest to a file (its folder, then upwards) and its parsed contents."""
    start = Path.cwd() if file == "-" or file.startswith("<") else Path(file).resolve().parent
    for folder in (start, *start.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file():
                data = read_toml(candidate)
                if toc_table(data, name) is not None:
                    return candidate, data
    return None


def find_access(file: str) -> Access:
    """The reading settings for a theory: from its nearest configuration, else the defaults.

    They are always taken from the nearest configuration (not from `toc lint --config`),
    so that every command and the editor accept the same includes.
    """
    found = nearest(file)
    if found is None:
        return Access()
    path, data = found
    table = toc_table(data, path.name) or {}
    access = Access.from_mapping(table, str(path), str(path.parent))
    if access.root is not None and not os.path.isdir(access.root):
        raise SettingsProblem("read.settings.no_root", origin=str(path), root=table["root"])
    return access
