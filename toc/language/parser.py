"""One cached LALR parser: text to syntax tree, with Lark's errors turned into plain words.

It is the grammar's reference reader. `toc.language.descent` reads most text
faster and hands over here at the first statement it cannot read (`reader`),
so that every syntax error keeps these words, positions and recovery.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any, Protocol

from lark import Lark, Token, Transformer
from lark.common import LexerConf
from lark.exceptions import UnexpectedCharacters, UnexpectedInput, UnexpectedToken
from lark.lexer import Lexer, LexerState

from toc import i18n
from toc.language.codes import problem
from toc.language.diagnostics import Diagnostic, Related
from toc.language.escapes import unescape
from toc.language.grammar import grammar_path
from toc.language.lexicon import Lexicon
from toc.language.source import Source, line_end
from toc.language.syntax import (
    Attributes,
    Block,
    Comment,
    Declaration,
    Document,
    FlagItem,
    Header,
    LinkStatement,
    Name,
    Nested,
    Pair,
    Statement,
    TextItem,
    Value,
)
from toc.model.span import Span

MAX_SYNTAX_ERRORS = 20


__all__ = ["MAX_SYNTAX_ERRORS", "UNPARSED_CODES", "grammar_path", "lexicon", "parse", "terminal_table"]


class _Token(Token):
    """A token of this module's lexer, which always knows where it stands (Lark's Token may not)."""

    __slots__ = ()
    start_pos: int
    line: int
    column: int
    end_line: int
    end_column: int
    end_pos: int


# What a rule that mixes tokens and the results of other rules receives: the
# grammar, not a type, says which stands where.
_Mixed = list[Any]


class _Collector(Transformer[_Token, list[Statement]]):
    """Turns Lark's reductions into syntax objects while parsing (no tree is kept)."""

    def __init__(self) -> None:
        super().__init__(visit_tokens=False)
        self.path = ""
        self.statements: list[Statement] = []
        self.comments: list[Comment] = []
        self.problems: list[Diagnostic] = []
        self.glued: list[tuple[int, int]] = []
        self.lang = "en"

    # helpers ----------------------------------------------------------------
    def span(self, first: _Token, last: _Token) -> Span:
        return Span(self.path, first.line, first.column, last.end_line, last.end_column,
                    first.start_pos, last.end_pos)

    def word(self, token: _Token) -> Name:
        return Name(str(token), self.path, token.line, token.column, token.start_pos)

    def make_value(self, token: _Token) -> Value:
        raw = str(token)
        place = (self.path, token.line, token.column, token.start_pos)
        if token.type == "STRING":
            text = unescape(raw[1:-1], self.span(token, token), self.lang, self.problems)
            return Value("string", raw, text, *place)
        if token.type == "NUMBER":
            return Value("number", raw, raw, *place)
        return Value("name", raw, raw, *place)

    # rules --------------------------------------------------------------------
    def start(self, children: _Mixed) -> list[Statement]:
        return self.statements

    def name_list(self, children: list[_Token]) -> tuple[Name, ...]:
        return tuple(self.word(t) for t in children)

    def pair(self, children: list[_Token]) -> Pair:
        key, *values = children
        return Pair(self.word(key), tuple(self.make_value(v) for v in values))

    def flag(self, children: list[_Token]) -> FlagItem:
        return FlagItem(self.word(children[0]))

    def text(self, children: list[_Token]) -> TextItem:
        return TextItem(self.make_value(children[0]))

    def nested(self, children: _Mixed) -> Nested:
        keyword, label, *rest = children
        attributes = rest[0] if rest else None
        return Nested(self.word(keyword), self.make_value(label), attributes)

    def attributes(self, children: _Mixed) -> Attributes:
        left, *items, right = children
        return Attributes(tuple(items), self.span(left, right))

    def header(self, children: _Mixed) -> None:
        keyword, label, *rest = children
        attributes = rest[0] if rest else None
        self.statements.append(Header(self.word(keyword), self.make_value(label), attributes))

    def declaration(self, children: _Mixed) -> None:
        keyword, node_id, label, *rest = children
        attributes = rest[0] if rest else None
        self.statements.append(Declaration(
            self.word(keyword), self.word(node_id), self.make_value(label), attributes))

    def block(self, children: _Mixed) -> None:
        keyword, *rest = children
        targets = rest[0] if len(rest) == 2 else ()
        attributes = rest[-1]
        self.statements.append(Block(self.word(keyword), targets, attributes))

    def link(self, children: _Mixed) -> None:
        groups = tuple(c for c in children if isinstance(c, tuple))
        arrows = tuple(self.word(c) for c in children if isinstance(c, _Token))
        attributes = children[-1] if isinstance(children[-1], Attributes) else None
        self.statements.append(LinkStatement(groups, arrows, attributes))


