"""The documentation that comes with toc: docs/*.md of a checkout, or their copy in toc/docs of a wheel."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

# A page in another language than English carries it before its extension: language.nl.md.
_TRANSLATED = ("nl",)


@dataclass(frozen=True)
class Topic:
    """One subject of the documentation (`language`, `rules`, ...) and its page in each language there is."""

    name: str
    pages: dict[str, Path]

    def page(self, lang: str) -> tuple[Path, str]:
        """The page in a language, else the English one; and the language it is in."""
        if lang in self.pages:
            return self.pages[lang], lang
        return self.pages["en"], "en"


def docs_folder() -> Path:
    """The folder of the pages: inside the installed package, or docs/ beside it in a checkout."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "docs", package.parent / "docs"):
        if (candidate / "language.md").is_file():
            return candidate
    raise FileNotFoundError("the documentation is missing from this installation of toc")


@cache
def topics() -> dict[str, Topic]:
    """Every topic by name, in alphabetical order."""
    found: dict[str, dict[str, Path]] = {}
    for path in sorted(docs_folder().glob("*.md")):
        stem = path.name[: -len(".md")]
        name, _, lang = stem.rpartition(".")
        if not name or lang not in _TRANSLATED:
            name, lang = stem, "en"
        found.setdefault(name, {})[lang] = path
    return {name: Topic(name, pages) for name, pages in found.items() if "en" in pages}
