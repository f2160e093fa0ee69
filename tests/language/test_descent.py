"""The hand-written parser reads as the grammar's LALR parser does: the same Document, errors and all.

`toc.language.descent` reads every file first and hands over to the LALR parser
at the first statement it cannot read. Both must give the same statements,
comments, diagnostics (same words, same positions, same order), unparsed ids and
glued names on every file of the test corpus, on generated text and on text
that is broken on purpose, so the grammar stays the one definition of the language.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.generate import layered, synthetic
from tests.conftest import ROOT
from toc.language import descent, parser
from toc.language.load import detect_lang
from toc.language.source import Source
from toc.language.terminals import lexicon, terminal_table

CORPUS = sorted(p for folder in ("examples", "tests") for p in (ROOT / folder).rglob("*.toc"))
# (A file of the corpus that is not UTF-8 on purpose is read as the command line would refuse it.)
TEXTS = {str(p.relative_to(ROOT)): p.read_bytes().decode("utf-8", errors="replace") for p in CORPUS}
# What people type, and what they type by accident: every terminal and then some.
PIECES = ['outcome ', 'theory ', 'counterfactual ', 'group ', 'use ', 'x ', 'één ', 'a, ', '-> ', '-| ',
          '{ ', '} ', ': ', ', ', '"label" ', '"ha \\"lf" ', '"\\q" ', '"open ', '20% ', '-3.5 ', '# note\n',
          '\n', '\r\n', '\r', '\t', ' ', '=', ';', '@', '>', '"', '\\', '\ufeff', 'indicator "I" ',
          'when: c ', 'unintended ', '"a"b ']
SETTINGS = settings(max_examples=300, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def assert_same(text: str, path: str = "t.toc") -> None:
    lang = detect_lang(text)
    source = Source(path, text)
    expected = parser.parse(source, lang)
    found = descent.parse(source, lang)
    assert found.statements == expected.statements
    assert found.comments == expected.comments
    assert found.diagnostics == expected.diagnostics  # words, positions and order
    assert found.unparsed_ids == expected.unparsed_ids
    assert found.glued == expected.glued


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_every_file_of_the_corpus_reads_the_same(name: str) -> None:
    assert_same(TEXTS[name], name)


@pytest.mark.parametrize("text", [synthetic(300), layered(6, 20)], ids=["synthetic", "layered"])
def test_generated_theories_read_the_same(text: str) -> None:
    assert_same(text)


@SETTINGS
@given(st.lists(st.sampled_from(PIECES), max_size=60).map("".join))
def test_pieces_of_the_language_in_any_order_read_the_same(text: str) -> None:
    assert_same(text)


@SETTINGS
@given(st.sampled_from(sorted(TEXTS)), st.integers(0, 2**32))
def test_broken_files_read_the_same(name: str, seed: int) -> None:
    rng = random.Random(seed)
    text = TEXTS[name]
    for _ in range(rng.randrange(1, 4)):
        start = rng.randrange(len(text) + 1)
        end = min(len(text), start + rng.randrange(0, 12))
        text = text[:start] + "".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 3))) + text[end:]
    assert_same(text)


@pytest.mark.parametrize("text", [
    "", "\n\n", "   ", "# only a comment", "outcome", 'outcome a "A" "B"\n', 'outcome a "A" }\n',
    'a -> b c -> d', 'a, b { }', 'x { a: b, }', 'x { a: b c: d e }', 'x { n "l" "t" }',
    'outcome a "A\\q" { x: "b\\z" ? }\noutcome b "B"\n', 'outcome a "A"b -> c\n',
    # escape problems come in the order the LALR parser meets them: a label after its braces
    'outcome a "A\\q" { description: "b\\z"  indicator "I\\w" { description: "\\v" } }\n',
    'theory "T" { lang: nl }\noutcome a "A" @\noutcome b "B\n' + 'c -> ' * 30 + '\n',
    "\n".join(f"x{i} {{" for i in range(30)),  # more errors than are reported
])
def test_edge_cases_read_the_same(text: str) -> None:
    assert_same(text)


def test_the_kept_terminals_are_the_grammars() -> None:
    terminals, ignored = terminal_table()
    lark_terminals, lark_ignored = parser.terminal_table()
    assert terminals == lark_terminals and ignored == frozenset(lark_ignored)
    assert lexicon().pattern.pattern == parser.lexicon().pattern.pattern


def test_a_damaged_cache_of_terminals_is_made_again(tmp_path, monkeypatch) -> None:
    from toc.language import terminals

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    terminals.terminal_table.cache_clear()
    try:
        first = terminals.terminal_table()
        (kept,) = (tmp_path / "toc").glob("terminals-*.json")
        kept.write_text("{not json", encoding="utf-8")
        terminals.terminal_table.cache_clear()
        assert terminals.terminal_table() == first
        assert kept.read_text(encoding="utf-8").startswith("{\"terminals\"")
    finally:
        terminals.terminal_table.cache_clear()


def test_a_valid_file_needs_no_lalr_parser() -> None:
    import subprocess
    import sys

    probe = ("import sys\nfrom toc.language.load import load\n"
             f"loaded = load(open({str(ROOT / 'examples' / 'pocket-money.toc')!r}).read())\n"
             "assert loaded.ok\nprint('lark' in sys.modules)")
    # The terminals are in the cache after the tests above ran in this process's user.
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                            cwd=Path(ROOT))
    assert result.stdout.strip() == "False"