# The grammar's terminals as (name, regular expression) in the order the lexer tries them,
# and the names of those it skips.
TerminalTable = tuple[tuple[tuple[str, str], ...], tuple[str, ...]]


def _terminal_table(conf: LexerConf) -> TerminalTable:
    """The terminals in the order the lexer tries them (as Lark's own lexer does)."""
    terminals = sorted(conf.terminals, key=lambda t: (
        -t.priority, -t.pattern.max_width, -len(t.pattern.value), t.name))
    return tuple((t.name, t.pattern.to_regexp()) for t in terminals), tuple(sorted(conf.ignore))


def _lexicon(conf: LexerConf) -> Lexicon:
    """The terminals as a Lexicon."""
    terminals, ignored = _terminal_table(conf)
    return Lexicon.build(dict(terminals), frozenset(ignored))


class _Lexer(Lexer):
    """A lexer built from the grammar's own terminals, matched with one regular expression.

    Lark's standard lexer tries the terminals one by one through several layers
    of Python; one combined pattern is about twice as fast on large theories,
    and the token definitions still come from grammar/toc.lark alone.
    """

    __future_interface__ = 1
    # Where in the text to start: after a syntax error, the statement where reading resumes.
    start_at = 0
    # Told where a name is glued to the text before it (`"The "best" club"`): almost
    # always a quote inside a text that was meant to be part of it.
    on_glued: Callable[[int, int], None] | None = None

    def __init__(self, conf: LexerConf) -> None:
        self.lexicon = _lexicon(conf)
        self.pattern = self.lexicon.pattern
        self.ignore = self.lexicon.ignored
        self.callbacks = conf.callbacks
        self.allowed = set(self.lexicon.terminals)

    def lex(self, state: LexerState, parser_state: object) -> Iterator[Token]:
        # Lark 1.3 hands the text over in a TextSlice, earlier versions as it is.
        given: Any = state.text
        text: str = given.text if hasattr(given, "text") else given
        match, ignore, callbacks = self.pattern.match, self.ignore, self.callbacks
        position, line, line_start, size = self.start_at, 1, 0, len(text)
        if position:
            # CR LF, a lone CR and a lone LF each end one line (toc.language.source).
            line = (text.count("\n", 0, position) + text.count("\r", 0, position)
                    - text.count("\r\n", 0, position) + 1)
            line_start = max(text.rfind("\n", 0, position), text.rfind("\r", 0, position)) + 1
        string_end = -1
        while position < size:
            found = match(text, position)
            if found is None:
                # Lark's exceptions have no annotations on their constructors.
                raise UnexpectedCharacters(text, position, line, position - line_start + 1,  # type: ignore[no-untyped-call]
                                           allowed=self.allowed)
            kind, end = found.lastgroup, found.end()
            assert kind is not None
            if kind in ignore:
                if kind in callbacks:
                    value = found.group()
                    callbacks[kind](_Token(kind, value, position, line, position - line_start + 1,
                                          line, end - line_start + 1, end))
                # CR LF, a lone CR and a lone LF each end one line (toc.language.source).
                breaks = text.count("\n", position, end)
                returns = text.count("\r", position, end)
                if breaks or returns:
                    line += breaks + returns - text.count("\r\n", position, end)
                    line_start = max(text.rfind("\n", position, end), text.rfind("\r", position, end)) + 1
            else:
                if kind == "STRING":
                    string_end = end
                elif position == string_end and kind == "NAME" and self.on_glued is not None:
                    self.on_glued(position, end)
                yield _Token(kind, found.group(), position, line, position - line_start + 1,
                            line, end - line_start + 1, end)
            position = end


