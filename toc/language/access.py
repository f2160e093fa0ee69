"""What toc may read: the include rule, the size limit, their settings, and the refusals that explain them.

The front ends read files (toc.disk); this module says which files they may read
and in which words a refusal is told, so that the command line, the language
server and `toc diff` at a git revision apply one rule. It does no I/O itself:
the front ends hand it absolute paths.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from toc import i18n

# A theory of 50,000 nodes is about 5 MB and takes seconds and hundreds of MB to
# load; a file far beyond that is not a theory someone wrote.
DEFAULT_MAX_SIZE = 8_000_000
# The settings of `[tool.toc]` (or toc.toml) that this module reads; the linter
# leaves them alone.
KEYS = ("root", "max-file-size")
# Only theories may be included: a `use` naming any other kind of file is refused.
THEORY_SUFFIX = ".toc"
_UNITS = {"": 1, "b": 1, "kb": 1000, "mb": 1000 ** 2, "gb": 1000 ** 3}
_DIGITS = "0123456789."


class Refused(OSError):
    """A file toc will not read, told before anything of it is read; `reason(lang)` says why."""

    key = "read.refused"

    def __init__(self, path: str, **values: Any) -> None:
        super().__init__(path)
        self.path, self.values = path, values
        self.strerror = self.reason()

    def reason(self, lang: str = "en") -> str:
        return i18n.text(self.key, lang, **self.values)


class NotRegularFile(Refused):
    """A folder, a named pipe, a device, or a system file (/proc, /sys) whose size says nothing."""

    key = "read.not_regular"


class TooLarge(Refused):
    """A file larger than the limit; the values hold the limit in words."""

    key = "read.too_large"


class OutsideProject(Refused):
    """An include outside the theory's folder and the configured project root."""

    key = "read.outside_project"


class NotATheory(Refused):
    """An include whose name does not end in .toc."""

    key = "read.not_a_theory"


class SettingsProblem(Exception):
    """A `root` or `max-file-size` setting that cannot be used: a catalogue key and its values."""

    def __init__(self, key: str, **values: Any) -> None:
        super().__init__(key)
        self.key, self.values = key, values

    def message(self, lang: str = "en") -> str:
        return i18n.text(self.key, lang, **self.values)


@dataclass(frozen=True)
class Access:
    """Where includes may come from (besides the theory's own folder) and how large a file may be."""

    root: str | None = None
    max_size: int = DEFAULT_MAX_SIZE
    origin: str | None = None

    @classmethod
    def from_mapping(cls, table: dict[str, Any], origin: str, folder: str) -> Access:
        """Read `root` (relative to the configuration's folder) and `max-file-size` from settings."""
        root = table.get("root")
        if root is not None and not isinstance(root, str):
            raise SettingsProblem("read.settings.root", origin=origin)
        size = table.get("max-file-size", DEFAULT_MAX_SIZE)
        return cls(None if root is None else os.path.normpath(os.path.join(folder, root)),
                   parse_size(size, origin), origin)

    def folders(self, theory_folder: str) -> tuple[str, ...]:
        """The absolute folders includes may come from: the theory's own and the project root."""
        return (theory_folder,) if self.root is None else (theory_folder, self.root)


def parse_size(value: object, origin: str) -> int:
    """A size in bytes from `8000000`, `"8 MB"`, `"500 kB"` (units of 1000, as disks count)."""
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    if isinstance(value, str):
        text = value.strip().lower()
        unit = text.lstrip(_DIGITS)
        try:
            size = int(float(text[: len(text) - len(unit)]) * _UNITS[unit.strip()])
        except (ValueError, KeyError):
            size = 0
        if size > 0:
            return size
    raise SettingsProblem("read.settings.size", origin=origin, value=str(value))


def size_words(size: int) -> str:
    """A size as people say it: '8 MB', '500 kB', '900 bytes'."""
    for unit, factor in (("GB", 1000 ** 3), ("MB", 1000 ** 2), ("kB", 1000)):
        if size >= factor:
            amount = size / factor
            return f"{amount:.0f} {unit}" if amount == int(amount) else f"{amount:.1f} {unit}"
    return f"{size} bytes"


def inside(path: str, folders: tuple[str, ...]) -> bool:
    """Whether an absolute, normalised path lies in one of the folders (or below)."""
    return any(path == folder or path.startswith(folder.rstrip(os.sep) + os.sep) for folder in folders)


def check_include(target: str, folders: tuple[str, ...]) -> None:
    """Refuse an include by its name alone: not a .toc file, or outside the allowed folders.

    `target` is the absolute, normalised path the `use` line names; the check reads
    nothing, so a refused file is never opened and nothing of it can be quoted.
    """
    if not target.lower().endswith(THEORY_SUFFIX):
        raise NotATheory(target)
    if not inside(target, folders):
        raise OutsideProject(target)
