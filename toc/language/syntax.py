"""The syntax tree of a .toc file: statements as written, with their spans."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from toc.model.span import Span


@dataclass(frozen=True, slots=True)
class Name:
    """A word as written (a keyword, an id or an attribute name) and where it stands."""

    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class Value:
    """An attribute value: a name, a quoted text (already unescaped) or a number."""

    type: Literal["name", "string", "number"]
    raw: str
    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class Pair:
    """`key: value, value`"""

    key: Name
    values: tuple[Value, ...]
    span: Span


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
    span: Span


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
    span: Span


@dataclass(frozen=True, slots=True)
class Declaration:
    """`kind id "Label" { ... }`."""

    keyword: Name
    id: Name
    label: Value
    attributes: Attributes | None
    span: Span


@dataclass(frozen=True, slots=True)
class Block:
    """`counterfactual [targets] { ... }`."""

    keyword: Name
    targets: tuple[Name, ...]
    attributes: Attributes
    span: Span


@dataclass(frozen=True, slots=True)
class LinkStatement:
    """`a, b -> c -| d { ... }`: groups of ids joined by arrows."""

    groups: tuple[tuple[Name, ...], ...]
    arrows: tuple[Name, ...]
    attributes: Attributes | None
    span: Span


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
    diagnostics: list = field(default_factory=list)
    # Ids that seem declared in parts of the file that could not be parsed,
    # so that the builder does not report them as unknown a second time.
    unparsed_ids: set[str] = field(default_factory=set)
    # Where a name is glued to a text before it: reported once, as a quote inside a text.
    glued: set[int] = field(default_factory=set)
