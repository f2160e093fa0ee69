"""The Mermaid flowchart: same kinds, looks and escaping as the Graphviz diagram."""

from __future__ import annotations

import re

from tests.conftest import load_text
from tests.render_helpers import HOSTILE_LABELS, hostile_theory
from tests.test_render_dot import SMALL
from toc.escape.mermaid import mermaid_text
from toc.render.dot import Options
from toc.render.mermaid import SHAPES, to_mermaid
from toc.render.views import View, select

NODE = re.compile(r'^  (n\d+)(\S*?)"(.*)"(\S*?):::(\w+)$')


def small() -> str:
    return to_mermaid(load_text(SMALL).theory)


def test_every_label_sits_whole_between_its_quotes() -> None:
    text = to_mermaid(hostile_theory())
    for line in text.splitlines():
        if re.match(r"  n\d+[^\d ]", line):  # a node (an edge has a space after the id)
            match = NODE.match(line)
            assert match, line
            assert '"' not in match.group(3) and "<script" not in match.group(3)
    assert mermaid_text(HOSTILE_LABELS[2]) in text
    assert "click" not in text  # nothing in the chart can be made a link


def test_no_user_id_becomes_a_mermaid_id() -> None:
    ids = {m.group(1) for m in map(NODE.match, small().splitlines()) if m}
    assert ids == {f"n{i}" for i in range(1, len(ids) + 1)}


def test_kinds_have_their_shapes_and_classes() -> None:
    text = small()
    opening, closing = SHAPES[load_text(SMALL).theory.node("trust").kind]
    assert re.search(rf'  n\d+{re.escape(opening)}".*Trust"{re.escape(closing)}:::context', text)
    assert "classDef outcome fill:#e2f0d9,stroke:#38761d" in text
    harm = re.search(r"^  (n\d+)\S*\"\S*effect", text, re.M).group(1)
    assert f"class {harm} unintended" in text and f"class {harm} negative" in text


def test_conditions_join_a_point_on_their_link_and_reductions_are_red() -> None:
    text = small()
    assert re.search(r'^  j1\(\(" "\)\):::junction$', text, re.M)
    assert re.search(r"^  n\d+ --- j1$", text, re.M) and re.search(r"^  j1 --> n\d+$", text, re.M)
    assert len(re.findall(r"^  n\d+ -\.- j1$", text, re.M)) == 2  # the context and the assumption
    edges = [l for l in text.splitlines() if re.match(r"  \w+ (-->|---|--x|-\.-|~~~)", l)]
    reduce_index = next(i for i, l in enumerate(edges) if "--x" in l)
    assert f"  linkStyle {reduce_index} stroke:#c62828" in text
    assert all(int(i) < len(edges) for i in re.findall(r"linkStyle (\d+)", text))


def test_loops_counterfactuals_and_direction() -> None:
    text = small()
    assert '-->|"B"|' in text and "stroke-width:3px" in text
    assert re.search(r'c1>"would happen anyway<br/>Would happen\.<br/>deadweight 10% ·<br/>'
                     r'attribution 20%"\]:::counterfactual', text)
    assert "\nflowchart TB\n" in to_mermaid(load_text(SMALL).theory, Options(direction="TB"))


def test_same_input_gives_identical_mermaid() -> None:
    assert small() == small()


def _legend(text: str) -> str:
    return text[text.index('  subgraph legend["'):text.index("  end", text.index('  subgraph legend["'))]


def test_the_legend_shows_what_the_chart_draws_and_nothing_else() -> None:
    text = small()
    legend = _legend(text)
    for words in ("actor", "intervention", "context", "outcome", "assumption", "would happen anyway"):
        assert f'"{words}"' in legend, words
    assert '"impact"' not in legend and "group (box)" not in legend and "valued by" not in legend
    lines = [line for line in text.splitlines() if line.startswith("  legend_a")]
    assert any('--x|"reduces / hinders (-|)"|' in line for line in lines)
    assert any('-->|"contributes to"|' in line for line in lines)
    assert not any("feedback loop" in line for line in lines) or '-->|"B"|' in text
    assert "legend" not in to_mermaid(load_text(SMALL).theory, Options(legend=False))


def test_legend_lines_are_styled_by_their_own_index() -> None:
    """Every linkStyle names the line it styles: the legend's lines come after the chart's."""
    text = small()
    edges = [line for line in text.splitlines() if re.match(r"  \w+ (-->|---|--x|-\.-|~~~)", line)]
    contributes = next(i for i, line in enumerate(edges) if '"contributes to"' in line)
    assert f"  linkStyle {contributes} stroke:#455a64,stroke-width:2px" in text
    assert all(int(i) < len(edges) for i in re.findall(r"linkStyle (\d+)", text))


def test_no_word_is_split_across_lines_and_notes_fit_mermaids_width() -> None:
    """Mermaid wraps a line over about 24 letters again: no line of ours is longer, but a
    single word, and no word of a label is cut in two."""
    from tests.conftest import EXAMPLES

    for path in [*EXAMPLES, None]:
        theory = hostile_theory() if path is None else load_text(path.read_text(encoding="utf-8")).theory
        text = to_mermaid(theory)
        for line in text.splitlines():
            match = NODE.match(line) or re.match(r'^  (c\d+)(>)"(.*)"(\])(:::counterfactual)$', line)
            if not match:
                continue
            shown = [part for part in match.group(3).split("<br/>") if not part.startswith("<small>")]
            for part in shown:
                plain = re.sub(r"#\d+;", "x", part)
                assert len(plain) <= 24 or " " not in plain.strip(), (path, part)
        for node in select(theory, View()).nodes:
            for word in node.label.split():
                if len(word) <= 60 and word.isascii() and word.isprintable():
                    assert mermaid_text(word) in text, (path, word)
