"""The formatter's proof that nothing was lost: same words, same model, same comments, stable."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable
from functools import cache
from typing import Any

from toc.language.diagnostics import errors_of
from toc.language.load import Loaded
from toc.language.syntax import Document
from toc.model.span import Span

# The checks in the order they run; each has a message `fmt.unsafe.<check>`.
CHECKS = ("parses", "words", "model", "findings", "comments", "stable")


class UnsafeFormat(Exception):
    """The formatted text failed a check, so it must not replace the original."""

    def __init__(self, check: str, detail: str = "") -> None:
        super().__init__(f"{check}: {detail}" if detail else check)
        self.check = check
        self.detail = detail


def prove(before: Loaded, after: Loaded, path: str, formatted: str,
          print_again: Callable[[Document], str]) -> None:
    """Raise UnsafeFormat unless `formatted` (loaded as `after`) is a faithful, stable layout.

    - it parses without errors;
    - its statements have the same words and values as before, in the same order;
    - it builds the same model, with the same findings (by code);
    - it has the same comments, with the same texts, in the same order;
    - formatting it again changes nothing.
    """
    original, result = before.documents[path], after.documents[path]
    problems = errors_of(result.diagnostics)
    if problems:
        raise UnsafeFormat("parses", problems[0].message)
    if not _same_words(original.statements, result.statements):
        raise UnsafeFormat("words", _first_difference(original.statements, result.statements))
    if before.theory != after.theory:
        raise UnsafeFormat("model")
    codes_before, codes_after = _codes(before), _codes(after)
    if codes_before != codes_after:
        changed = (codes_before - codes_after) + (codes_after - codes_before)
        raise UnsafeFormat("findings", ", ".join(sorted(changed)))
    texts_before, texts_after = comment_texts(original), comment_texts(result)
    if texts_before != texts_after:
        raise UnsafeFormat("comments", _missing_comment(texts_before, texts_after))
    if print_again(result) != formatted:
        raise UnsafeFormat("stable")


def comment_texts(document: Document) -> list[str]:
    """The texts of a document's comments in order; trailing spaces are layout, not content."""
    return [comment.text.rstrip() for comment in document.comments]


def _codes(loaded: Loaded) -> Counter[str]:
    return Counter(diagnostic.code for diagnostic in loaded.diagnostics)


def _same_words(before: Any, after: Any) -> bool:
    """Tell whether two syntax trees say the same, wherever it is written (spans are ignored)."""
    if type(before) is not type(after):
        return False
    if isinstance(before, (list, tuple)):
        return len(before) == len(after) and all(map(_same_words, before, after))
    names = _fields(type(before))
    if names is None:
        return before == after
    return all(_same_words(getattr(before, name), getattr(after, name)) for name in names)


@cache
def _fields(kind: type) -> tuple[str, ...] | None:
    """The fields of a syntax class that say what was written (not where); None for plain values."""
    if not dataclasses.is_dataclass(kind):
        return None
    return tuple(f.name for f in dataclasses.fields(kind)
                 if f.type not in ("Span", Span) and not f.metadata.get("position"))


def _first_difference(before: list, after: list) -> str:
    """Name the first statement whose words changed, by its line in the original."""
    for old, new in zip(before, after):
        if not _same_words(old, new):
            return str(old.span.line)
    if len(before) > len(after):
        return str(before[len(after)].span.line)
    return str(before[-1].span.end_line if before else 1)


def _missing_comment(before: list[str], after: list[str]) -> str:
    """Quote the first comment that was lost or changed (or the first one added)."""
    for old, new in zip(before, after):
        if old != new:
            return old
    return before[len(after)] if len(before) > len(after) else after[len(before)]
