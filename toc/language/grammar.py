"""Where the grammar is: grammar/toc.lark in a source checkout, or its copy inside an installed wheel."""

from __future__ import annotations

from pathlib import Path


def grammar_path() -> Path:
    """Find grammar/toc.lark in an installed wheel or in a source checkout."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "grammar" / "toc.lark", package.parent / "grammar" / "toc.lark"):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError("grammar/toc.lark is missing from this installation of toc")
