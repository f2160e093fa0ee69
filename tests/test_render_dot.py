"""What the DOT says: generated ids, safe attributes, looks of kinds and links, determinism."""

from __future__ import annotations

import re

from tests.conftest import EXAMPLES, load_text
from tests.render_helpers import HOSTILE_LABELS, hostile_theory
from toc.escape.dot import html_text
from toc.render.dot import Options, to_dot
from toc.render.views import View

POCKET = next(p for p in EXAMPLES if p.stem == "pocket-money")

SMALL = """theory "Small" { lang: en }
actor staff "Staff"
intervention act "Act" { by: staff }
context trust "Trust" { kind: enabling }
assumption weekly "Weekly" { risk: high }
mechanism learn "Learn"
outcome skills "Skills" { horizon: short }
outcome later "Later" { horizon: long }
effect harm "Harm" { unintended negative horizon: short }
external school "School"
act -> learn { when: trust  assumes: weekly }
learn -> skills -> later
later -> learn { loop: balancing }
school -| skills
act -> harm
counterfactual later { "Would happen." deadweight: 10% attribution: 20% }
"""


def small_dot(**options) -> str:
    return to_dot(load_text(SMALL).theory, Options(**options))


def node_line(dot: str, label: str) -> str:
    return next(line for line in dot.splitlines() if f"<br/>{label}>" in line)


def node_id(dot: str, label: str) -> str:
    return node_line(dot, label).split()[0]


def test_node_ids_are_generated_not_copied() -> None:
    dot = small_dot()
    statements = [line.split()[0] for line in dot.splitlines()[5:] if line.startswith("  ")]
    assert all(re.fullmatch(r"[njchl][ab]?\d+|\{rank=same;|subgraph|graph|edge|\}|la\d+|lb\d+", s)
               for s in statements), statements
    for user_id in ("staff", "act", "trust", "weekly", "learn", "skills", "school"):
        assert not re.search(rf"\b{user_id}\b", dot.replace("Skills", "")), user_id


def test_same_input_gives_identical_dot() -> None:
    text = POCKET.read_text(encoding="utf-8")
    assert to_dot(load_text(text).theory) == to_dot(load_text(text).theory)


def test_only_six_digit_hex_colours() -> None:
    for path in EXAMPLES:
        dot = to_dot(load_text(path.read_text(encoding="utf-8")).theory)
        colours = re.findall(r'"#([0-9a-fA-F]*)"', dot)
        assert colours and all(len(c) == 6 for c in colours)


def test_hostile_labels_stay_inside_their_labels() -> None:
    dot = to_dot(hostile_theory())
    for label in HOSTILE_LABELS:
        assert label not in dot or not set('<>"&') & set(label)
    assert "<script>" not in dot and "/etc/passwd\"" not in dot
    # Every attribute name in the DOT is one toc chose.
    outside_labels = re.sub(r"=<.*?>(?=[,\]])", "=X", dot)
    names = set(re.findall(r"[\[,] ?([a-z]+)=", outside_labels))
    assert names <= {"label", "shape", "style", "fillcolor", "color", "peripheries", "width",
                     "arrowhead", "penwidth", "fontsize", "height", "margin", "rankdir",
                     "newrank", "nodesep", "ranksep", "fontname", "labelloc", "labeljust", "pad",
                     "bgcolor", "outputorder", "fontcolor", "arrowsize", "minlen", "tailport",
                     "headport"}, names
    assert not re.search(r"\b(image|shapefile|fontpath|imagepath|URL|href|tooltip)=",
                         outside_labels)
    # the escaped labels are all there
    assert html_text('[image="/etc/passwd"') in dot and "&lt;script&gt;" in dot


