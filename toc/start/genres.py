"""The genre examples a theory can start from: where they are, their names, a copy that says its origin."""

from __future__ import annotations

from pathlib import Path

from toc import i18n
from toc.start.draft import comment

SUFFIX = ".toc"


def genre_folder() -> Path:
    """examples/genres in a source checkout, or its copy inside an installed wheel."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "genres", package.parent / "examples" / "genres"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("examples/genres is missing from this installation of toc")


def genres() -> dict[str, Path]:
    """Every genre by its name (the file name without .toc), in alphabetical order."""
    return {path.stem: path for path in sorted(genre_folder().glob(f"*{SUFFIX}"))}


def describe(name: str, lang: str) -> str:
    """What a genre is, in one line."""
    return i18n.text(f"new.genre.{name}", lang)


def adapted(text: str, name: str, lang: str) -> str:
    """A genre example as a writer's first file: a note on top says where it came from and what to do."""
    note = comment(i18n.text("new.from", lang, genre=describe(name, lang), name=name))
    return "\n".join(note) + "\n\n" + text
