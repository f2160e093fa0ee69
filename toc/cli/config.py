"""Finding and reading the lint configuration: the nearest toc.toml or pyproject.toml with `[tool.toc]`."""

from __future__ import annotations

from pathlib import Path

from toc.disk.settings import nearest, read_toml
from toc.language.access import SettingsProblem
from toc.lint.config import Config, ConfigError, from_toml


def read_config(path: Path) -> Config | None:
    """Read one configuration file; None for a pyproject.toml without `[tool.toc]`."""
    return from_toml(_parsed(path), path.name, str(path))


def find_config(file: str) -> Config:
    """Return the configuration nearest to a file (searching its folder, then upwards)."""
    try:
        found = nearest(file)
    except SettingsProblem as problem:
        raise ConfigError(problem.key, **problem.values) from None
    if found is None:
        return Config()
    path, data = found
    return from_toml(data, path.name, str(path)) or Config()


def _parsed(path: Path) -> dict:
    try:
        return read_toml(path)
    except SettingsProblem as problem:
        raise ConfigError(problem.key, **problem.values) from None
