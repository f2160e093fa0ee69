"""A hand-written parser for grammar/toc.lark: the LALR parser's syntax tree for all the text it can read.

The grammar is small: a statement is told apart by its first three tokens and
an attribute by its first two, so a recursive descent over the tokens of the
grammar's own terminals (one regular expression, toc.language.terminals) reads
it without the machinery of a general parser. It builds the very objects the
LALR parser in toc.language.parser builds, in the same order. At the first
statement it cannot read it stops and that parser takes over from the
statement's start, so every syntax error keeps the LALR parser's words,
position and recovery, and reading resumes here after it. Tests hold the two
to the same Documents on the test corpus and on generated text.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field, fields

from toc import i18n
from toc.language.codes import problem
from toc.language.diagnostics import Diagnostic
from toc.language.escapes import unescape
from toc.language.lexicon import Lexicon
from toc.language.source import LINE_END, Source
from toc.language.syntax import (
    Attributes,
    Block,
    Comment,
    Declaration,
    Document,
    FlagItem,
    Header,
    Item,
    LinkStatement,
    Name,
    Nested,
    Pair,
    Statement,
    TextItem,
    Value,
)
from toc.language.terminals import lexicon
from toc.model.span import Span

# Token kinds that are not terminals: a character no terminal matches, and the end.
BAD, END = "BAD", "$END"
_VALUES = frozenset({"NAME", "STRING", "NUMBER"})
_AFTER_STATEMENT = frozenset({"NAME", END})
_new = tuple.__new__


def _name_filler() -> Callable[[str, str, int, int, int], Name]:
    """Make Names by filling their slots; see `_value_filler`."""
    text, file, line, column, start = (getattr(Name, f.name).__set__ for f in fields(Name))
    new = object.__new__

    def make(a: str, b: str, c: int, d: int, e: int) -> Name:
        made = new(Name)
        text(made, a)
        file(made, b)
        line(made, c)
        column(made, d)
        start(made, e)
        return made

    return make


def _value_filler() -> Callable[[str, str, str, str, int, int, int], Value]:
    """Make Values by filling their slots in field order.

    A frozen class's own __init__ goes around its __setattr__ for every field,
    which costs half as much again; a large theory has hundreds of thousands of
    words, and the classes stay frozen for everyone else. The tests compare what
    this parser makes with what the LALR parser makes through the constructors.
    """
    kind, raw, text, file, line, column, start = (getattr(Value, f.name).__set__ for f in fields(Value))
    new = object.__new__

    def make(a: str, b: str, c: str, d: str, e: int, f: int, g: int) -> Value:
        made = new(Value)
        kind(made, a)
        raw(made, b)
        text(made, c)
        file(made, d)
        line(made, e)
        column(made, f)
        start(made, g)
        return made

    return make


_name, _value = _name_filler(), _value_filler()


@dataclass
class Tokens:
    """The tokens of a text as parallel lists (1-based lines and columns), with its comments apart.

    Three END tokens close the lists, so that looking two tokens ahead never runs off them.
    """

    kinds: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    columns: list[int] = field(default_factory=list)
    # (start, end) of every comment, and of every name glued to the text before it (`"a"b`).
    comments: list[tuple[int, int]] = field(default_factory=list)
    glued: list[tuple[int, int]] = field(default_factory=list)


def tokenize(text: str, shape: Lexicon) -> Tokens:
    """Every token of a text; a character no terminal matches becomes one BAD token, and reading goes on.

    No token but spaces spans a line break, so the text is read line by line:
    the line's number and start then come for free. Each match is anchored
    where the last one ended, so a character that fits no terminal stops it.
    """
    tokens = Tokens()
    kinds, texts, starts = tokens.kinds.append, tokens.texts.append, tokens.starts.append
    lines, columns = tokens.lines.append, tokens.columns.append
    comments, glued = tokens.comments.append, tokens.glued.append
    # Pattern.scanner is CPython's (undocumented, stable since 2.x) and missing from typeshed.
    scanner, spaces = shape.spaced.scanner, shape.terminals["WS"].match  # type: ignore[attr-defined]
    offset, string_end, number = 0, -1, 0
    # CR LF, a lone CR and a lone LF each end a line (toc.language.source); most
    # texts use LF alone, and splitting on it is quickest.
    crlf = "\r" in text
    pieces = LINE_END.split(text) if crlf else text.split("\n")
    breaks = [len(found) for found in LINE_END.findall(text)] if crlf else None
    for number, line in enumerate(pieces, 1):
        position, size = 0, len(line)
        while position < size:
            match = scanner(line, position).match
            end = position
            while (found := match()) is not None:
                kind = found.lastgroup
                assert kind is not None
                value = found.group(kind)
                end = found.end()
                start = end - len(value)
                if kind == "COMMENT":
                    comments((offset + start, offset + end))
                    continue
                if kind == "STRING":
                    string_end = offset + end
                elif kind == "NAME" and offset + start == string_end:
                    glued((offset + start, offset + end))
                kinds(kind), texts(value), starts(offset + start), lines(number), columns(start + 1)
            blank = spaces(line, end)
            position = blank.end() if blank else end
            if position < size:  # a character no terminal matches: read on after it
                kinds(BAD), texts(line[position]), starts(offset + position), lines(number)
                columns(position + 1)
                position += 1
        offset += size + (breaks[number - 1] if breaks is not None and number <= len(breaks) else 1)
    for _ in range(3):
        kinds(END), texts(""), starts(len(text)), lines(number), columns(0)
    return tokens


@dataclass
class Read:
    """What was read from an offset: statements, comments, escape problems and glued names, and
    where reading stopped (None: at the end)."""

    statements: list[Statement]
    comments: list[Comment]
    problems: list[Diagnostic]
    glued: list[tuple[int, int]]
    stop: int | None


class _Unreadable(Exception):
    """The statement being read does not follow the grammar."""


def _spent(i: int) -> tuple[Attributes, int]:
    """Stands in for a reading closure once reading is done, so that the closure lets go of itself."""
    raise AssertionError("read after reading was done")


class DescentReader:
    """Reads the statements of one source from any offset where a statement may start."""

    def __init__(self, source: Source, lang: str, tokens: Tokens | None = None) -> None:
        self.source = source
        self.lang = lang
        self.tokens = tokens if tokens is not None else tokenize(source.text, lexicon())
        self._from_start: Read | None = None

    def read(self, start: int) -> Read:
        """Read from `start` up to the end, or up to the start of the first statement that is unreadable."""
        if start == 0 and self._from_start is not None:
            return self._from_start
        tokens = self.tokens
        first = bisect_left(tokens.starts, start)
        statements, problems, stop = _statements(tokens, first, self.source.path, self.lang)
        upto = len(self.source.text) + 1 if stop is None else stop
        comments = [Comment(self.source.text[begin:end], self.source.span(begin, end))
                    for begin, end in tokens.comments if start <= begin < upto]
        # A name glued to a text is noticed when it is read: the statement's own first word too.
        glued = [(begin, end) for begin, end in tokens.glued if start <= begin <= upto]
        read = Read(statements, comments, problems, glued, stop)
        if start == 0:
            self._from_start = read
        return read

    def document(self, read: Read) -> Document:
        """The Document of a source read whole without a syntax error."""
        document = Document(self.source.path, read.statements, read.comments, list(read.problems))
        for begin, end in dict.fromkeys(read.glued):
            document.diagnostics.append(problem(
                "E122", i18n.text("E122", self.lang), self.source.span(begin, end),
                i18n.text("E122.hint", self.lang)))
            document.glued.add(begin)
        return document


def _statements(tokens: Tokens, index: int, path: str,
                lang: str) -> tuple[list[Statement], list[Diagnostic], int | None]:
    """The statements from a token on, the problems in their texts, and the offset of the first
    statement that does not follow the grammar (None when all of them do)."""
    kinds, texts, starts, lines, columns = (tokens.kinds, tokens.texts, tokens.starts, tokens.lines,
                                            tokens.columns)
    problems: list[Diagnostic] = []

    def span(i: int) -> Span:
        line, column, start, width = lines[i], columns[i], starts[i], len(texts[i])
        return _new(Span, (path, line, column, line, column + width, start, start + width))

    def name(i: int) -> Name:
        return _name(texts[i], path, lines[i], columns[i], starts[i])

    def value(i: int) -> Value:
        kind, raw = kinds[i], texts[i]
        if kind == "STRING":
            body = raw[1:-1]
            text = unescape(body, span(i), lang, problems) if "\\" in body else body
            return _value("string", raw, text, path, lines[i], columns[i], starts[i])
        return _value("number" if kind == "NUMBER" else "name", raw, raw, path, lines[i], columns[i],
                      starts[i])

    def name_list(i: int) -> tuple[tuple[Name, ...], int]:
        names = [name(i)]
        i += 1
        while kinds[i] == "COMMA":
            if kinds[i + 1] != "NAME":
                raise _Unreadable
            names.append(name(i + 1))
            i += 2
        return tuple(names), i

    def attributes(i: int) -> tuple[Attributes, int]:
        opening = i
        i += 1
        items: list[Item] = []
        while True:
            kind = kinds[i]
            if kind == "NAME":
                after = kinds[i + 1]
                if after == "COLON":
                    key = name(i)
                    i += 2
                    if kinds[i] not in _VALUES:
                        raise _Unreadable
                    values = [value(i)]
                    i += 1
                    while kinds[i] == "COMMA":
                        if kinds[i + 1] not in _VALUES:
                            raise _Unreadable
                        values.append(value(i + 1))
                        i += 2
                    items.append(Pair(key, tuple(values)))
                elif after == "STRING":
                    keyword, label_at = name(i), i + 1
                    i += 2
                    inner = None
                    if kinds[i] == "LBRACE":
                        inner, i = attributes(i)
                    label = value(label_at)  # made after its braces' texts, as the LALR parser does
                    items.append(Nested(keyword, label, inner))
                else:
                    items.append(FlagItem(name(i)))
                    i += 1
            elif kind == "STRING":
                items.append(TextItem(value(i)))
                i += 1
            elif kind == "RBRACE":
                first, last = span(opening), span(i)
                return Attributes(tuple(items), _new(Span, (path, first[1], first[2], last[3], last[4],
                                                            first[5], last[6]))), i + 1
            else:
                raise _Unreadable

    def statement(i: int) -> tuple[Statement, int]:
        second = kinds[i + 1]
        attrs: Attributes | None = None
        if second == "STRING":
            keyword, label_at = name(i), i + 1
            i += 2
            if kinds[i] == "LBRACE":
                attrs, i = attributes(i)
            return Header(keyword, value(label_at), attrs), i  # the label after its braces' texts
        if second == "NAME":
            third = kinds[i + 2]
            if third == "STRING":
                keyword, node_id, label_at = name(i), name(i + 1), i + 2
                i += 3
                if kinds[i] == "LBRACE":
                    attrs, i = attributes(i)
                return Declaration(keyword, node_id, value(label_at), attrs), i
            if third != "COMMA" and third != "LBRACE":
                raise _Unreadable
            keyword = name(i)
            targets, i = name_list(i + 1)
            if kinds[i] != "LBRACE":
                raise _Unreadable
            block_attrs, i = attributes(i)
            return Block(keyword, targets, block_attrs), i
        if second == "LBRACE":
            keyword = name(i)
            block_attrs, i = attributes(i + 1)
            return Block(keyword, (), block_attrs), i
        if second != "ARROW" and second != "COMMA":
            raise _Unreadable
        group, i = name_list(i)
        groups, arrows = [group], []
        if kinds[i] != "ARROW":
            raise _Unreadable
        while kinds[i] == "ARROW":
            if kinds[i + 1] != "NAME":
                raise _Unreadable
            arrows.append(name(i))
            group, i = name_list(i + 1)
            groups.append(group)
        if kinds[i] == "LBRACE":
            attrs, i = attributes(i)
        return LinkStatement(tuple(groups), tuple(arrows), attrs), i

    statements: list[Statement] = []
    append = statements.append
    i, stop = index, None
    try:
        while kinds[i] != END:
            if kinds[i] != "NAME":
                stop = starts[i]
                break
            before = len(problems)
            try:
                read, after = statement(i)
            except _Unreadable:
                read, after = None, i
            # A statement ends where the next begins (a name) or the text ends; the LALR
            # parser reduces it only then, so anything else is an error in it.
            if read is None or kinds[after] not in _AFTER_STATEMENT:
                del problems[before:]
                stop = starts[i]
                break
            append(read)
            i = after
    finally:
        # `attributes` calls itself, a cycle through its closure that would keep the
        # tokens alive until the garbage collector came by: break it now.
        attributes = _spent
    return statements, problems, stop


def parse(source: Source, lang: str = "en", tokens: Tokens | None = None) -> Document:
    """Parse one source into a Document; syntax errors become diagnostics (see toc.language.parser).

    `tokens`: the source's tokens, when the caller has them (see toc.language.retokenize).
    """
    reader = DescentReader(source, lang, tokens)
    read = reader.read(0)
    if read.stop is None:
        return reader.document(read)
    from toc.language.parser import parse as parse_from_errors

    return parse_from_errors(source, lang, reader)
