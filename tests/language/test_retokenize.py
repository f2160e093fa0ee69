"""Tokens of an edited text from those of the text before: the same as tokenizing the new text whole."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import EXAMPLES
from toc.language.descent import tokenize
from toc.language.retokenize import Tokenized, retokenize
from toc.language.terminals import lexicon

TEXTS = [path.read_text(encoding="utf-8") for path in EXAMPLES]
# What people type, and what breaks: line breaks, texts, comments, characters no token takes.
PIECES = ["\n", "\n\n", " ", "x", "é", '"', '"a"', "# c", "{", "}", "->", ":", ",", "@", "\r", "1.5%",
          'outcome o "O"\n', "a -> b\n"]


def same(before: str, after: str) -> None:
    shape = lexicon()
    made = retokenize(Tokenized(before, tokenize(before, shape)), after, shape)
    whole = tokenize(after, shape)
    assert made == whole


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(range(len(TEXTS))), st.integers(0, 2**32))
def test_an_edited_text_has_the_tokens_of_a_whole_new_reading(which: int, seed: int) -> None:
    rng = random.Random(seed)
    before = after = TEXTS[which]
    for _ in range(rng.randrange(1, 4)):
        start = rng.randrange(len(after) + 1)
        end = min(len(after), start + rng.choice([0, 0, 1, 5, 40]))
        after = after[:start] + "".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 4))) + after[end:]
    same(before, after)


@pytest.mark.parametrize("before, after", [
    ("", ""), ("", "a -> b"), ("a -> b", ""), ("a\nb\nc", "a\nb\nc"), ("a\nb\nc", "a\nc"),
    ("a\nb\nc", "a\nX\nb\nc"), ("a\nb\n", "a\nb\n\n"), ('a "x"b\nc', 'a "x"b\nd'), ("a\n@\nb", "a\n@\nc"),
    ("x # one\ny", "z\nx # one\ny"), ("a\na\na", "a\na"),
])
def test_edits_at_the_edges(before: str, after: str) -> None:
    same(before, after)


def test_a_large_theory_edited_in_one_line(tmp_path: Path) -> None:
    from bench.generate import synthetic

    text = synthetic(500)
    line = text.index("\n", len(text) // 2)
    same(text, text[:line] + " =" + text[line:])
