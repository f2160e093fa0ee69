"""Rename an id everywhere it is written, or refuse with a reason in the user's language."""

from __future__ import annotations

from collections.abc import Iterable

from toc import i18n
from toc.language.parser import UNPARSED_CODES
from toc.language.syntax import Document
from toc.language.terminals import lexicon
from toc.lsp.occurrences import Occurrence, Occurrences
from toc.model.span import Span


class RenameRefused(Exception):
    """A rename that would break the theory; the message says why, in the user's language."""


def rename_spans(documents: Iterable[Document], target: Occurrence, new_name: str,
                 lang: str, index: Occurrences | None = None) -> dict[str, list[Span]]:
    """Every span to rewrite, by file, to rename `target` to `new_name`; raise if not allowed.

    `index` is the documents' index of ids; without it one is made.
    """
    documents = list(documents)
    if any(d.code in UNPARSED_CODES for document in documents for d in document.diagnostics):
        # Statements that did not parse are not in the syntax tree: their uses of the
        # id would be missed, and the rename would leave broken references behind.
        raise RenameRefused(i18n.text("lsp.rename.syntax", lang))
    if not lexicon().is_name(new_name):
        raise RenameRefused(i18n.text("lsp.rename.invalid", lang, name=new_name))
    if new_name == target.name:
        return {}
    index = index or Occurrences(documents, "")
    if new_name in index.by_name:
        raise RenameRefused(i18n.text("lsp.rename.taken", lang, name=new_name))
    spans: dict[str, list[Span]] = {}
    for occurrence in index.by_name.get(target.name, []):
        spans.setdefault(occurrence.span.file, []).append(occurrence.span)
    return spans
