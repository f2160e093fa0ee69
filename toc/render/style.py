"""How each kind of node and link looks: shapes and colours shared by every diagram target.

Colours are always six-digit hex: Graphviz 2.43 (Debian, Ubuntu) paints
three-digit hex as black.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import ceil, sqrt

from toc import i18n
from toc.language.vocabulary import ENUMS, RESULT_FLAGS
from toc.model import Node
from toc.model.kinds import RESULT_KINDS, NodeKind
from toc.render.wrap import columns


@dataclass(frozen=True)
class Look:
    """The look of one kind of node: Graphviz shape and style, fill and border colour."""

    shape: str
    fill: str
    border: str
    style: str = "filled"
    peripheries: int = 1
    margin: str | None = None  # room around the text, when the shape's own is too tight


LOOKS: dict[NodeKind, Look] = {
    NodeKind.ACTOR: Look("egg", "#f3e5f5", "#6a1b9a"),
    NodeKind.VALUE: Look("ellipse", "#fce4ec", "#ad1457", peripheries=2),
    # The arrow-shaped "cds" leaves less room above and below its text than a box.
    NodeKind.INPUT: Look("cds", "#e0f2f1", "#00695c", margin="0.12,0.16"),
    NodeKind.INTERVENTION: Look("box", "#dae8f5", "#1f4e79"),
    NodeKind.OUTPUT: Look("box3d", "#e1f5fe", "#0277bd"),
    NodeKind.MECHANISM: Look("ellipse", "#fff3cd", "#8a6d00"),
    NodeKind.CONTEXT: Look("hexagon", "#eceff1", "#455a64"),
    NodeKind.OUTCOME: Look("box", "#e2f0d9", "#38761d", "rounded,filled"),
    NodeKind.IMPACT: Look("box", "#c5e1b5", "#274e13", "rounded,filled", peripheries=2),
    NodeKind.EFFECT: Look("tab", "#f1f8e9", "#558b2f"),
    NodeKind.EXTERNAL: Look("component", "#f5f5f5", "#757575"),
    NodeKind.ASSUMPTION: Look("note", "#fffde7", "#9e9d24"),
}
# The order in which kinds appear in the legend: roughly the order of a pathway.
LEGEND_ORDER = (
    NodeKind.ACTOR, NodeKind.INPUT, NodeKind.INTERVENTION, NodeKind.OUTPUT, NodeKind.MECHANISM,
    NodeKind.CONTEXT, NodeKind.OUTCOME, NodeKind.IMPACT, NodeKind.EFFECT, NodeKind.EXTERNAL,
    NodeKind.ASSUMPTION, NodeKind.VALUE,
)
COUNTERFACTUAL_LOOK = Look("note", "#fbe9e7", "#a0522d")

NEGATIVE_FILL = "#fdecea"
NEGATIVE_BORDER = "#c62828"
HINDERING_BORDER = "#b71c1c"
ENABLING_BORDER = "#2e7d32"
INCREASES_COLOUR = "#455a64"
REDUCES_COLOUR = "#c62828"
LOOP_COLOUR = "#e67e00"
CONTEXT_EDGE_COLOUR = "#607d8b"
ASSUMPTION_EDGE_COLOUR = "#8c8b1c"
ACTOR_EDGE_COLOUR = "#7e57a0"
VALUE_EDGE_COLOUR = "#c2185b"
VALUED_EDGE_COLOUR = "#ad1457"
COUNTERFACTUAL_EDGE_COLOUR = "#a0522d"
# A link its authors are not sure of (confidence under LOW_CONFIDENCE percent) is drawn
# thin and light: the eye follows the heavy lines first, and a doubtful link should not
# look as certain as the others, while staying there to be discussed.
LOW_CONFIDENCE = 50
LOW_CONFIDENCE_PENWIDTH = 0.7
LIGHT_COLOURS = {"#455a64": "#a7b6be", "#c62828": "#ea9a9a", "#e67e00": "#f3bd7a"}
# Group boxes: a light fill that darkens one step per level of nesting, so that a box
# inside a box stays distinguishable.
GROUP_BORDER = "#78909c"
GROUP_FILLS = ("#f6f8fa", "#eceff3", "#e2e7ec", "#d8dfe5")
CAPTION_COLOUR = "#555555"
TEXT_COLOUR = "#1a1a1a"

LABEL_WIDTH = 24
# Graphviz grows round shapes (ellipse, egg, hexagon) to about 1.4 times the
# text's width, so their labels wrap shorter to keep every column narrow.
ROUND_SHAPES = frozenset({"ellipse", "egg", "hexagon"})
ROUND_LABEL_WIDTH = 18
EDGE_LABEL_WIDTH = 22
NOTE_WIDTH = 34
GROUP_LABEL_WIDTH = 40
# A long label wraps wider, so that it stays a block of a few lines rather than a
# tower: about sqrt(4.5 x its length) columns, which keeps a 400-character label to
# about ten lines of 43 and leaves labels under about 128 characters as they were.
FIT = 4.5
MAX_WIDTH = 60


def fitted(text: str, base: int) -> int:
    """How wide (in columns) a text may wrap: `base`, or wider for a long text."""
    return max(base, min(MAX_WIDTH, ceil(sqrt(FIT * columns(text)))))


def is_unintended(node: Node) -> bool:
    return node.kind in RESULT_KINDS and node.intended is False


def is_negative(node: Node) -> bool:
    return node.kind in RESULT_KINDS and node.positive is False


def look_of(node: Node) -> Look:
    """The look of a node: its kind's, with unintended and negative results marked."""
    look = LOOKS[node.kind]
    style, fill, border = look.style, look.fill, look.border
    if is_unintended(node):
        style += ",dashed"
    if is_negative(node):
        fill, border = NEGATIVE_FILL, NEGATIVE_BORDER
    if node.kind is NodeKind.CONTEXT and node.influence:
        border = HINDERING_BORDER if node.influence == "hindering" else ENABLING_BORDER
    return Look(look.shape, fill, border, style, look.peripheries, look.margin)


