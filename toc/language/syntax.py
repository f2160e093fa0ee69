"""The syntax tree of a .toc file: statements as written, with their spans.

A large theory has hundreds of thousands of words, so the tree keeps each
word's place as a few numbers (marked as a position, which is not what was
written) and makes its span when asked; a statement's span is made from the
spans of its first and last parts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from toc.language.diagnostics import Diagnostic
from toc.model.span import Span

# The metadata of a field that says where something is written, not what: the formatter's
# proof that it changed nothing but layout leaves these out.
POSITION = {"position": True}
_new = tuple.__new__


def _place() -> Any:
    return field(metadata=POSITION)


def _token_span(file: str, line: int, column: int, start: int, width: int) -> Span:
    # A token never spans a line break.
    return _new(Span, (file, line, column, line, column + width, start, start + width))


def _from(first: Name, last: Span) -> Span:
    """From a word to the end of a span (the same as `join(first.span, last)`, one tuple fewer)."""
    return _new(Span, (first.file, first.line, first.column, last[3], last[4], first.start, last[6]))


def _through(first: Name, last: Name | Value) -> Span:
    """From one word to the end of another, on their lines."""
    width = len(last.raw) if isinstance(last, Value) else len(last.text)
    return _new(Span, (first.file, first.line, first.column, last.line, last.column + width,
                       first.start, last.start + width))


@dataclass(frozen=True, slots=True)
class Name:
    """A word as written (a keyword, an id or an attribute name) and where it stands."""

    text: str
    file: str = _place()
    line: int = _place()
    column: int = _place()
    start: int = _place()

    @property
    def span(self) -> Span:
        return _token_span(self.file, self.line, self.column, self.start, len(self.text))


@dataclass(frozen=True, slots=True)
class Value:
    """An attribute value: a name, a quoted text (already unescaped) or a number."""

    type: Literal["name", "string", "number"]
    raw: str
    text: str
    file: str = _place()
    line: int = _place()
    column: int = _place()
    start: int = _place()

    @property
    def span(self) -> Span:
        return _token_span(self.file, self.line, self.column, self.start, len(self.raw))


@dataclass(frozen=True, slots=True)
class Pair:
    """`key: value, value`"""

    key: Name
    values: tuple[Value, ...]

    @property
    def span(self) -> Span:
        return _through(self.key, self.values[-1])


@dataclass(frozen=True, slots=True)
class FlagItem:
    """A bare word inside braces, such as `unintended`."""

    word: Name

    @property
    def span(self) -> Span:
        return self.word.span


@dataclass(frozen=True, slots=True)
class TextItem:
    """A free text inside braces, such as a counterfactual's scenario."""

    value: Value

    @property
    def span(self) -> Span:
        return self.value.span


@dataclass(frozen=True, slots=True)
class Nested:
    """A statement inside braces, such as `indicator "..." { ... }`."""

    keyword: Name
    label: Value
    attributes: Attributes | None

    @property
    def span(self) -> Span:
        if self.attributes is not None:
            return _from(self.keyword, self.attributes.span)
        return _through(self.keyword, self.label)


Item = Pair | FlagItem | TextItem | Nested


@dataclass(frozen=True, slots=True)
class Attributes:
    """A braced list of attributes, flags, texts and nested statements."""

    items: tuple[Item, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class Header:
    """`theory "Label" { ... }` or `use "file.toc"`."""

    keyword: Name
    label: Value
    attributes: Attributes | None

    @property
    def span(self) -> Span:
        if self.attributes is not None:
            return _from(self.keyword, self.attributes.span)
        return _through(self.keyword, self.label)


@dataclass(frozen=True, slots=True)
class Declaration:
    """`kind id "Label" { ... }`."""

    keyword: Name
    id: Name
    label: Value
    attributes: Attributes | None

    @property
    def span(self) -> Span:
        if self.attributes is not None:
            return _from(self.keyword, self.attributes.span)
        return _through(self.keyword, self.label)


@dataclass(frozen=True, slots=True)
class Block:
    """`counterfactual [targets] { ... }`."""

    keyword: Name
    targets: tuple[Name, ...]
    attributes: Attributes

    @property
    def span(self) -> Span:
        return _from(self.keyword, self.attributes.span)


@dataclass(frozen=True, slots=True)
class LinkStatement:
    """`a, b -> c -| d { ... }`: groups of ids joined by arrows."""

    groups: tuple[tuple[Name, ...], ...]
    arrows: tuple[Name, ...]
    attributes: Attributes | None

    @property
    def span(self) -> Span:
        if self.attributes is not None:
            return _from(self.groups[0][0], self.attributes.span)
        return _through(self.groups[0][0], self.groups[-1][-1])


Statement = Header | Declaration | Block | LinkStatement


@dataclass(frozen=True, slots=True)
class Comment:
    """A `#` comment and where it stands."""

    text: str
    span: Span


@dataclass
class Document:
    """One parsed file: its statements, comments and what went wrong in parsing."""

    path: str
    statements: list[Statement] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    # Ids that seem declared in parts of the file that could not be parsed,
    # so that the builder does not report them as unknown a second time.
    unparsed_ids: set[str] = field(default_factory=set)
    # Where a name is glued to a text before it: reported once, as a quote inside a text.
    glued: set[int] = field(default_factory=set)
