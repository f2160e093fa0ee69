"""The lexicon: every pattern derived from the grammar's terminals agrees with the parser on tricky text."""

from __future__ import annotations

import dataclasses

import pytest

from tests.conftest import load_text
from toc.language.lexicon import ESCAPE, ESCAPES, OPEN_STRING, OTHER, Lexicon, literal_edges
from toc.language.load import detect_lang
from toc.language.parser import lexicon, parse
from toc.language.source import Source
from toc.language.syntax import Attributes, Declaration, Document, Header, Name, Value

# Valid theories that stress the lexical shape: Unicode names, escaped quotes and
# '#' inside texts, braces in texts and comments, percentages, CRLF line ends.
TRICKY = {
    "unicode names": 'outcome één "Één ding"\nzelfredzaamheid -> één -| _buurt2\nactor Ωmega "Ω"\n',
    "escaped quotes": 'actor a "say \\"hi\\" and \\\\ back" { description: "\\"quoted\\"" }\n',
    "hash in texts": 'outcome x "no # comment here" # but "here" {one}\nx -> y # end\n',
    "numbers": 'counterfactual x { deadweight: 20%  attribution: 12.5%  target: -3  baseline: 2.75 }\n',
    "crlf": 'theorie "T" {\r\n  taal: nl\r\n}\r\noutcome x "X" # note\r\nx -> y\r\n',
    "braces in texts": 'outcome o "a {b} c" { # a } in a comment\n  description: "}"\n}\n',
    "glued": 'effect e_2 "100% {sure}"{baseline:-2.5,3}\nimpact i "I"{}\n',
}


def parsed(text: str) -> Document:
    document = parse(Source("t.toc", text))
    assert document.diagnostics == []
    return document


def written(node: object) -> list[tuple[int, str]]:
    """Every name, text, number, arrow and brace of a syntax tree, as (offset, characters)."""
    if isinstance(node, Name):
        return [(node.span.start, node.text)]
    if isinstance(node, Value):
        return [(node.span.start, node.raw)]
    found = []
    if isinstance(node, Attributes):
        found += [(node.span.start, "{"), (node.span.end - 1, "}")]
    if dataclasses.is_dataclass(node):
        for item in dataclasses.fields(node):
            found += written(getattr(node, item.name))
    elif isinstance(node, (list, tuple)):
        for item in node:
            found += written(item)
    return found


@pytest.mark.parametrize("text", TRICKY.values(), ids=TRICKY.keys())
def test_the_token_stream_sees_what_the_parser_sees(text: str) -> None:
    document = parsed(text)
    tokens = list(lexicon().tokens(text))
    assert "".join(t.text for t in tokens) == text
    assert all(a.end == b.start for a, b in zip(tokens, tokens[1:]))
    kept = sorted((t.start, t.text) for t in tokens
                  if t.type not in lexicon().ignored | {"COLON", "COMMA"})
    assert kept == sorted(written(document.statements))
    comments = [(t.start, t.text) for t in tokens if t.type == "COMMENT"]
    assert comments == [(c.span.start, c.text) for c in document.comments]


@pytest.mark.parametrize("text", TRICKY.values(), ids=TRICKY.keys())
def test_texts_and_comments_and_braces_are_the_tokens(text: str) -> None:
    tokens = list(lexicon().tokens(text))
    texts_and_comments = [(t.start, t.text) for t in tokens if t.type in ("STRING", "COMMENT")]
    assert [(m.start(), m.group()) for m in lexicon().text_or_comment.finditer(text)] == texts_and_comments
    braces = [(t.start, t.type) for t in tokens if t.type in ("LBRACE", "RBRACE")]
    assert [(m.start(), m.lastgroup) for m in lexicon().braces.finditer(text)
            if m.lastgroup in ("LBRACE", "RBRACE")] == braces


