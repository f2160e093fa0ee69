"""Properties of the formatter over generated theories and every example and golden input.

For any text that parses: formatting twice gives what formatting once gives, the
model is unchanged, and the comments are the same, in the same order.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from tests.conftest import EXAMPLES
from tests.fmt_strategies import toc_texts
from toc.api import load
from toc.fmt import format_text
from toc.fmt.conventions import from_text
from toc.fmt.safety import comment_texts

GOLDEN_INPUTS = sorted((Path(__file__).parent / "fmt" / "cases").glob("*.in.toc"))
PATH = "generated.toc"


def check_properties(text: str, path: str = PATH) -> str:
    """Assert the three properties for one text (independently of the built-in proof)."""
    body = from_text(text)[0]
    before = load(body, path)
    assert before.documents[path].diagnostics == [], "the input must parse"
    once = format_text(text, path).text
    twice = format_text(once, path).text
    assert twice == once
    after = load(from_text(once)[0], path)
    assert after.theory == before.theory
    assert comment_texts(after.documents[path]) == comment_texts(before.documents[path])
    assert len(after.documents[path].comments) == len(before.documents[path].comments)
    return once


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(toc_texts())
def test_generated_theories_keep_model_and_comments_and_are_stable(text: str) -> None:
    formatted = check_properties(text)
    assert "\t" not in formatted.replace("\\t", "")
    assert all(line == line.rstrip() for line in formatted.splitlines())
    assert "\n\n\n" not in formatted.replace("\r\n", "\n")


@settings(max_examples=50, deadline=None)
@given(toc_texts())
def test_the_generated_texts_are_valid_theories(text: str) -> None:
    loaded = load(from_text(text)[0], PATH)
    assert loaded.ok, [d.message for d in loaded.diagnostics]


@pytest.mark.parametrize("path", EXAMPLES + GOLDEN_INPUTS, ids=lambda p: p.name)
def test_examples_and_golden_inputs(path: Path) -> None:
    check_properties(path.read_bytes().decode("utf-8"), path.name)


# Every kind of statement, written compactly so that nearly every gap between
# words is a place where a comment can go.
_ALL_KINDS = """theory "T" { lang: en }
actor a "A" { role: participant }
intervention i "I" { by: a }
context c "C" { kind: hindering }
outcome o "O" { unintended horizon: short indicator "N" { kind: number baseline: 1 } }
impact p "P"
i, c -> o -| p { when: c label: "L" }
counterfactual o, p { "S" deadweight: 5% }
"""
_CHUNK = re.compile(r'"(?:[^"\\\n]|\\[^\n])*"|#[^\n]*|[^\s"#{}:,]+|[{}:,]')


@pytest.mark.parametrize("where", ["after", "own-line"])
def test_a_comment_after_every_word(where: str) -> None:
    """Put one comment after each word in turn; each must survive and stay stable."""
    probe = "  # probe\n" if where == "after" else "\n# probe\n"
    for chunk in _CHUNK.finditer(_ALL_KINDS):
        if chunk.group().startswith("#"):
            continue
        text = _ALL_KINDS[: chunk.end()] + probe + _ALL_KINDS[chunk.end():]
        assert "# probe" in check_properties(text), text