def test_contexts_and_assumptions_attach_to_a_point_on_their_link() -> None:
    dot = small_dot()
    act, learn = node_id(dot, "Act"), node_id(dot, "Learn")
    trust, weekly = node_id(dot, "Trust"), node_id(dot, "Weekly")
    assert re.search(r"^  j1 \[shape=\"point\"", dot, re.M)
    assert f"  {act} -> j1 [arrowhead=\"none\"" in dot
    assert re.search(rf"^  j1 -> {learn}\b", dot, re.M)
    assert f'  {trust} -> j1 [style="dashed"' in dot
    assert f'  {weekly} -> j1 [style="dotted"' in dot
    assert f"{act} -> {learn}" not in dot


def test_reducing_links_have_a_tee_and_their_own_colour() -> None:
    dot = small_dot()
    line = next(l for l in dot.splitlines()
                if l.startswith(f"  {node_id(dot, 'School')} -> {node_id(dot, 'Skills')}"))
    assert 'arrowhead="tee"' in line and '"#c62828"' in line


def test_cycle_edges_are_highlighted_and_declared_loops_marked() -> None:
    dot = small_dot()
    later, learn = node_id(dot, "Later"), node_id(dot, "Learn")
    loop_line = next(l for l in dot.splitlines() if l.startswith(f"  {later} -> {learn}"))
    assert "penwidth=2.4" in loop_line and "<b>B</b>" in loop_line
    harm_line = next(l for l in dot.splitlines()
                     if l.startswith(f"  {node_id(dot, 'Act')} -> {node_id(dot, 'Harm')}"))
    assert "penwidth" not in harm_line


def test_unintended_negative_effects_are_dashed_and_red() -> None:
    line = node_line(small_dot(), "Harm")
    assert "dashed" in line and '"#c62828"' in line and "unintended · negative" in line


def test_each_kind_has_its_own_shape() -> None:
    from toc.render.style import LOOKS

    looks = {(look.shape, look.style, look.peripheries) for look in LOOKS.values()}
    assert len(looks) == len(LOOKS)


def test_results_of_one_horizon_share_a_rank_in_horizon_order() -> None:
    dot = small_dot()
    short = re.search(r"\{rank=same; (h\d)((?:; n\d+)+)\}.*", dot)
    assert short and {node_id(dot, "Skills"), node_id(dot, "Harm")} <= set(
        short.group(2).strip("; ").split("; "))
    assert "h1 -> h2 [style=\"invis\"]" in dot


def legend_of(dot: str) -> str:
    """The legend table inside the graph's label ('' when there is none)."""
    label = next((line for line in dot.splitlines() if line.startswith("  graph [label=<")), "")
    return label.split("<B>", 2)[2] if label.count("<B>") >= 2 else ""


def test_direction_and_legend_options() -> None:
    assert 'rankdir="TB"' in small_dot(direction="TB")
    assert "contributes to" in legend_of(small_dot())
    assert legend_of(small_dot(legend=False)) == ""
    assert legend_of(small_dot(view=View(hide=frozenset({"legend"})))) == ""
    # The title stays when the legend goes.
    assert "<B>" in small_dot(legend=False).split("graph [label=<", 1)[1]


def test_legend_explains_only_what_is_drawn_in_the_theory_language() -> None:
    legend = legend_of(small_dot(lang="nl"))
    assert legend.startswith("Legenda") and "vermindert / belemmert" in legend
    assert ">actor<" in legend and ">waarde<" not in legend  # no values in this theory


def test_counterfactual_note_shows_scenario_and_figures_on_its_outcome() -> None:
    dot = small_dot()
    note = next(l for l in dot.splitlines() if l.startswith("  c1 "))
    assert "Would happen." in note and "deadweight 10% · attribution 20%" in note
    assert f"  {node_id(dot, 'Later')} -> c1 " in dot


def test_dutch_captions_and_diacritics() -> None:
    dot = to_dot(load_text('theorie "T" { taal: nl }\nuitkomst a "Één café naïef" '
                           "{ termijn: kort }\n").theory, Options(lang="nl"))
    assert "uitkomst · korte termijn" in dot and "Één café naïef" in dot
