"""Add attributes a finding names as its sure fix to the statement it is about, in the theory's language."""

from __future__ import annotations

from toc.language.source import Source
from toc.language.syntax import Attributes, Block, Declaration, Document, LinkStatement, Nested, Pair
from toc.language.vocabulary import (
    COUNTERFACTUAL_ATTRIBUTES,
    ENUMS,
    INDICATOR,
    INDICATOR_ATTRIBUTES,
    LINK_ATTRIBUTES,
    NODE_ATTRIBUTES,
    NODE_KIND_BY_WORD,
    Attribute,
)
from toc.lsp.lines import Edit, indentation, insert_line
from toc.model.span import Span

Written = Declaration | Block | LinkStatement | Nested


def addition(adds: tuple[tuple[str, str], ...], span: Span, document: Document, source: Source,
             lang: str) -> tuple[str, Edit] | None:
    """The attributes as written (`loop: reinforcing`) and the edit that adds them, or None
    when it would not be sure: no single statement there, a link statement that makes more
    than one link (all would get them), or an attribute it has already."""
    statement = _statement_at(document, span)
    if statement is None or isinstance(statement, LinkStatement) and _links(statement) != 1:
        return None
    specs = {a.word.en: a for a in _attributes_of(statement)}
    if any(name not in specs for name, _ in adds):
        return None
    given = {item.key.text for item in statement.attributes.items
             if isinstance(item, Pair)} if statement.attributes else set()
    if any(spelling in given for name, _ in adds for spelling in specs[name].word.spellings):
        return None
    pairs = "  ".join(f"{specs[name].word.spelt(lang)}: {_value(specs[name], value, lang)}"
                      for name, value in adds)
    return pairs, _insert(statement, pairs, source)


def _statement_at(document: Document, span: Span) -> Written | None:
    """The statement a span is about (an indicator inside its element's braces, when it is one)."""
    for statement in document.statements:
        if not isinstance(statement, Written) or not _inside(span, statement.span):
            continue
        if statement.attributes is not None:
            for item in statement.attributes.items:
                if isinstance(item, Nested) and _inside(span, item.span):
                    return item
        return statement
    return None


def _inside(span: Span, around: Span) -> bool:
    return span.file == around.file and around.start <= span.start and span.end <= around.end


def _links(statement: LinkStatement) -> int:
    return sum(len(a) * len(b) for a, b in zip(statement.groups, statement.groups[1:]))


def _attributes_of(statement: Written) -> tuple[Attribute, ...]:
    if isinstance(statement, LinkStatement):
        return LINK_ATTRIBUTES
    if isinstance(statement, Block):
        return COUNTERFACTUAL_ATTRIBUTES
    if isinstance(statement, Nested):
        return INDICATOR_ATTRIBUTES if statement.keyword.text in INDICATOR.spellings else ()
    kind = NODE_KIND_BY_WORD.get(statement.keyword.text)
    return NODE_ATTRIBUTES.get(kind, ()) if kind is not None else ()


def _value(attribute: Attribute, value: str, lang: str) -> str:
    return value if attribute.enum is None else ENUMS[attribute.enum][value].spelt(lang)


def _insert(statement: Written, pairs: str, source: Source) -> Edit:
    attributes: Attributes | None = statement.attributes
    if attributes is None:
        end = statement.span.end
        return end, end, f" {{ {pairs} }}"
    close = attributes.span.end - 1  # the closing brace
    line = attributes.span.end_line
    before = source.text[source.offset(line, 1):close]
    if not before.strip():
        # The brace stands on a line of its own: the attributes go on a line above it, indented.
        return insert_line(source, None, line, indentation(source, line) + "  " + pairs)
    # Text before the brace on its line is never a comment (a comment would hide the brace).
    where = source.offset(line, 1) + len(before.rstrip())
    return where, where, (" " if before.rstrip().endswith("{") else "  ") + pairs
