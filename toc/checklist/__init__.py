"""`toc checklist`: the critique checklist a reviewer takes into a meeting, in Markdown.

`make_checklist(loaded)` returns the Markdown text of a valid theory's checklist.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from toc.checklist.assemble import Checklist, assemble
from toc.checklist.items import TOPICS, rule_names
from toc.checklist.markdown import render

if TYPE_CHECKING:
    from toc.language.load import Loaded

__all__ = ["TOPICS", "Checklist", "assemble", "make_checklist", "render",
           "rule_names"]


def make_checklist(loaded: Loaded, file: str = "<stdin>", lang: str | None = None) -> str:
    """Return the checklist of a valid theory as Markdown, in `lang` or the theory's language."""
    return render(assemble(loaded, file), lang or loaded.lang)
