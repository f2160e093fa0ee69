"""How compact the laid-out diagrams are: junction points, notes, wrapping and loop lines.

A report page is small, so these tests measure the pictures the engines make,
with the built-in engine always and with the system `dot` when it is installed.
"""

from __future__ import annotations

import re
import shutil

import pytest

from tests.conftest import EXAMPLES, load_text
from toc.model import Node
from toc.model.kinds import NodeKind
from toc.render import engines, style
from toc.render.dot import Options, to_dot
from toc.render.engines import Engine, layout

POCKET = next(p for p in EXAMPLES if p.stem == "pocket-money")


def _engines() -> list[pytest.param]:
    embedded = engines.find_embedded()
    system = shutil.which("dot")
    return [
        pytest.param(Engine("graphviz-pure", embedded) if embedded else None, id="graphviz-pure"),
        pytest.param(Engine("dot", system) if system else None, id="dot",
                     marks=pytest.mark.skipif(system is None, reason=(
                         "system Graphviz 'dot' is not installed (CI installs Debian's graphviz)"))),
    ]


def example_dot(path) -> str:
    loaded = load_text(path.read_text(encoding="utf-8"), str(path))
    return to_dot(loaded.theory, Options(lang=loaded.theory.lang or loaded.lang))


def columns(engine: Engine, dot: str) -> dict[str, float]:
    """The x position of every node in the laid-out diagram (left to right)."""
    plain = layout(engine, dot, "plain").decode("utf-8")
    return {fields[1]: float(fields[2]) for fields in map(str.split, plain.splitlines())
            if fields and fields[0] == "node"}


@pytest.mark.parametrize("engine", _engines())
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_junction_points_do_not_push_nodes_into_a_column_of_their_own(path, engine) -> None:
    placed = columns(engine, example_dot(path))
    points = {round(x, 2) for name, x in placed.items() if re.fullmatch(r"j\d+", name)}
    nodes = {round(x, 2) for name, x in placed.items() if re.fullmatch(r"[nc]\d+", name)}
    assert not points & nodes


@pytest.mark.parametrize("engine", _engines())
def test_the_full_pocket_money_diagram_is_at_most_60_cm_wide(engine) -> None:
    # It was about 90 cm wide: on A4 its 11 pt labels shrank to about 4 pt.
    svg = layout(engine, example_dot(POCKET), "svg").decode("utf-8")
    width, height = map(float, re.search(r'<svg width="([\d.]+)pt" height="([\d.]+)pt"', svg).groups())
    assert width / 72 * 2.54 <= 60
    assert height < width


def test_labels_stay_at_least_11_points_and_captions_at_least_8() -> None:
    dot = example_dot(POCKET)
    node_defaults = next(line for line in dot.splitlines() if line.strip().startswith("node ["))
    assert int(re.search(r"fontsize=(\d+)", node_defaults).group(1)) >= 11
    assert min(map(int, re.findall(r'point-size="(\d+)"', dot))) >= 8


def test_a_note_about_one_result_sits_in_that_results_column() -> None:
    dot = to_dot(load_text("""theory "T" { lang: en }
mechanism m "M"
outcome o "O" { horizon: short }
outcome p "P" { horizon: long }
m -> o
m -> p
counterfactual o { "anyway" }
counterfactual o, p { "both anyway" }
""").theory)
    assert re.search(r"^  \{rank=same; n2; c1\}$", dot, re.M)
    assert "c2}" not in dot  # a note about two results is free to go where it fits
    assert re.search(r"^  n2 -> c1 \[.*minlen=0", dot, re.M)


def test_round_shapes_wrap_shorter_but_never_cut_a_word() -> None:
    box = Node(id="a", kind=NodeKind.INTERVENTION, label="x")
    ellipse = Node(id="b", kind=NodeKind.MECHANISM, label="x")
    assert style.label_width(ellipse) < style.label_width(box)
    long_word = Node(id="c", kind=NodeKind.ACTOR, label="De wijkverpleegkundigen")
    assert style.label_width(long_word) == len("wijkverpleegkundigen")
    dot = to_dot(load_text('theory "T" { lang: nl }\nactor w "Wijkverpleegkundige en huisarts"'
                           ).theory)
    assert "Wijkverpleegkundige<br/>" in dot


def test_spacing_for_junctions_only_when_a_link_has_one() -> None:
    plain = to_dot(load_text('theory "T" { lang: en }\nmechanism a "A"\nmechanism b "B"\n'
                             "a -> b").theory)
    assert "minlen" not in plain
    joined = to_dot(load_text('theory "T" { lang: en }\nmechanism a "A"\nmechanism b "B"\n'
                              'context c "C"\na -> b { when: c }').theory)
    assert "  edge [minlen=2];" in joined
    assert len(re.findall(r"-> j1 \[.*minlen=1", joined)) == 2  # from the source and the context
    assert re.search(r"^  j1 -> n2 \[.*minlen=1", joined, re.M)
