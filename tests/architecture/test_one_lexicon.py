"""One source for the lexical shape: no module but the lexicon writes its own regex for a text, a name or a comment.

The terminals live in grammar/toc.lark; toc/language/lexicon.py derives every
other pattern from them. A module that spells out a text, a name, a number or
a comment again would drift from the grammar, so this scan looks for such
spellings in the string constants of every module (and the generators in
scripts/), in two ways: fragments that only such a regex contains, and
regexes that behave like one on sample words.
"""

from __future__ import annotations

import ast
import re
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LEXICON = ROOT / "toc" / "language" / "lexicon.py"
MODULES = sorted(p for folder in ("toc", "scripts") for p in (ROOT / folder).rglob("*.py")
                 if p != LEXICON)

# Pieces of regular expression that spell a name, a text, a number or a comment.
FRAGMENTS = {
    "name": ("[^\\W\\d]", "\\w+$"),
    # A toc text allows escapes; `"[^"]*"` (an XML attribute in Graphviz's SVG) is not one.
    "text": ('"(?:', '[^"\\\\', '[^"\\n', "\\\\[^\\n]", "\\\\."),
    "number": ("\\d+(?:", "\\d+(\\."),
    "comment": ("#[^", "#.*", "(#)"),
}
# What a regex for each must match whole, and what it must not.
BEHAVIOUR = {
    "name": (["één", "_x", "Ωmega", "zelfredzaamheid"], ["2a", '"x"', "# x", "a b"]),
    "text": (['"a"', '"a \\" b"', '"# x {"'], ['"a', "a", '"a" "b"']),
    "comment": (["# x", '# "q" {'], ["x", '"# x"', "# x\ny"]),
}


def string_constants(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)]


def spells(value: str) -> list[str]:
    """What lexical shapes a string constant spells out, by fragment or by behaviour."""
    found = [shape for shape, pieces in FRAGMENTS.items() if any(p in value for p in pieces)]
    try:
        with warnings.catch_warnings():  # most constants are not regexes at all
            warnings.simplefilter("ignore")
            pattern = re.compile(value)
    except (re.error, ValueError):
        return found
    for shape, (matched, refused) in BEHAVIOUR.items():
        if (all(pattern.fullmatch(w) for w in matched)
                and not any(pattern.fullmatch(w) for w in refused)):
            found.append(shape)
    return found


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_spells_out_the_lexical_shape_itself(path: Path) -> None:
    own = [(line, shape) for line, value in string_constants(path) for shape in spells(value)]
    assert own == [], f"{path.relative_to(ROOT)} writes its own regex; take it from toc.language.lexicon"


@pytest.mark.parametrize("value, shape", [
    (r"[^\W\d]\w*", "name"),
    (r'"(?:[^"\\\n]|\\.)*"', "text"),
    (r"#[^\n]*", "comment"),
    (r"(?<![\w.])-?\d+(?:\.\d+)?%(?!\w)", "number"),
    (r"(?!\d)\w+", "name"),
    (r'"[^"\n]*"', "text"),
    (r"#.*", "comment"),
])
def test_the_scan_recognises_a_hand_written_pattern(value: str, shape: str) -> None:
    assert shape in spells(value)