class _Parser:
    """The one LALR parser of the process, built once and reused under a lock."""

    def __init__(self) -> None:
        self.collector = _Collector()
        self.lock = threading.Lock()
        _Lexer.on_glued = self._glued
        self.lark = Lark(
            grammar_path().read_text(encoding="utf-8"),
            parser="lalr",
            lexer=_Lexer,
            transformer=self.collector,
            lexer_callbacks={"COMMENT": self._comment},
            cache=True,
            maybe_placeholders=False,
        )
        # The same terminals, in the same order, as the lexer Lark built from this grammar.
        self.lexicon = _lexicon(self.lark.lexer_conf)

    def _glued(self, start: int, end: int) -> None:
        self.collector.glued.append((start, end))

    def _comment(self, token: _Token) -> Token:
        self.collector.comments.append(Comment(str(token), self.collector.span(token, token)))
        return token


@lru_cache(maxsize=1)
def _parser() -> _Parser:
    return _Parser()


def lexicon() -> Lexicon:
    """The grammar's terminals and the patterns derived from them, for whoever needs the text's shape."""
    return _parser().lexicon


def terminal_table() -> TerminalTable:
    """The grammar's terminals as Lark reads them, for `toc.language.terminals` to keep."""
    return _terminal_table(_parser().lark.lexer_conf)


class Read(Protocol):
    """What a faster reader made of a stretch of text, up to where it stopped (None: the end)."""

    statements: list[Statement]
    comments: list[Comment]
    problems: list[Diagnostic]
    glued: list[tuple[int, int]]
    stop: int | None


class Reader(Protocol):
    """Reads the statements of a text from an offset, stopping at the first it cannot read."""

    def read(self, start: int) -> Read: ...


def parse(source: Source, lang: str = "en", reader: Reader | None = None) -> Document:
    """Parse one source into a Document; syntax errors become diagnostics.

    After an error, parsing resumes at the next line that starts a statement at
    column 1, with the lexer starting there so that positions stay exact. With a
    `reader`, it reads each stretch first and this parser starts only where the
    reader stopped, from there on exactly as if it had read all of it.
    """
    parser = _parser()
    document = Document(source.path)
    with parser.lock:
        collector = parser.collector
        collector.path, collector.lang = source.path, lang
        collector.statements, collector.comments, collector.problems = [], [], []
        collector.glued = []
        resumed_from = 0
        # Where hyphenated names already reported stand: each such name is one error, not one per use.
        told_hyphens: set[int] = set()
        while True:
            try:
                start: int | None = resumed_from
                if reader is not None:
                    start = _read_ahead(reader, resumed_from, collector)
                if start is not None:
                    _Lexer.start_at = start
                    parser.lark.parse(source.text)
                break
            except UnexpectedInput as error:
                hyphenated = _hyphenated_name_at(_error_offset(error, source.text), source.text)
                if hyphenated is None:
                    document.diagnostics.append(_describe(error, source, lang))
                elif hyphenated[0] not in told_hyphens:
                    document.diagnostics.append(_describe_hyphen(hyphenated, source, lang, told_hyphens))
                resume = _resume_point(source.text, error, resumed_from)
                failed_from = _statement_start_before(source.text, error, resumed_from)
                failed_text = source.text[failed_from:resume if resume is not None else None]
                document.unparsed_ids.update(parser.lexicon.declared_id.findall(failed_text))
                syntax_errors = sum(d.code in UNPARSED_CODES for d in document.diagnostics)
                if resume is None:
                    break
                if syntax_errors >= MAX_SYNTAX_ERRORS:
                    document.diagnostics.append(problem(
                        "E006", i18n.text("E006", lang, count=syntax_errors), source.span(resume, resume)))
                    break
                resumed_from = resume
        _Lexer.start_at = 0
        document.statements = list(collector.statements)
        seen: set[int] = set()
        for comment in sorted(collector.comments, key=lambda c: c.span.start):
            if comment.span.start not in seen:
                seen.add(comment.span.start)
                document.comments.append(comment)
        document.diagnostics.extend(collector.problems)
        for start, end in dict.fromkeys(collector.glued):
            document.diagnostics.append(problem(
                "E122", i18n.text("E122", lang), source.span(start, end), i18n.text("E122.hint", lang)))
            document.glued.add(start)
    return document