def enum_word(enum: str, value: str, lang: str) -> str:
    """An enumerated value in the theory's language, as the vocabulary spells it."""
    word = ENUMS[enum][value]
    return word.nl if lang == "nl" else word.en


def flag_word(field: str, value: bool, lang: str) -> str:
    for flag in RESULT_FLAGS:
        if flag.field == field and flag.value == value:
            return flag.word.nl if lang == "nl" else flag.word.en
    raise KeyError(field)


def label_width(node: Node) -> int:
    """How many characters a node's label may take per line before it wraps.

    A round shape wraps shorter, but never so short that a long word (Dutch has
    many: "wijkverpleegkundige") would be cut in two.
    """
    if LOOKS[node.kind].shape not in ROUND_SHAPES:
        return fitted(node.label, LABEL_WIDTH)
    longest = max((columns(word) for word in node.label.split()), default=0)
    # A long label wraps as wide as in a box: a shorter line would only make more lines.
    return max(min(LABEL_WIDTH, max(ROUND_LABEL_WIDTH, longest)), fitted(node.label, 0)
               if fitted(node.label, 0) > LABEL_WIDTH else 0)


def caption(node: Node, lang: str) -> str:
    """The small line above a label: the kind and what qualifies it (horizon, influence, risk)."""
    parts = [i18n.text(f"kind.{node.kind.value}", lang)]
    if node.kind is NodeKind.ACTOR and node.role:
        parts.append(enum_word("role", node.role, lang))
    if node.kind is NodeKind.CONTEXT and node.influence:
        parts.append(enum_word("influence", node.influence, lang))
    if is_unintended(node):
        parts.append(flag_word("intended", False, lang))
    if is_negative(node):
        parts.append(flag_word("positive", False, lang))
    if node.horizon:
        parts.append(i18n.text(f"render.horizon.{node.horizon}", lang))
    if node.aim == "less":
        parts.append(i18n.text("render.aim.less", lang))
    if node.kind is NodeKind.ASSUMPTION:
        parts += rating(node.risk, node.evidence, lang)
    return " · ".join(parts)


def rating(risk: str | None, evidence: str | None, lang: str) -> list[str]:
    """An assumption's risk and evidence in words; "unrated" says that it was not judged yet."""
    parts = []
    if risk == "unrated":
        parts.append(i18n.text("render.risk.unrated", lang))
    elif risk:
        parts.append(i18n.text("render.risk", lang, risk=enum_word("risk", risk, lang)))
    if evidence == "unrated":
        parts.append(i18n.text("render.evidence.unrated", lang))
    elif evidence:
        parts.append(enum_word("evidence", evidence, lang))
    return parts
