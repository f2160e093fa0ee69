"""The formatter's proof that nothing was lost: same words, same model, same comments, stable."""

from __future__ import annotations

import dataclasses
import hashlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from toc.language.diagnostics import errors_of
from toc.language.load import Loaded
from toc.language.syntax import Document, Statement
from toc.model import Located, Theory
from toc.model.parts import POSITIONS
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
    original, result = written(before.documents[path]), after.documents[path]
    _parses(result)
    _words(original, result)
    prove_model(before, after)
    _comments(original, result)
    _stable(result, formatted, print_again)


@dataclass(frozen=True)
class Written:
    """What a document says, without where: each statement's words and first line, and its comments.

    Much smaller than the syntax tree, so that the formatter can let the original
    tree go before it parses the new text (a large theory would hold two trees,
    and two models, at once).
    """

    words: tuple[object, ...]
    lines: tuple[int, ...]
    comments: list[str]


def written(document: Document) -> Written:
    return Written(tuple(_words_of(s) for s in document.statements),
                   tuple(s.span.line for s in document.statements), comment_texts(document))


def prove_text(original: Written, result: Document, formatted: str,
               print_again: Callable[[Document], str]) -> None:
    """The checks of `prove` that need only the new syntax tree: parses, words, comments, stable."""
    _parses(result)
    _words(original, result)
    _comments(original, result)
    _stable(result, formatted, print_again)


def prove_model(before: Loaded, after: Loaded) -> None:
    """The checks of `prove` that need the two models: the same model, the same findings."""
    if before.theory != after.theory:
        raise UnsafeFormat("model")
    _findings(_codes(before), _codes(after))


@dataclass(frozen=True)
class Meant:
    """What a loaded theory means, without the theory: a digest of its model and its findings' codes.

    The formatter keeps this instead of the original model while it loads the new
    text, so that a large theory's two models are never in memory together.
    """

    digest: bytes
    codes: Counter[str]


def meant(loaded: Loaded) -> Meant:
    return Meant(meaning_digest(loaded.theory), _codes(loaded))


def prove_meaning(before: Meant, after: Loaded) -> None:
    """`prove_model` against what the original meant: the same model (by digest), the same findings."""
    if meaning_digest(after.theory) != before.digest:
        raise UnsafeFormat("model")
    _findings(before.codes, _codes(after))


def meaning_digest(theory: Theory) -> bytes:
    """A digest of everything a theory's equality compares: each field but positions and file names.

    Two theories are equal exactly when their digests are (short of a collision of
    SHA-256): a part's fields are written as `repr` writes them, which for nested
    parts (indicators) leaves out what their `repr` leaves out, their positions.
    """
    digest = hashlib.sha256()
    for name in _meaning_fields(Theory):
        value = getattr(theory, name)
        if isinstance(value, list) and value and isinstance(value[0], Located):
            digest.update(f"{name}[{len(value)}]".encode())
            fields = _meaning_fields(type(value[0]))
            for part in value:
                digest.update(repr(tuple(getattr(part, field) for field in fields)).encode())
        else:
            digest.update(f"{name}={value!r};".encode())
    return digest.digest()


@cache
def _meaning_fields(kind: type[Located]) -> tuple[str, ...]:
    skip = POSITIONS | {"files"} if kind is Theory else POSITIONS
    return tuple(name for name in kind.model_fields if name not in skip)


def _findings(codes_before: Counter[str], codes_after: Counter[str]) -> None:
    if codes_before != codes_after:
        changed = (codes_before - codes_after) + (codes_after - codes_before)
        raise UnsafeFormat("findings", ", ".join(sorted(changed)))


def _parses(result: Document) -> None:
    problems = errors_of(result.diagnostics)
    if problems:
        raise UnsafeFormat("parses", problems[0].message)


def _words(original: Written, result: Document) -> None:
    if not _same_words(original.words, result.statements):
        raise UnsafeFormat("words", _first_difference(original, result.statements))


def _comments(original: Written, result: Document) -> None:
    texts_after = comment_texts(result)
    if original.comments != texts_after:
        raise UnsafeFormat("comments", _missing_comment(original.comments, texts_after))


def _stable(result: Document, formatted: str, print_again: Callable[[Document], str]) -> None:
    if print_again(result) != formatted:
        raise UnsafeFormat("stable")


def comment_texts(document: Document) -> list[str]:
    """The texts of a document's comments in order; trailing spaces are layout, not content."""
    return [comment.text.rstrip() for comment in document.comments]


def _codes(loaded: Loaded) -> Counter[str]:
    return Counter(diagnostic.code for diagnostic in loaded.diagnostics)


def _same_words(before: tuple[object, ...], after: list[Statement]) -> bool:
    """Tell whether statements say the words written before, wherever they are written."""
    return len(before) == len(after) and all(
        words == _words_of(statement) for words, statement in zip(before, after))


def _words_of(node: object) -> object:
    """What a piece of syntax says, as nested tuples: its kind and its words, not where they stand."""
    if isinstance(node, (list, tuple)):
        return tuple(_words_of(item) for item in node)
    kind: type = type(node)  # as `type`: mypy holds type[object] unhashable (python/mypy#11470)
    names = _fields(kind)
    if names is None:
        return node
    if len(names) == 1:  # a word: its text
        return _words_of(getattr(node, names[0]))
    return (type(node).__name__, *(_words_of(getattr(node, name)) for name in names))


@cache
def _fields(kind: type) -> tuple[str, ...] | None:
    """The fields of a syntax class that say what was written (not where); None for plain values."""
    if not dataclasses.is_dataclass(kind):
        return None
    return tuple(f.name for f in dataclasses.fields(kind)
                 if f.type not in ("Span", Span) and not f.metadata.get("position"))


def _first_difference(before: Written, after: list[Statement]) -> str:
    """Name the first statement whose words changed, by its line in the original."""
    for number, (words, new) in enumerate(zip(before.words, after)):
        if words != _words_of(new):
            return str(before.lines[number])
    if len(before.words) > len(after):
        return str(before.lines[len(after)])
    return str(before.lines[-1] if before.lines else 1)


def _missing_comment(before: list[str], after: list[str]) -> str:
    """Quote the first comment that was lost or changed (or the first one added)."""
    for old, new in zip(before, after):
        if old != new:
            return old
    return before[len(after)] if len(before) > len(after) else after[len(before)]
