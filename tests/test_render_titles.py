"""The title area: the theory's title, the name of a view, the marked subject, Mermaid's front matter."""

from __future__ import annotations

import re

import pytest
import yaml

from tests.conftest import EXAMPLES, load_text
from tests.render_helpers import HOSTILE_LABELS
from toc.escape.mermaid import mermaid_title
from toc.model import Theory
from toc.render.dot import Options, to_dot
from toc.render.mermaid import to_mermaid
from toc.render.views import View

POCKET = next(p for p in EXAMPLES if p.stem == "pocket-money")
DUTCH = next(p for p in EXAMPLES if p.stem == "sociaal-arrangeren")


def theory(path) -> Theory:
    return load_text(path.read_text(encoding="utf-8"), str(path)).theory


def node_line(dot: str, label: str) -> str:
    return next(line for line in dot.splitlines() if f"<br/>{label}>" in line)


def test_a_focus_names_itself_under_the_title_and_marks_its_node() -> None:
    dot = to_dot(theory(POCKET), Options(View(focus="skills")))
    assert "<B>Focus: Children's financial skills</B>" in dot
    assert "penwidth=3.2" in node_line(dot, "Children's financial<br/>skills")
    assert sum("penwidth=3.2" in line for line in dot.splitlines()) == 1
    assert "Focus:" not in to_dot(theory(POCKET)) and "penwidth=3.2" not in to_dot(theory(POCKET))


def test_a_perspective_names_itself_in_the_theory_language() -> None:
    dot = to_dot(theory(DUTCH), Options(View(perspective="mantelzorg", depth=2), lang="nl"))
    assert "<B>Perspectief: Mantelzorgers en familie · diepte 2</B>" in dot
    assert "penwidth=3.2" in node_line(dot, "Mantelzorgers en<br/>familie")
    english = to_dot(theory(POCKET), Options(View(perspective="parents")))
    assert "<B>Perspective: Parents with little money</B>" in english


def test_the_view_name_is_escaped() -> None:
    hostile = load_text('theory "T" { lang: en }\nmechanism m "<b>x</b> & \\"y\\""').theory
    dot = to_dot(hostile, Options(View(focus="m")))
    assert "Focus: &lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;" in dot


def front_matter(text: str) -> dict:
    lines = text.split("\n")
    assert lines[0] == "---" and lines[2] == "---" and lines[3].startswith("flowchart ")
    return yaml.safe_load(lines[1])


def test_mermaid_starts_with_the_title_in_front_matter() -> None:
    text = to_mermaid(theory(POCKET))
    assert front_matter(text) == {"title": "Pocket money as a practice ground"}
    focused = to_mermaid(theory(DUTCH), Options(View(focus="ontlasting"), lang="nl"))
    assert front_matter(focused)["title"] == (
        "Sociaal arrangeren rond kwetsbare ouderen · Focus: Mantelzorgers voelen zich gesteund")
    assert re.search(r"^  class n\d+ subject$", focused, re.M)


def test_mermaid_without_a_title_has_no_front_matter() -> None:
    text = to_mermaid(load_text('mechanism m "M"').theory)
    assert text.startswith("flowchart LR\n")


@pytest.mark.parametrize("title", [*HOSTILE_LABELS, 'x"\n---\nflowchart LR\n  a --> b\n---',
                                   "a: b # comment", "- [list, item]", "{key: value}", "'single'",
                                   "\\", '\\"', "trailing\\", "line\u2028sep\x85next", "\ufeffbom",
                                   "\ufffe\uffff", "&#35; %% comment", "title: twice"])
def test_a_hostile_title_stays_one_yaml_string(title: str) -> None:
    text = to_mermaid(Theory(label=title, nodes=[]))
    lines = text.split("\n")
    assert lines[0] == "---" and lines[2] == "---" and lines[3] == "flowchart LR"
    assert lines[1].startswith('title: "') and lines[1].endswith('"')
    parsed = front_matter(text)
    assert list(parsed) == ["title"] and isinstance(parsed["title"], str)
    # Every printable character of the title comes back, in order; controls come back
    # as visible stand-ins (or spaces), which this comparison leaves aside.
    assert "<" not in parsed["title"] and ">" not in parsed["title"]
    assert _printable(parsed["title"].translate(ANGLES)) == _printable(title)


ANGLES = str.maketrans({"\u2039": "<", "\u203a": ">"})  # what the title shows for < and >


def _printable(text: str) -> str:
    return "".join(c for c in text if c.isprintable() and not c.isspace()
                   and not "\u2400" <= c <= "\u2421" and c != "\ufffd")


def test_mermaid_title_escapes_what_yaml_needs() -> None:
    assert mermaid_title('say "hi" \\ there') == '"say \\"hi\\" \\\\ there"'
    assert mermaid_title("two\nlines") == '"two lines"'
    assert mermaid_title("\ufffe") == '"\ufffd"'


def test_an_ampersand_in_the_title_stays_an_ampersand() -> None:
    """Mermaid sanitizes a title with `<` as HTML (tags dropped, `&` shown as `&amp;`): none is left."""
    text = to_mermaid(Theory(label="Care & welfare <script>alert(1)</script> for <young> people", nodes=[]))
    title = front_matter(text)["title"]
    assert title == "Care & welfare \u2039script\u203aalert(1)\u2039/script\u203a for \u2039young\u203a people"
    assert "&amp;" not in text and "<" not in title and ">" not in title