def _read_ahead(reader: Reader, start: int, collector: _Collector) -> int | None:
    """Let the reader read from `start`; return where this parser must take over (None: nowhere)."""
    read = reader.read(start)
    collector.statements += read.statements
    collector.comments += read.comments
    collector.problems += read.problems
    collector.glued += read.glued
    return read.stop


# Codes that mean part of a file could not be parsed, so its statements are missing.
UNPARSED_CODES = frozenset({"E001", "E002", "E003", "E004", "E006"})


def _error_offset(error: UnexpectedInput, text: str) -> int:
    position = getattr(error, "pos_in_stream", None)
    if position is None and isinstance(error, UnexpectedToken):
        position = getattr(error.token, "start_pos", None)
    return len(text) if position is None else position


def _statement_start_before(text: str, error: UnexpectedInput, after: int) -> int:
    """Return where the statement holding the error began (or where parsing resumed)."""
    position = _error_offset(error, text)
    starts = [m.start() for m in lexicon().statement_start.finditer(text, after, position + 1)]
    return starts[-1] if starts else after


def _resume_point(text: str, error: UnexpectedInput, after: int) -> int | None:
    position = _error_offset(error, text)
    if position >= len(text):
        return None
    end = line_end(text, max(position, after))
    if end == len(text):
        return None
    match = lexicon().statement_start.search(text, end + 1)
    return match.start() if match else None


def _describe(error: UnexpectedInput, source: Source, lang: str) -> Diagnostic:
    """Turn a Lark error into a diagnostic in words a non-programmer understands."""
    if isinstance(error, UnexpectedCharacters):
        offset = _error_offset(error, source.text)
        char = source.text[offset] if offset < len(source.text) else ""
        span = source.span(offset, offset + 1)
        if char == '"':
            span = source.span(offset, line_end(source.text, offset))
            return problem("E002", i18n.text("E002", lang), span, i18n.text("E002.hint", lang))
        shown = char if char.isprintable() else repr(char)[1:-1]
        hint_key = _CHARACTER_HINTS.get(char, "E001.hint")
        return problem("E001", i18n.text("E001", lang, char=shown), span, i18n.text(hint_key, lang),
                       related=_unclosed_brace(source, offset, lang))
    assert isinstance(error, UnexpectedToken)
    token = error.token
    expected = _expected_words(error.expected, lang)
    if token.type == "$END":
        offset = len(source.text)
        related = _unclosed_brace(source, offset, lang)
        # The file ends inside braces, or after an arrow or a comma that wants one more name.
        hint_key = "E004.hint.brace" if _open_brace(source, offset) is not None else \
            "E004.hint.link" if error.expected == {"NAME"} else "E004.hint"
        return problem("E004", i18n.text("E004", lang, expected=expected), source.span(offset, offset),
                       i18n.text(hint_key, lang), related=related)
    span = source.span(token.start_pos, token.end_pos)
    message = i18n.text("E003", lang, found=f"'{token}'", expected=expected)
    brace = _open_brace(source, token.start_pos)
    if token.type in ("COLON", "COMMA") and brace is not None:
        # Commas between attributes or flags. The brace is open because the error
        # stands inside it, not because a '}' is missing, so it is not pointed at.
        flags = _flags_with_commas(source, brace, token.start_pos) if token.type == "COMMA" else None
        if flags is not None:
            return problem("E003", message, span, i18n.text("E003.hint.flags", lang, example=flags))
        return problem("E003", message, span, i18n.text("E003.hint.colon", lang))
    before = source.text[:token.start_pos]
    if brace is None and token.type == "COLON":
        return problem("E003", message, span, i18n.text("E003.hint.colon_outside", lang))
    if brace is None and (token.type == "ARROW" or before.rstrip().endswith(("->", "-|"))):
        return problem("E003", message, span, i18n.text("E003.hint.arrow", lang))
    # Inside braces opened on an earlier line, or at the start of a line, the slip may
    # well lie on a line above (a '}' not written); elsewhere it lies on this line.
    first_on_line = not before[max(before.rfind("\n"), before.rfind("\r")) + 1:].strip()
    hint_key = "E003.hint" if brace is not None or first_on_line else "E003.hint.line"
    return problem("E003", message, span, i18n.text(hint_key, lang),
                   related=_unclosed_brace(source, token.start_pos, lang))


