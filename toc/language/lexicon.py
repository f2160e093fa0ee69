"""The language's lexical shape from the grammar's terminals: patterns and a forgiving token stream.

grammar/toc.lark defines the terminals (a name, a text, a number, a comment,
an arrow, ...). The parser hands their regular expressions to `Lexicon.build`,
and every other pattern that needs to know what a text or a name looks like
is derived here from those, so that the grammar stays the one source. The
language server and the editor grammar generator read them through
`toc.language.parser.lexicon()`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from toc.language.source import line_end
from toc.language.vocabulary import ENUMS, THEORY, THEORY_ATTRIBUTES

# Where a line begins: at the start of the text or after a line break. Python's `^`
# (with MULTILINE) knows only LF, and a lone CR ends a line too (toc.language.source).
_LINE_START = r"(?:^|(?<=\r))"

# What each escape in a text stands for. The grammar's STRING accepts a backslash
# before any character; the parser reports the ones not listed here (E005).
ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}
# One escape inside a text, as STRING reads it: a backslash and the character after
# it, which is never a line break (`.` does not match one).
ESCAPE = re.compile(r"\\(.)")
# Token kinds of the forgiving stream that are not terminals of the grammar.
OPEN_STRING = "OPEN_STRING"  # a text whose closing quote is missing: it runs to the line's end
OTHER = "OTHER"  # a character no terminal matches
# Characters that always have a meaning of their own in a regular expression.
_SPECIAL = frozenset("\\.^$*+?{}[]()|")


@dataclass(frozen=True)
class Lexeme:
    """One token of a text: its terminal's name, the characters and their offsets."""

    type: str
    text: str
    start: int
    end: int


def literal_edges(pattern: str) -> tuple[str, str]:
    """The plain character a terminal's pattern starts with and the one it ends with ('' if none).

    `"(?:...)*"` gives ('"', '"'), `#[^\r\n]*` gives ('#', ''). Meant for the
    grammar's terminals, none of which is an alternation at its top level.
    """
    first = pattern[0] if pattern and pattern[0] not in _SPECIAL else ""
    ends_plain = len(pattern) > 1 and pattern[-1] not in _SPECIAL and pattern[-2] != "\\"
    return first, pattern[-1] if ends_plain else ""


@dataclass(frozen=True)
class Lexicon:
    """The grammar's terminals as regular expressions, and the patterns derived from them."""

    terminals: Mapping[str, re.Pattern[str]]
    # Every terminal in one alternation, each in a group named after it, in the order
    # the lexer tries them; the parser's lexer matches with this very pattern.
    pattern: re.Pattern[str]
    ignored: frozenset[str]
    # The same without the spaces (WS), which may stand before each terminal instead: one
    # match per token and no match for the spaces between, for the hand-written parser.
    spaced: re.Pattern[str]
    # The character a text opens and closes with, and the one a comment starts with.
    quote: str
    comment_mark: str
    # A statement at column 1: where parsing resumes after a syntax error.
    statement_start: re.Pattern[str]
    # `keyword id "`: the id a declaration declares, also when the rest of it is broken.
    declared_id: re.Pattern[str]
    # `theory "..." { ... }` up to its closing brace; group 1 is the keyword, 2 the braces.
    header: re.Pattern[str]
    # `lang: nl` (or `taal: en`) in the header's braces; group 1 is the language.
    lang_setting: re.Pattern[str]
    # Texts and comments: what may hold braces, quotes and words that are not code.
    text_or_comment: re.Pattern[str]
    # Braces outside texts and comments (the groups are LBRACE and RBRACE).
    braces: re.Pattern[str]
    # A name with hyphens in it (`conversation-cards`, group HYPHENATED), outside texts and comments.
    hyphenated: re.Pattern[str]

    @classmethod
    def build(cls, terminals: Mapping[str, str], ignored: frozenset[str]) -> Lexicon:
        """Derive every pattern from the terminals' regular expressions, given in the lexer's order."""
        name, text, comment = terminals["NAME"], terminals["STRING"], terminals["COMMENT"]
        quote, closing = literal_edges(text)
        if not quote or quote != closing:
            raise ValueError(f"STRING should open and close with the same character: {text}")
        mark = literal_edges(comment)[0]
        if not mark:
            raise ValueError(f"COMMENT should start with a fixed character: {comment}")
        text_or_comment = rf"(?:{text})|(?>{comment})"
        theory = "|".join(re.escape(s) for s in THEORY.spellings)
        settings = [a.word for a in THEORY_ATTRIBUTES if a.enum == "lang"]
        setting = "|".join(re.escape(s) for w in settings for s in w.spellings)
        languages = "|".join(re.escape(s) for w in ENUMS["lang"].values()
                             for s in dict.fromkeys(w.spellings))
        # Anything in the header's braces but a closing brace, a text or a comment.
        plain = f"[^}}{re.escape(quote)}{re.escape(mark)}]"
        others = "|".join(f"(?P<{kind}>{regex})" for kind, regex in terminals.items() if kind != "WS")
        return cls(
            terminals={kind: re.compile(regex) for kind, regex in terminals.items()},
            pattern=re.compile("|".join(f"(?P<{kind}>{regex})" for kind, regex in terminals.items())),
            ignored=ignored,
            spaced=re.compile(f"(?:{terminals['WS']})?(?:{others})"),
            quote=quote,
            comment_mark=mark,
            statement_start=re.compile(rf"{_LINE_START}(?:{name})", re.MULTILINE),
            declared_id=re.compile(rf"{_LINE_START}[ \t]*(?:{name})[ \t]+({name})[ \t]*{re.escape(quote)}",
                                   re.MULTILINE),
            header=re.compile(rf"{_LINE_START}[ \t]*({theory})[ \t]+(?:{text})\s*"
                              rf"((?:{terminals['LBRACE']})(?:{text_or_comment}|{plain})*"
                              rf"(?:{terminals['RBRACE']}))?", re.MULTILINE),
            lang_setting=re.compile(rf"(?<!\w)(?:{setting})\s*(?:{terminals['COLON']})\s*"
                                    rf"({languages})(?!\w)"),
            text_or_comment=re.compile(text_or_comment),
            braces=re.compile(rf"{text_or_comment}|(?P<LBRACE>{terminals['LBRACE']})"
                              rf"|(?P<RBRACE>{terminals['RBRACE']})"),
            # A '-' before a word character cannot start an arrow ('->', '-|'), so it is glued into the name.
            hyphenated=re.compile(rf"{text_or_comment}|(?P<HYPHENATED>(?<![\w-])(?:{name})(?:-\w+)+)"),
        )

    def is_name(self, word: str) -> bool:
        """Whether `word` is one NAME of the grammar, so it can be an id."""
        return self.terminals["NAME"].fullmatch(word) is not None

    def tokens(self, text: str) -> Iterator[Lexeme]:
        """Every token of `text` with its offsets, also where the grammar would stop.

        Editors read text that is being typed, so nothing here fails: a text whose
        closing quote is missing runs to the end of its line (OPEN_STRING), and a
        character no terminal matches is OTHER. Spaces and comments are kept.
        """
        match, quote = self.pattern.match, self.quote
        position, size = 0, len(text)
        while position < size:
            found = match(text, position)
            if found is not None and found.end() > position:
                kind, end = found.lastgroup or OTHER, found.end()
            elif text.startswith(quote, position):
                kind, end = OPEN_STRING, line_end(text, position)
            else:
                kind, end = OTHER, position + 1
            yield Lexeme(kind, text[position:end], position, end)
            position = end


