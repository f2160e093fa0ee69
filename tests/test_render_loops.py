"""Feedback loops in a diagram: which line runs back, where it leaves, and its marker."""

from __future__ import annotations

import re

from tests.conftest import load_text
from toc.model import Link
from toc.render.dot import Options, to_dot
from toc.render.loops import back_links
from toc.render.mermaid import to_mermaid

LOOP = """theory "Loop" { lang: en }
intervention act "Act"
mechanism learn "Learn"
outcome skills "Skills" { horizon: short }
outcome trust "Trust" { horizon: medium }
act -> learn -> skills
skills -> trust
trust -> act { loop: reinforcing }
"""


def test_the_line_that_closes_a_loop_is_found_in_writing_order() -> None:
    links = [Link(source="a", target="b"), Link(source="b", target="c"),
             Link(source="c", target="a"), Link(source="c", target="d")]
    assert back_links(["a", "b", "c", "d"], links) == {2}
    # Starting elsewhere, another line of the same loop closes it.
    assert back_links(["b", "c", "a", "d"], links) == {0}
    assert back_links(["a", "b"], [Link(source="a", target="b")]) == set()


def test_a_long_loop_is_searched_in_linear_time() -> None:
    count = 50_000  # deep enough to break a recursive search
    links = [Link(source=f"m{i}", target=f"m{(i + 1) % count}") for i in range(count)]
    assert back_links([f"m{i}" for i in range(count)], links) == {count - 1}


def test_the_line_back_leaves_and_enters_at_the_top() -> None:
    # It would otherwise start where the line into its node ends: one line with two heads.
    dot = to_dot(load_text(LOOP).theory)
    back = next(line for line in dot.splitlines() if re.match(r"  n4 -> n1 ", line))
    assert 'tailport="n"' in back and 'headport="n"' in back
    forward = [line for line in dot.splitlines() if " -> " in line and line != back]
    assert not any("port=" in line for line in forward)


def test_loop_letters_follow_the_language_in_both_targets() -> None:
    theory = load_text(LOOP).theory
    assert "<b>R</b>" in to_dot(theory) and "<b>V</b>" in to_dot(theory, Options(lang="nl"))
    assert "V versterkende lus" in to_dot(theory, Options(lang="nl"))
    assert '-->|"V"|' in to_mermaid(theory, Options(lang="nl"))
    assert '-->|"R"|' in to_mermaid(theory)
