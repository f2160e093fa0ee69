"""The legend: a small framed sample of every kind of node and line that the diagram uses."""

from __future__ import annotations

from dataclasses import dataclass, field

from toc import i18n
from toc.render import style
from toc.vocabulary import NodeKind


@dataclass
class Legend:
    """What the diagram has drawn, so the legend explains exactly that and no more."""

    kinds: set[NodeKind] = field(default_factory=set)
    unintended: bool = False
    negative: bool = False
    increases: bool = False
    reduces: bool = False
    loop: bool = False
    markers: bool = False
    when: bool = False
    assumes: bool = False
    by: bool = False
    serves: bool = False
    counterfactual: bool = False


def _node(name: str, label: str, look: style.Look) -> str:
    # The label is catalogue text, not user text, but it is escaped all the same.
    from toc.render.dot import Html, attrs
    from toc.render.escape import html_text

    return name + attrs(label=Html(html_text(label)), shape=look.shape, style=look.style,
                        fillcolor=look.fill, color=look.border, fontsize=9,
                        peripheries=look.peripheries if look.peripheries > 1 else None,
                        height=0.3, margin="0.08,0.03")


def _samples(legend: Legend, lang: str) -> list[tuple[str, style.Look]]:
    samples = [(i18n.text(f"kind.{kind.value}", lang), style.LOOKS[kind])
               for kind in style.LEGEND_ORDER if kind in legend.kinds]
    effect = style.LOOKS[NodeKind.EFFECT]
    if legend.unintended:
        samples.append((i18n.text("render.legend.unintended", lang),
                        style.Look(effect.shape, effect.fill, effect.border, "filled,dashed")))
    if legend.negative:
        samples.append((i18n.text("render.legend.negative", lang),
                        style.Look(effect.shape, style.NEGATIVE_FILL, style.NEGATIVE_BORDER)))
    if legend.counterfactual:
        samples.append((i18n.text("render.legend.concerns", lang), style.COUNTERFACTUAL_LOOK))
    return samples


def _lines(legend: Legend) -> list[tuple[str, dict[str, object]]]:
    """The sample lines: catalogue key and the edge attributes that draw it."""
    lines: list[tuple[str, dict[str, object]]] = []
    if legend.increases:
        lines.append(("render.legend.increases", {"color": style.INCREASES_COLOUR}))
    if legend.reduces:
        lines.append(("render.legend.reduces", {"color": style.REDUCES_COLOUR,
                                                "arrowhead": "tee"}))
    if legend.loop:
        lines.append(("render.legend.loop", {"color": style.LOOP_COLOUR, "penwidth": 2.4}))
    if legend.when:
        lines.append(("render.legend.when", {"color": style.CONTEXT_EDGE_COLOUR,
                                             "style": "dashed", "arrowhead": "dot"}))
    if legend.assumes:
        lines.append(("render.legend.assumes", {"color": style.ASSUMPTION_EDGE_COLOUR,
                                                "style": "dotted", "arrowhead": "dot",
                                                "penwidth": 1.6}))
    if legend.by:
        lines.append(("render.legend.by", {"color": style.ACTOR_EDGE_COLOUR, "style": "dotted",
                                           "arrowhead": "none"}))
    if legend.serves:
        lines.append(("render.legend.serves", {"color": style.VALUE_EDGE_COLOUR,
                                               "style": "dotted", "arrowhead": "none"}))
    if legend.markers:
        lines.append(("render.legend.markers", {"style": "invis"}))
    return lines


def _column(members: list[str], direction: str) -> list[str]:
    """One column of the legend: its members share a rank and keep the order listed."""
    out = [f"  {{rank=same; {'; '.join(members)}}}"]
    if len(members) > 1:
        # Left to right, Graphviz stacks a rank's members from the bottom up.
        ordered = members[::-1] if direction in ("LR", "RL") else members
        out.append("  " + " -> ".join(ordered) + ' [style="invis"]')
    return out


def legend_lines(legend: Legend, lang: str, direction: str = "LR") -> list[str]:
    """DOT statements of the legend cluster (empty when the diagram has nothing to explain).

    The samples of nodes fill two columns; each sample line runs from an invisible
    point in a third column to its explanation in a fourth, so the legend stays compact.
    """
    from toc.render.dot import Html, attrs
    from toc.render.escape import html_text

    samples = _samples(legend, lang)
    lines = _lines(legend)
    if not samples and not lines:
        return []
    out = ["subgraph cluster_legend {",
           "  graph" + attrs(label=Html(f"<b>{html_text(i18n.text('render.legend', lang))}</b>"),
                             fontsize=11, style="rounded", color="#b0bec5", margin=8)]
    names = [f"l{number}" for number in range(1, len(samples) + 1)]
    for name, (label, look) in zip(names, samples):
        out.append("  " + _node(name, label, look))
    half = (len(names) + 1) // 2
    columns = [c for c in (names[:half], names[half:]) if c]
    starts, ends = [], []
    for number, (key, edge) in enumerate(lines, start=1):
        # A short line from an invisible point to the words that explain it.
        start, end = f"la{number}", f"lb{number}"
        starts.append(start)
        ends.append(end)
        out.append("  " + start + attrs(shape="point", style="invis", width=0.01))
        out.append("  " + end + attrs(label=Html(html_text(i18n.text(key, lang))),
                                      shape="plaintext", fontsize=9, height=0.2, margin="0.02,0"))
        out.append(f"  {start} -> {end}" + attrs(**edge))
    columns += [c for c in (starts, ends) if c]
    for column in columns:
        out.extend(_column(column, direction))
    # Invisible links between the columns' first members put the columns side by side.
    firsts = [column[0] for column in columns[: 3 if starts else 2]]
    if len(firsts) > 1:
        out.append("  " + " -> ".join(firsts) + ' [style="invis"]')
    out.append("}")
    return out
