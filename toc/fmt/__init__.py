"""The formatter: a .toc file in its canonical layout, proved to lose nothing before it is used.

`format_text` is what the command line and the language server call; the layout
is in `printer`, the comment placement in `comments`, and the proof in `safety`.
"""

from __future__ import annotations

from dataclasses import dataclass

from toc.fmt import printer
from toc.fmt.conventions import from_text, restore_text
from toc.fmt.safety import UnsafeFormat, meant, prove_meaning, prove_text, written
from toc.language.diagnostics import Diagnostic, errors_of
from toc.language.load import Loaded, Reader, load
from toc.language.source import Source
from toc.language.syntax import Document

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
                read: Reader | None = None, loaded: Loaded | None = None) -> Formatted:
    """Return the canonical layout of a theory's text.

    Raises NotParsed when the text has syntax errors and UnsafeFormat when the
    layout fails its proof (see toc.fmt.safety); either way nothing may be written.
    `read` resolves `use` includes, so that the models compared are the whole theory.
    `loaded` is a load of this text the caller has already made (an editor has).

    A text already in its canonical layout is printed back as it is, and then
    there is nothing to prove: the proof's second load would read the very same
    text. So formatting such a file costs one load and one printing.
    """
    body, conventions = from_text(text)
    loaded_by_caller = loaded
    if loaded is None or path not in loaded.sources or loaded.sources[path].text != body:
        loaded = load(body, path, lang=lang, read=read)
    before = loaded
    errors = errors_of(before.documents[path].diagnostics)
    if errors:
        raise NotParsed(before, errors)
    formatted = printer.print_document(before.documents[path])
    if formatted == body:
        return Formatted(text, restore_text(formatted, conventions), before.lang)
    del body
    # What the proof needs of the original, kept small: its words and comments, a digest
    # of its model, its findings. The original tree and model go before the new text is
    # loaded, so that a large theory is never in memory twice over.
    original, meaning, lang = [written(before.documents[path])], meant(before), before.lang
    del before, loaded, loaded_by_caller

    def parsed(result: Document, source: Source) -> None:
        prove_text(original.pop(), result, formatted, printer.print_document)

    after = load(formatted, path, lang=lang, read=read, on_parsed=parsed)
    prove_meaning(meaning, after)
    return Formatted(text, restore_text(formatted, conventions), lang)
