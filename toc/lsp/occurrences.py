"""Where ids are written in the syntax trees: declarations, link ends, references and targets."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import Enum

from toc.language.syntax import (
    Attributes,
    Block,
    Declaration,
    Document,
    Header,
    LinkStatement,
    Nested,
    Pair,
)
from toc.language.vocabulary import (
    COUNTERFACTUAL,
    COUNTERFACTUAL_ATTRIBUTES,
    GROUP,
    GROUP_ATTRIBUTES,
    INDICATOR_ATTRIBUTES,
    LINK_ATTRIBUTES,
    NODE_ATTRIBUTES,
    NODE_KIND_BY_WORD,
    THEORY,
    THEORY_ATTRIBUTES,
    Attribute,
    ValueType,
    attribute_index,
)
from toc.model.kinds import NodeKind
from toc.model.span import Span


class Role(str, Enum):
    """How an id is used where it is written."""

    DECLARATION = "declaration"
    LINK = "link"
    REFERENCE = "reference"
    TARGET = "target"


@dataclass(frozen=True)
class Occurrence:
    """One place where an id is written."""

    name: str
    span: Span
    role: Role
    # For a declaration: its kind (None for a group, or when the keyword is unknown).
    kind: NodeKind | None = None
    # For a declaration: whether it declares a group rather than an element.
    group: bool = False


_EVERY_ATTRIBUTE: tuple[Attribute, ...] = (
    *THEORY_ATTRIBUTES, *LINK_ATTRIBUTES, *COUNTERFACTUAL_ATTRIBUTES, *INDICATOR_ATTRIBUTES,
    *GROUP_ATTRIBUTES,
    *(a for attributes in NODE_ATTRIBUTES.values() for a in attributes),
)


def attributes_for(keyword: str | None, *, link: bool = False, nested: bool = False
                   ) -> tuple[Attribute, ...]:
    """The attributes a statement may carry, chosen by its keyword or shape.

    An unknown keyword allows every attribute, so that references are still found
    while the keyword is being typed.
    """
    if nested:
        return INDICATOR_ATTRIBUTES
    if link:
        return LINK_ATTRIBUTES
    if keyword in COUNTERFACTUAL.spellings:
        return COUNTERFACTUAL_ATTRIBUTES
    if keyword in THEORY.spellings:
        return THEORY_ATTRIBUTES
    if keyword in GROUP.spellings:
        return GROUP_ATTRIBUTES
    kind = NODE_KIND_BY_WORD.get(keyword or "")
    return NODE_ATTRIBUTES[kind] if kind else _EVERY_ATTRIBUTE


# Attribute values that name elements (or, for a group's members, groups too).
_ID_VALUES = (ValueType.REFS, ValueType.MEMBERS)


def _references(attributes: Attributes | None, specs: tuple[Attribute, ...]) -> Iterator[Occurrence]:
    if attributes is None:
        return
    by_spelling = attribute_index(specs)
    for item in attributes.items:
        if isinstance(item, Pair):
            spec = by_spelling.get(item.key.text)
            if spec is not None and spec.type in _ID_VALUES:
                for value in item.values:
                    if value.type == "name":
                        yield Occurrence(value.text, value.span, Role.REFERENCE)
        elif isinstance(item, Nested):
            yield from _references(item.attributes, attributes_for(None, nested=True))


def occurrences(document: Document) -> Iterator[Occurrence]:
    """Every id written in a document, in the order written."""
    for statement in document.statements:
        if isinstance(statement, Declaration):
            kind = NODE_KIND_BY_WORD.get(statement.keyword.text)
            if kind is not None:
                yield Occurrence(statement.id.text, statement.id.span, Role.DECLARATION, kind)
            elif statement.keyword.text in GROUP.spellings:
                yield Occurrence(statement.id.text, statement.id.span, Role.DECLARATION, group=True)
            yield from _references(statement.attributes, attributes_for(statement.keyword.text))
        elif isinstance(statement, LinkStatement):
            for group in statement.groups:
                for word in group:
                    yield Occurrence(word.text, word.span, Role.LINK)
            yield from _references(statement.attributes, attributes_for(None, link=True))
        elif isinstance(statement, Block):
            if statement.keyword.text in COUNTERFACTUAL.spellings:
                for word in statement.targets:
                    yield Occurrence(word.text, word.span, Role.TARGET)
            yield from _references(statement.attributes, attributes_for(statement.keyword.text))
        elif isinstance(statement, Header):
            yield from _references(statement.attributes, attributes_for(statement.keyword.text))


def occurrence_at(document: Document, line: int, column: int) -> Occurrence | None:
    """The id written at a 1-based position (its end counts, so a cursor just after it finds it)."""
    return Occurrences([document], document.path).at(line, column)


def all_occurrences(documents: Iterable[Document], name: str) -> list[Occurrence]:
    """Every occurrence of one id across documents."""
    return [o for document in documents for o in occurrences(document) if o.name == name]


def declarations(documents: Iterable[Document]) -> dict[str, Occurrence]:
    """The first declaration of every id across documents."""
    found: dict[str, Occurrence] = {}
    for document in documents:
        for occurrence in occurrences(document):
            if occurrence.role is Role.DECLARATION:
                found.setdefault(occurrence.name, occurrence)
    return found


class Occurrences:
    """Every id written in a theory's documents, indexed by name, and in the main one by line.

    Made once for a text (see `DocumentState.occurrences`), so that the id under
    the cursor, its declaration and its uses cost one look-up each.
    """

    def __init__(self, documents: Iterable[Document], main: str) -> None:
        self.by_name: dict[str, list[Occurrence]] = {}
        self.by_line: dict[int, list[Occurrence]] = {}
        self.declared: dict[str, Occurrence] = {}
        for document in documents:
            for occurrence in occurrences(document):
                self.by_name.setdefault(occurrence.name, []).append(occurrence)
                if document.path == main:
                    self.by_line.setdefault(occurrence.span.line, []).append(occurrence)
                if occurrence.role is Role.DECLARATION:
                    self.declared.setdefault(occurrence.name, occurrence)

    def at(self, line: int, column: int) -> Occurrence | None:
        """The id written at a 1-based position of the main document, as `occurrence_at` finds it."""
        for occurrence in self.by_line.get(line, ()):
            if occurrence.span.column <= column <= occurrence.span.end_column:
                return occurrence
        return None
