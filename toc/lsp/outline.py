"""The outline of a document: header, nodes by kind, groups with their members, links, counterfactuals."""

from __future__ import annotations

from dataclasses import dataclass, field

from lsprotocol.types import SymbolKind

from toc import i18n
from toc.language.syntax import Block, Declaration, Document, Header, LinkStatement, Pair, TextItem
from toc.language.vocabulary import (
    COUNTERFACTUAL,
    GROUP,
    GROUP_ATTRIBUTES,
    NODE_KIND_BY_WORD,
    THEORY,
    ValueType,
)
from toc.model.kinds import NodeKind
from toc.model.span import Span

_SYMBOL_KINDS: dict[NodeKind, SymbolKind] = {
    NodeKind.ACTOR: SymbolKind.Class,
    NodeKind.VALUE: SymbolKind.Constant,
    NodeKind.INTERVENTION: SymbolKind.Function,
    NodeKind.INPUT: SymbolKind.Variable,
    NodeKind.OUTPUT: SymbolKind.Object,
    NodeKind.MECHANISM: SymbolKind.Method,
    NodeKind.CONTEXT: SymbolKind.Namespace,
    NodeKind.OUTCOME: SymbolKind.Event,
    NodeKind.IMPACT: SymbolKind.Event,
    NodeKind.EFFECT: SymbolKind.Event,
    NodeKind.EXTERNAL: SymbolKind.Interface,
    NodeKind.ASSUMPTION: SymbolKind.Property,
}


@dataclass
class Symbol:
    """One entry of the outline, with the span it covers and the span to highlight."""

    name: str
    kind: SymbolKind
    span: Span
    selection: Span
    detail: str | None = None
    children: list[Symbol] = field(default_factory=list)


def _covering(children: list[Symbol]) -> Span:
    first = min(children, key=lambda s: s.span.start).span
    last = max(children, key=lambda s: s.span.end).span
    return Span(first.file, first.line, first.column, last.end_line, last.end_column,
                first.start, last.end)


def _group(name: str, kind: SymbolKind, children: list[Symbol]) -> Symbol:
    return Symbol(name, kind, _covering(children), children[0].selection, None, children)


def _link_name(statement: LinkStatement) -> str:
    parts = [", ".join(w.text for w in statement.groups[0])]
    for arrow, group in zip(statement.arrows, statement.groups[1:]):
        parts.append(f"{arrow.text} {', '.join(w.text for w in group)}")
    return " ".join(parts)


def _counterfactual(statement: Block) -> Symbol:
    targets = ", ".join(w.text for w in statement.targets)
    name = f"{statement.keyword.text} {targets}".strip()
    scenario = next((item.value.text for item in statement.attributes.items
                     if isinstance(item, TextItem)), None)
    return Symbol(name, SymbolKind.Struct, statement.span, statement.keyword.span, scenario)


_MEMBERS = {spelling for spec in GROUP_ATTRIBUTES if spec.type is ValueType.MEMBERS
            for spelling in spec.word.spellings}


def _members(statement: Declaration) -> list:
    """The member names a group statement lists (every `members:` value that is a name)."""
    items = statement.attributes.items if statement.attributes else ()
    return [value for item in items if isinstance(item, Pair) and item.key.text in _MEMBERS
            for value in item.values if value.type == "name"]


def _groups(statements: list[Declaration], symbols: dict[str, Symbol]) -> list[Symbol]:
    """Each group with its members as children; a group inside another appears inside it only.

    A member that is an element is shown where the group names it; a member that
    is a group is that group's own entry, so that nesting reads as it is meant.
    A group that (wrongly) contains itself is shown once, at its first place.
    """
    by_id = {statement.id.text: statement for statement in reversed(statements)}
    inner = {value.text for statement in statements for value in _members(statement)
             if value.text in by_id}
    placed: set[str] = set()

    def entry(statement: Declaration) -> Symbol:
        placed.add(statement.id.text)
        children = []
        for value in _members(statement):
            nested = by_id.get(value.text)
            if nested is not None and value.text not in placed:
                children.append(entry(nested))
            elif nested is None:
                kind = symbols[value.text].kind if value.text in symbols else SymbolKind.Variable
                children.append(Symbol(value.text, kind, value.span, value.span))
        span = _covering([Symbol("", SymbolKind.Package, statement.span, statement.span), *children])
        return Symbol(statement.id.text, SymbolKind.Module, span, statement.id.span,
                      statement.label.text, children)

    tops = [entry(s) for s in statements if s.id.text not in inner and s.id.text not in placed]
    # Groups only inside each other (a circle) still get one entry.
    tops += [entry(s) for s in statements if s.id.text not in placed]
    return tops


def outline(document: Document, lang: str) -> list[Symbol]:
    """The outline of one document, built from its syntax tree (so it works on broken files)."""
    header: list[Symbol] = []
    by_kind: dict[NodeKind, list[Symbol]] = {}
    links: list[Symbol] = []
    counterfactuals: list[Symbol] = []
    groups: list[Declaration] = []
    elements: dict[str, Symbol] = {}
    for statement in document.statements:
        if isinstance(statement, Header) and statement.keyword.text in THEORY.spellings:
            header.append(Symbol(statement.label.text or statement.keyword.text, SymbolKind.File,
                                 statement.span, statement.keyword.span))
        elif isinstance(statement, Declaration):
            kind = NODE_KIND_BY_WORD.get(statement.keyword.text)
            if kind is not None:
                symbol = Symbol(statement.id.text, _SYMBOL_KINDS[kind], statement.span,
                                statement.id.span, statement.label.text)
                by_kind.setdefault(kind, []).append(symbol)
                elements.setdefault(symbol.name, symbol)
            elif statement.keyword.text in GROUP.spellings:
                groups.append(statement)
        elif isinstance(statement, LinkStatement):
            links.append(Symbol(_link_name(statement), SymbolKind.Operator, statement.span,
                                statement.groups[0][0].span))
        elif isinstance(statement, Block) and statement.keyword.text in COUNTERFACTUAL.spellings:
            counterfactuals.append(_counterfactual(statement))
    symbols = header[:1]
    for kind in NodeKind:
        if kind in by_kind:
            symbols.append(_group(i18n.text(f"lsp.group.{kind.value}", lang), SymbolKind.Package,
                                  by_kind[kind]))
    if groups:
        symbols.append(_group(i18n.text("lsp.group.groups", lang), SymbolKind.Package,
                              _groups(groups, elements)))
    if links:
        symbols.append(_group(i18n.text("lsp.group.links", lang), SymbolKind.Package, links))
    if counterfactuals:
        symbols.append(_group(i18n.text("lsp.group.counterfactuals", lang), SymbolKind.Package,
                              counterfactuals))
    return symbols
