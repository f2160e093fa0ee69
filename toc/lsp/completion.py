"""Completion: what may be written at the cursor, read from the text before it.

The text being typed is usually broken, so this reads the grammar's forgiving
token stream (toc.language.lexicon) of the text before the cursor rather than
the syntax tree: it tracks open braces and the statement they belong to, and
from that tells whether a keyword, an id of some kind, an attribute name or an
enumerated value fits.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from lsprotocol import types

from toc import i18n
from toc.language.lexicon import OPEN_STRING, Lexeme, Lexicon
from toc.language.syntax import Declaration, Document
from toc.language.terminals import lexicon
from toc.language.vocabulary import (
    COUNTERFACTUAL,
    COUNTERFACTUAL_TARGET_KINDS,
    ENUMS,
    GROUP,
    INDICATOR,
    NODE_KIND_BY_WORD,
    NODE_WORDS,
    RESULT_FLAGS,
    THEORY,
    USE,
    Attribute,
    ValueType,
    Word,
    attribute_index,
)
from toc.lsp.occurrences import attributes_for
from toc.model.kinds import INDICATOR_KINDS, LINKABLE_KINDS, RESULT_KINDS, NodeKind

_VALUE_TOKENS = ("NAME", "STRING", "NUMBER")
# Spaces that hold a line break: they end a statement written without braces.
NEWLINE = "NEWLINE"


@dataclass
class Place:
    """What the cursor stands in: a statement start, a link end, a target, a key or a value."""

    what: str  # "statement", "link_end", "target", "key", "value" or "nothing"
    specs: tuple[Attribute, ...] = ()
    kind: NodeKind | None = None  # the kind of the declaration whose braces hold the cursor
    key: str | None = None
    listed: tuple[str, ...] = ()
    # The part of a word typed so far at the cursor ('' when none).
    typed: str = ""


def _tokens(text: str) -> list[Lexeme]:
    """The tokens of `text`, with spaces kept only as line breaks."""
    found: list[Lexeme] = []
    for token in lexicon().tokens(text):
        if token.type != "WS":
            found.append(token)
        elif "\n" in token.text:
            found.append(Lexeme(NEWLINE, token.text, token.start, token.end))
    return found


@dataclass
class _Frame:
    """The tokens inside one pair of braces, and the head written before its '{'."""

    head: list[Lexeme]
    tokens: list[Lexeme] = field(default_factory=list)


def place_at(text_before: str) -> Place:
    """Tell what fits at the end of `text_before` (the document up to the cursor)."""
    tokens = _tokens(text_before)
    if tokens and tokens[-1].type == "COMMENT":
        return Place("nothing")
    if tokens and tokens[-1].type == OPEN_STRING:
        return Place("nothing")  # typing a text
    typed = ""
    if tokens and tokens[-1].type in ("NAME", "NUMBER") and tokens[-1].end == len(text_before):
        typed = tokens.pop().text  # the word being typed: the place is decided by what precedes it
    statement: list[Lexeme] = []
    frames: list[_Frame] = []
    new_line = False
    for token in tokens:
        if token.type in (NEWLINE, "COMMENT"):
            new_line = new_line or token.type == NEWLINE
            continue
        if not frames and new_line and statement and statement[-1].type not in ("ARROW", "COMMA"):
            statement = []  # a statement without braces ended at the line break
        new_line = False
        current = frames[-1].tokens if frames else statement
        if token.type == "LBRACE":
            head = statement if not frames else current[-2:]
            frames.append(_Frame(list(head)))
        elif token.type == "RBRACE" and frames:
            frames.pop()
            if frames:
                frames[-1].tokens.append(Lexeme("CLOSED", token.text, token.start, token.end))
            else:
                statement = []
        else:
            current.append(token)
    if not frames and new_line and statement and statement[-1].type not in ("ARROW", "COMMA"):
        statement = []
    place = _inside_braces(statement, frames) if frames else _at_top_level(statement)
    place.typed = typed
    return place


def _at_top_level(statement: list[Lexeme]) -> Place:
    if not statement:
        return Place("statement")
    first, last = statement[0], statement[-1]
    if first.type == "NAME" and first.text in COUNTERFACTUAL.spellings:
        targets_only = all(t.type in ("NAME", "COMMA") for t in statement)
        if targets_only and (len(statement) == 1 or last.type == "COMMA"):
            return Place("target")
        return Place("nothing")
    in_link = all(t.type in ("NAME", "COMMA", "ARROW") for t in statement)
    if in_link and last.type in ("ARROW", "COMMA"):
        return Place("link_end")
    return Place("nothing")


def _inside_braces(statement: list[Lexeme], frames: list[_Frame]) -> Place:
    if len(frames) > 2:
        return Place("nothing")
    kind: NodeKind | None = None
    if len(frames) == 2:
        head = frames[1].head
        if not (head and head[0].type == "NAME" and head[0].text in INDICATOR.spellings):
            return Place("nothing")
        specs = attributes_for(None, nested=True)
    else:
        head = frames[0].head
        is_link = any(t.type == "ARROW" for t in head)
        keyword = head[0].text if head and head[0].type == "NAME" and not is_link else None
        specs = attributes_for(keyword, link=is_link)
        kind = NODE_KIND_BY_WORD.get(keyword or "")
    inside = frames[-1].tokens
    colons = [i for i, t in enumerate(inside) if t.type == "COLON"]
    if colons and colons[-1] >= 1 and inside[colons[-1] - 1].type == "NAME":
        after = inside[colons[-1] + 1:]
        shape_ok = all(t.type in _VALUE_TOKENS if i % 2 == 0 else t.type == "COMMA"
                       for i, t in enumerate(after))
        if shape_ok and (not after or after[-1].type == "COMMA"):
            listed = tuple(t.text for t in after if t.type == "NAME")
            return Place("value", specs, kind, inside[colons[-1] - 1].text, listed)
    return Place("key", specs, kind)


# Items ------------------------------------------------------------------------------------------


def _spellings(word: Word, lang: str) -> list[tuple[str, int]]:
    """Every spelling of a word with its rank: 0 the document's language, 1 the other, 2 aliases."""
    preferred, other = (word.nl, word.en) if lang == "nl" else (word.en, word.nl)
    ranked = [(preferred, 0), (other, 1), *((alias, 2) for alias in word.aliases)]
    seen: set[str] = set()
    unique = []
    for spelling, rank in ranked:
        if spelling not in seen:
            seen.add(spelling)
            unique.append((spelling, rank))
    return unique


