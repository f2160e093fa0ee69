"""The formatter: a .toc file in its canonical layout, proved to lose nothing before it is used.

`format_text` is what the command line and the language server call; the layout
is in `printer`, the comment placement in `comments`, and the proof in `safety`.
"""

from __future__ import annotations

from dataclasses import dataclass

from toc.fmt import printer
from toc.fmt.conventions import from_text, restore_text
from toc.fmt.safety import UnsafeFormat, prove
from toc.language.diagnostics import Diagnostic, errors_of
from toc.language.load import Loaded, Reader, load

__all__ = ["Formatted", "NotParsed", "UnsafeFormat", "format_text"]


class NotParsed(Exception):
    """The text has syntax errors, so it cannot be formatted (and must not be touched)."""

    def __init__(self, loaded: Loaded, errors: list[Diagnostic]) -> None:
        super().__init__(errors[0].message)
        self.loaded = loaded
        self.errors = errors


@dataclass(frozen=True)
class Formatted:
    """A text and its canonical layout (with the original's BOM and line endings)."""

    original: str
    text: str
    lang: str

    @property
    def changed(self) -> bool:
        return self.text != self.original


def format_text(text: str, path: str = "<stdin>", *, lang: str | None = None,
                read: Reader | None = None) -> Formatted:
    """Return the canonical layout of a theory's text.

    Raises NotParsed when the text has syntax errors and UnsafeFormat when the
    layout fails its proof (see toc.fmt.safety); either way nothing may be written.
    `read` resolves `use` includes, so that the models compared are the whole theory.
    """
    body, conventions = from_text(text)
    before = load(body, path, lang=lang, read=read)
    errors = errors_of(before.documents[path].diagnostics)
    if errors:
        raise NotParsed(before, errors)
    formatted = printer.print_document(before.documents[path])
    after = load(formatted, path, lang=before.lang, read=read)
    prove(before, after, path, formatted, printer.print_document)
    return Formatted(text, restore_text(formatted, conventions), before.lang)
