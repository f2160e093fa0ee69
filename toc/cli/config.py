"""Finding and reading the lint configuration: the nearest toc.toml or pyproject.toml with `[tool.toc]`."""

from __future__ import annotations

import tomllib
from pathlib import Path

from toc.lint.config import Config, ConfigError, from_toml

# In one folder, a toc.toml wins over pyproject.toml (it exists for nothing else).
CONFIG_FILES = ("toc.toml", "pyproject.toml")


def read_config(path: Path) -> Config | None:
    """Read one configuration file; None for a pyproject.toml without `[tool.toc]`."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as problem:
        raise ConfigError("lint.config.unreadable", origin=str(path), reason=str(problem)) from None
    return from_toml(data, path.name, str(path))


def find_config(file: str) -> Config:
    """Return the configuration nearest to a file (searching its folder, then upwards)."""
    start = Path.cwd() if file == "-" else Path(file).resolve().parent
    for folder in (start, *start.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file():
                config = read_config(candidate)
                if config is not None:
                    return config
    return Config()