def _flags_with_commas(source: Source, brace: int | None, comma: int) -> str | None:
    """`{ unintended negative }` for an unexpected comma in `{ unintended, negative }`, else None.

    Only for braces that hold flags alone: with an attribute among them, the
    comma may separate its values, and the hint about attributes applies.
    """
    if brace is None:
        return None
    text = source.text
    next_statement = lexicon().statement_start.search(text, line_end(text, comma) + 1)
    closing = next((m.start() for m in lexicon().braces.finditer(text, comma)
                    if m.lastgroup in ("RBRACE", "LBRACE")), len(text))
    if next_statement is not None:
        closing = min(closing, next_statement.start())
    tokens = [t for t in lexicon().tokens(text[brace + 1:closing])
              if t.type not in lexicon().ignored and t.type != "COMMA"]
    if not tokens or any(t.type != "NAME" for t in tokens):
        return None
    return "{ " + " ".join(t.text for t in tokens) + " }"


def _hyphenated_name_at(offset: int, text: str) -> tuple[int, int] | None:
    """Where the name with a hyphen (`conversation-cards`) that holds an error's offset stands, if any.

    Its '-' is read as a stray character, or as the sign of a number (`phase-2`),
    which says nothing about the real slip.
    """
    # A name never spans a line: only the line that holds the offset is searched.
    start = max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1
    for match in lexicon().hyphenated.finditer(text, start, line_end(text, offset)):
        if match.lastgroup == "HYPHENATED" and match.start() < offset < match.end():
            return match.span()
    return None


def _describe_hyphen(here: tuple[int, int], source: Source, lang: str, told: set[int]) -> Diagnostic:
    """One error for a hyphenated name, with its other uses (which stay unparsed) as related places."""
    name = source.text[here[0]:here[1]]
    same = [match.span() for match in lexicon().hyphenated.finditer(source.text)
            if match.lastgroup == "HYPHENATED" and match.group() == name]
    told.update(start for start, _ in same)
    also = i18n.text("E001.related.hyphen", lang)
    related = tuple(Related(source.span(start, end), also) for start, end in same if start != here[0])
    return problem("E001", i18n.text("E001.hyphen", lang, name=name), source.span(*here),
                   i18n.text("E001.hint.hyphen", lang, suggestion=name.replace("-", "_")), related=related)


# What a stray character most likely meant.
_CHARACTER_HINTS = {
    "=": "E001.hint.equals",
    ">": "E001.hint.arrow",
    "-": "E001.hint.arrow",
    "<": "E001.hint.arrow",
    ";": "E001.hint.semicolon",
    "'": "E001.hint.quote",
    "\u201c": "E001.hint.quote",
    "\u201d": "E001.hint.quote",
}

def _open_brace(source: Source, offset: int) -> int | None:
    """Where the '{' still open at an offset stands, if any."""
    opened: list[int] = []
    # Texts and comments may hold braces of their own; only the others count.
    for match in lexicon().braces.finditer(source.text, 0, offset):
        if match.lastgroup == "LBRACE":
            opened.append(match.start())
        elif match.lastgroup == "RBRACE" and opened:
            opened.pop()
    return opened[-1] if opened else None


def _unclosed_brace(source: Source, offset: int, lang: str) -> tuple[Related, ...]:
    """Point at a '{' opened on an earlier line and not closed before the error, if any."""
    opened = _open_brace(source, offset)
    if opened is None:
        return ()
    brace = source.span(opened, opened + 1)
    if brace.line == source.position(offset)[0]:
        return ()
    return (Related(brace, i18n.text("E004.related", lang)),)


def _expected_words(terminals: set[str], lang: str) -> str:
    order = ["NAME", "STRING", "NUMBER", "ARROW", "COMMA", "COLON", "LBRACE", "RBRACE", "$END"]
    known = [t for t in order if t in terminals]
    words = [i18n.text(f"token.{t}", lang) for t in known]
    if not words:
        return i18n.text("token.NAME", lang)
    if len(words) == 1:
        return words[0]
    return ", ".join(words[:-1]) + f" {i18n.text('word.or', lang)} " + words[-1]