@pytest.mark.parametrize("text", TRICKY.values(), ids=TRICKY.keys())
def test_statement_starts_and_declared_ids_agree_with_the_parser(text: str) -> None:
    # Every statement here starts a line, as statements after a syntax error must.
    statements = parsed(text).statements
    starts = [m.start() for m in lexicon().statement_start.finditer(text)]
    assert starts == [s.span.start for s in statements]
    ids = [s.id.text for s in statements if isinstance(s, Declaration)]
    assert lexicon().declared_id.findall(text) == ids


def test_declared_ids_are_found_in_statements_that_did_not_parse() -> None:
    document = parse(Source("t.toc", 'outcome één "Eén\noutcome b "B" { horizon: : }\nb -> één\n'))
    assert {"één", "b"} <= document.unparsed_ids


@pytest.mark.parametrize("text", TRICKY.values(), ids=TRICKY.keys())
def test_escapes_are_read_as_the_grammar_reads_texts(text: str) -> None:
    for token in lexicon().tokens(text):
        if token.type == "STRING":
            body = token.text[1:-1]
            assert "\\" not in ESCAPE.sub("", body)
            assert all(m.group(1) in ESCAPES for m in ESCAPE.finditer(body))


@pytest.mark.parametrize("word, is_name", [
    ("één", True), ("_x", True), ("Ωmega", True), ("zelf_redzaam2", True), ("é9", True),
    ("2a", False), ("٣x", False), ("a-b", False), ("two words", False), ("x.y", False), ("", False),
])
def test_a_name_is_what_the_parser_accepts_as_an_id(word: str, is_name: bool) -> None:
    document = parse(Source("t.toc", f'outcome {word} "X"\n'))
    declares = (not document.diagnostics and isinstance(document.statements[0], Declaration)
                and document.statements[0].id.text == word)
    assert lexicon().is_name(word) == declares == is_name


HEADERS = [
    'theorie "T" {\r\n  taal: en\r\n}\r\n',
    'theory "T {x}" { # a } and a " in a comment\n  lang: nl }\n',
    'theorie "Één \\"plan\\" # geen" { versie: "lang: en" }\n',
    'theory "A" {\n  scope: "x}"  taal: nl }\n',
    'theorie "B"\n',
    'theory "C" { lang:en}\n',
]


@pytest.mark.parametrize("text", HEADERS)
def test_the_header_and_its_language_agree_with_the_builder(text: str) -> None:
    loaded = load_text(text, lang="en")
    assert loaded.ok, loaded.diagnostics
    header = next(s for s in loaded.documents["t.toc"].statements if isinstance(s, Header))
    # The setting when there is one, else the language of the header's keyword.
    expected = loaded.theory.lang or ("nl" if header.keyword.text == "theorie" else "en")
    assert detect_lang(text) == expected
    match = lexicon().header.search(text)
    assert match is not None and match.start() == header.span.start
    assert (match.group(2) is not None) == (header.attributes is not None)


def test_the_forgiving_stream_reads_text_being_typed() -> None:
    text = 'outcome x "no end\r\n= één "a\\"'
    tokens = [(t.type, t.text) for t in lexicon().tokens(text) if t.type != "WS"]
    assert tokens == [("NAME", "outcome"), ("NAME", "x"), (OPEN_STRING, '"no end'),
                      (OTHER, "="), ("NAME", "één"), (OPEN_STRING, '"a\\"')]


def test_literal_edges_of_a_terminal() -> None:
    assert literal_edges('"(?:[^"\\\\\n]|\\\\[^\n])*"') == ('"', '"')
    assert literal_edges("#[^\r\n]*") == ("#", "")
    assert literal_edges("[^\\W\\d]\\w*") == ("", "")
    assert literal_edges('a\\"') == ("a", "")


def test_a_text_must_open_and_close_with_one_character() -> None:
    terminals = {"NAME": "x", "STRING": "'[^']*\"", "COMMENT": "#.*", "LBRACE": "{",
                 "RBRACE": "}", "COLON": ":"}
    with pytest.raises(ValueError, match="STRING"):
        Lexicon.build(terminals, frozenset())
