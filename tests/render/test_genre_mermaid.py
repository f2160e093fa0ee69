"""The Mermaid flowchart knows the constructs of real plans: groups as subgraphs, an aim to
reduce, confidence, element assumptions; group titles escaped like every label."""

from __future__ import annotations

import re

from tests.conftest import load_text
from tests.render.test_genre_drawing import PLAN
from toc.render.dot import Options
from toc.render.mermaid import to_mermaid
from toc.render.views import View


def chart(**options) -> str:
    return to_mermaid(load_text(PLAN).theory, Options(**options))


def test_groups_are_nested_subgraphs_titled_with_escaped_labels() -> None:
    text = chart()
    outer = text.index('  subgraph g2["The programme"]')
    inner = text.index('    subgraph g1["Stage 1: #60;Preparation#62; #38; more"]')
    assert outer < inner < text.index("    end\n  end\n")
    body = text[inner:text.index("    end\n", inner)]
    assert re.findall(r"^      (n\d+)$", body, re.M) == ["n5", "n6"]  # coaching, sessions
    assert "  style g1 fill:#eceff3,stroke:#78909c" in text
    assert "subgraph g" not in chart(view=View(hide=frozenset({"groups"})))


def test_a_focused_group_is_marked() -> None:
    assert "  style g1 fill:#eceff3,stroke:#78909c,stroke-width:3px" in chart(view=View(focus="stage1"))


def test_aim_confidence_and_for_are_written_and_doubt_is_thin() -> None:
    text = chart()
    assert '"<small>outcome · ↓ aim: less</small><br/>Dropping out"' in text
    assert '-->|"<small>for Young people · 70%</small>"|' in text
    assert '--x|"<small>may reduce</small>"|' in text
    edges = [line for line in text.splitlines() if re.match(r"  [njc]\d+ (-->|---|--x|-\.-)", line)]
    doubtful = [i for i, line in enumerate(edges) if "30%" in line]
    assert doubtful and f"  linkStyle {doubtful[0]} stroke:#a7b6be,stroke-width:1px" in text


def test_an_elements_assumptions_are_joined_to_it() -> None:
    text = chart()
    assert re.search(r"^  n2 -\.- n6$", text, re.M)  # staff stay - sessions held
    assert re.search(r"^  n3 -\.- n5$", text, re.M) and re.search(r"^  n3 -\.- n7$", text, re.M)