def _item(label: str, rank: int, kind: types.CompletionItemKind, detail: str | None = None,
          insert: str | None = None) -> types.CompletionItem:
    return types.CompletionItem(label=label, kind=kind, detail=detail, insert_text=insert,
                                sort_text=f"{rank}{label}")


def _keywords(lang: str) -> list[types.CompletionItem]:
    items = []
    for kind, word in NODE_WORDS.items():
        for spelling, rank in _spellings(word, lang):
            items.append(_item(spelling, rank, types.CompletionItemKind.Keyword,
                               i18n.text(f"kind.{kind.value}", lang)))
    for key, word in (("theory", THEORY), ("use", USE), ("counterfactual", COUNTERFACTUAL),
                      ("group", GROUP)):
        for spelling, rank in _spellings(word, lang):
            items.append(_item(spelling, rank, types.CompletionItemKind.Keyword,
                               i18n.text(f"lsp.keyword.{key}", lang)))
    return items


def declared(documents: Iterable[Document]) -> list[tuple[str, NodeKind | None, str]]:
    """Every declared id with its kind (None for a group) and label, first declaration first."""
    seen: dict[str, tuple[str, NodeKind | None, str]] = {}
    for document in documents:
        for statement in document.statements:
            if isinstance(statement, Declaration):
                kind = NODE_KIND_BY_WORD.get(statement.keyword.text)
                is_group = kind is None and statement.keyword.text in GROUP.spellings
                if (kind is not None or is_group) and statement.id.text not in seen:
                    seen[statement.id.text] = (statement.id.text, kind, statement.label.text)
    return list(seen.values())


class Known:
    """The ids a theory declares, with kind and label: made once per text (`DocumentState.known`)."""

    def __init__(self, documents: Iterable[Document]) -> None:
        self.ids = declared(documents)


# The kinds a group's members may have: every element, and (None) other groups.
_MEMBER_KINDS: tuple[NodeKind | None, ...] = (*NodeKind, None)


def fits(typed: str, word: str) -> bool:
    """Whether the letters typed so far occur in a word in that order, as editors filter."""
    position = 0
    lowered = word.casefold()
    for char in typed.casefold():
        position = lowered.find(char, position) + 1
        if not position:
            return False
    return True


def _ids(known: Known, kinds: tuple[NodeKind | None, ...], lang: str, place: Place,
         limit: int | None) -> list[types.CompletionItem]:
    # The kind an attribute mostly takes comes first: contexts before results for `when:`.
    rank = {kind: number for number, kind in enumerate(kinds)}
    found = [(rank[kind], node_id, kind, label) for node_id, kind, label in known.ids
             if kind in rank and node_id not in place.listed and fits(place.typed, node_id)]
    found.sort(key=lambda entry: entry[0])
    return [
        _item(node_id, rank, types.CompletionItemKind.Reference,
              f"{i18n.text('kind.group' if kind is None else f'kind.{kind.value}', lang)}: {label}")
        for rank, node_id, kind, label in found[:limit]
    ]


def _keys(place: Place, lang: str) -> list[types.CompletionItem]:
    items = []
    for spec in place.specs:
        for spelling, rank in _spellings(spec.word, lang):
            items.append(_item(spelling, rank, types.CompletionItemKind.Property,
                               insert=f"{spelling}: "))
    if place.kind in RESULT_KINDS:
        for flag in RESULT_FLAGS:
            for spelling, rank in _spellings(flag.word, lang):
                items.append(_item(spelling, rank, types.CompletionItemKind.Keyword))
    if place.kind in INDICATOR_KINDS:
        for spelling, rank in _spellings(INDICATOR, lang):
            items.append(_item(spelling, rank, types.CompletionItemKind.Keyword,
                               i18n.text("lsp.keyword.indicator", lang)))
    return items


def _values(place: Place, known: Known, lang: str, limit: int | None) -> list[types.CompletionItem]:
    spec = attribute_index(place.specs).get(place.key or "")
    if spec is None:
        return []
    if spec.type is ValueType.REFS:
        return _ids(known, spec.ref_kinds, lang, place, limit)
    if spec.type is ValueType.MEMBERS:
        return _ids(known, _MEMBER_KINDS, lang, place, limit)
    if spec.type in (ValueType.ENUM, ValueType.MEASURE) and spec.enum is not None:
        return [_item(spelling, rank, types.CompletionItemKind.EnumMember)
                for word in ENUMS[spec.enum].values() for spelling, rank in _spellings(word, lang)]
    return []


def offer(text_before: str, known: Known, lang: str,
          limit: int | None = None) -> list[types.CompletionItem]:
    """The completion items for a cursor after `text_before`, with the document's language first.

    `text_before` may begin at any statement before the cursor (see `reading_start`). With a
    `limit`, at most that many ids are offered, those that fit the word typed so far first
    in rank: the editor asks again as more is typed.
    """
    place = place_at(text_before)
    if place.what == "statement":
        return _keywords(lang) + _ids(known, LINKABLE_KINDS, lang, place, limit)
    if place.what == "link_end":
        return _ids(known, LINKABLE_KINDS, lang, place, limit)
    if place.what == "target":
        return _ids(known, COUNTERFACTUAL_TARGET_KINDS, lang, place, limit)
    if place.what == "key":
        return _keys(place, lang)
    if place.what == "value":
        return _values(place, known, lang, limit)
    return []


def complete(text_before: str, documents: Iterable[Document], lang: str) -> list[types.CompletionItem]:
    """Every completion item for a cursor after `text_before` (the whole document up to it)."""
    return offer(text_before, Known(documents), lang)


def reading_start(text: str, offset: int) -> int:
    """Where to start reading the text before a cursor: the statement it is in, not the whole file.

    That is the last line before the cursor that starts with a word at its first
    column (where statements start, and where the parser resumes after an error),
    unless a brace closes between it and the cursor that opened before it: then
    the statement began earlier still.
    """
    shape = lexicon()
    end = offset
    while True:
        line_start = text.rfind("\n", 0, end) + 1
        if line_start == 0:
            return 0
        if shape.statement_start.match(text, line_start) and _balanced(shape, text, line_start, offset):
            return line_start
        end = line_start - 1


def _balanced(shape: Lexicon, text: str, start: int, end: int) -> bool:
    """Whether no brace between two offsets closes one opened before them."""
    depth = 0
    for match in shape.braces.finditer(text, start, end):
        if match.lastgroup == "LBRACE":
            depth += 1
        elif match.lastgroup == "RBRACE":
            depth -= 1
            if depth < 0:
                return False
    return True
