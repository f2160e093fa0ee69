"""Hypothesis strategies that write random valid .toc texts, with comments in random places."""

from __future__ import annotations

from hypothesis import strategies as st

from toc.language.vocabulary import (
    COUNTERFACTUAL,
    ENUMS,
    INDICATOR,
    NODE_WORDS,
    RESULT_FLAGS,
    THEORY,
)
from toc.model.kinds import LINKABLE_KINDS, RESULT_KINDS, NodeKind

# Text inside labels and comments: Dutch diacritics, an emoji, and characters
# that mean something elsewhere in the language (#, {, }, ->, :).
_LETTERS = "abcdeéëijkmnorstuvwxyzÉ 👧#{}:,->"
_ESCAPES = ['\\"', "\\\\", "\\n", "\\t"]


@st.composite
def label(draw: st.DrawFn) -> str:
    """A quoted text with some escapes, as its raw spelling."""
    pieces = draw(st.lists(st.one_of(st.text(_LETTERS, min_size=1, max_size=12),
                                     st.sampled_from(_ESCAPES)), min_size=1, max_size=4))
    # A label must say something: it starts with a letter.
    return '"' + draw(st.sampled_from("aéZ")) + "".join(pieces) + '"'


def _word(lang: str, word) -> str:
    return word.nl if lang == "nl" else word.en


def _enum(draw: st.DrawFn, lang: str, enum: str) -> str:
    return _word(lang, draw(st.sampled_from(list(ENUMS[enum].values()))))


@st.composite
def theory_tokens(draw: st.DrawFn) -> list[list[str]]:
    """A valid theory as statements, each a list of tokens (words, labels and punctuation)."""
    lang = draw(st.sampled_from(["en", "nl"]))
    statements: list[list[str]] = []
    if draw(st.booleans()):
        statements.append([_word(lang, THEORY), draw(label()), "{",
                           "lang" if lang == "en" else "taal", ":", lang, "}"])
    kinds = draw(st.lists(st.sampled_from(list(NodeKind)), min_size=2, max_size=9))
    nodes: list[tuple[str, NodeKind]] = []
    for number, kind in enumerate(kinds):
        node_id = f"{draw(st.sampled_from(['n', 'één_', 'x']))}{number}"
        statements.append([_word(lang, NODE_WORDS[kind]), node_id, draw(label()),
                           *draw(_node_attributes(lang, kind, nodes))])
        nodes.append((node_id, kind))
    linkable = [node_id for node_id, kind in nodes if kind in LINKABLE_KINDS]
    contexts = [node_id for node_id, kind in nodes if kind == NodeKind.CONTEXT]
    for _ in range(draw(st.integers(0, 4)) if len(linkable) >= 2 else 0):
        statements.append(draw(_link(lang, linkable, contexts)))
    results = [node_id for node_id, kind in nodes if kind in RESULT_KINDS]
    if draw(st.booleans()):
        targets = draw(st.lists(st.sampled_from(results), unique=True, max_size=2)) \
            if results else []
        statements.append([_word(lang, COUNTERFACTUAL), *_commas(targets), "{", draw(label()),
                           "deadweight" if lang == "en" else "sowieso", ":",
                           f"{draw(st.integers(0, 100))}%", "}"])
    return statements


@st.composite
def _node_attributes(draw: st.DrawFn, lang: str, kind: NodeKind,
                     earlier: list[tuple[str, NodeKind]]) -> list[str]:
    items: list[list[str]] = []
    if draw(st.booleans()):
        items.append(["description" if lang == "en" else "beschrijving", ":", draw(label())])
    actors = [node_id for node_id, k in earlier if k == NodeKind.ACTOR]
    if kind == NodeKind.ACTOR and draw(st.booleans()):
        items.append(["role" if lang == "en" else "rol", ":", _enum(draw, lang, "role")])
    if kind == NodeKind.INTERVENTION and actors and draw(st.booleans()):
        doers = draw(st.lists(st.sampled_from(actors), min_size=1, max_size=3, unique=True))
        items.append(["by" if lang == "en" else "door", ":", *_commas(doers)])
    if kind in RESULT_KINDS:
        flags = draw(st.lists(st.sampled_from(RESULT_FLAGS), max_size=2,
                              unique_by=lambda flag: flag.field))
        items.extend([_word(lang, flag.word)] for flag in flags)
        if draw(st.booleans()):
            items.append(["horizon" if lang == "en" else "termijn", ":",
                          _enum(draw, lang, "horizon")])
        for _ in range(draw(st.integers(0, 2))):
            items.append(draw(_indicator(lang)))
    if not items and draw(st.booleans()):
        return []
    return ["{", *[token for item in items for token in item], "}"]


@st.composite
def _indicator(draw: st.DrawFn, lang: str) -> list[str]:
    tokens = [_word(lang, INDICATOR), draw(label())]
    if draw(st.booleans()):
        tokens += ["{", "kind" if lang == "en" else "soort", ":",
                   _enum(draw, lang, "indicator_kind"),
                   "baseline" if lang == "en" else "nulmeting", ":",
                   draw(st.sampled_from(["2.1", "-1", "30", "0.5"])), "}"]
    return tokens


@st.composite
def _link(draw: st.DrawFn, lang: str, linkable: list[str], contexts: list[str]) -> list[str]:
    """A chain of two or three groups; no id appears twice, so no link joins a node to itself."""
    order = draw(st.permutations(linkable))
    sizes = draw(st.lists(st.integers(1, 2), min_size=2, max_size=3))
    tokens: list[str] = []
    start = 0
    for number, size in enumerate(sizes):
        group = order[start:start + size]
        if not group:
            break
        if number:
            tokens.append(draw(st.sampled_from(["->", "-|"])))
        tokens.extend(_commas(group))
        start += size
    if "->" not in tokens and "-|" not in tokens:
        tokens = [order[0], "->", order[1]]
    extra = []
    if contexts and draw(st.booleans()):
        extra += ["when" if lang == "en" else "als", ":", draw(st.sampled_from(contexts))]
    if draw(st.booleans()):
        extra += ["label", ":", draw(label())]
    return tokens + (["{", *extra, "}"] if extra or draw(st.booleans()) else [])


def _commas(ids: list[str] | tuple[str, ...]) -> list[str]:
    tokens: list[str] = []
    for number, node_id in enumerate(ids):
        tokens += [",", node_id] if number else [node_id]
    return tokens


# What may stand between two tokens: any whitespace, and comments (a comment
# always ends its line). The `%` in a comment checks that nothing is interpreted.
_COMMENT = st.builds(lambda text, space: "#" + text + space,
                     st.text(_LETTERS + "%\"", max_size=15), st.sampled_from(["", "  ", "\t"]))
_GAP = st.one_of(
    st.sampled_from([" ", "  ", "\n", "\n\n", "\n\n\n", "\t", " \n  ", "\r\n"]),
    st.builds(lambda before, comment, after: before + comment + "\n" + after,
              st.sampled_from(["", " ", "\n", "\n\n"]), _COMMENT,
              st.sampled_from(["", "  ", "\n", "\n\n"])),
)


@st.composite
def toc_texts(draw: st.DrawFn) -> str:
    """A valid theory laid out at random, with comments between random tokens."""
    statements = draw(theory_tokens())
    tokens = [token for statement in statements for token in statement]
    gaps = draw(st.lists(_GAP, min_size=len(tokens) + 1, max_size=len(tokens) + 1))
    pieces = [draw(st.sampled_from(["", "\n", "# first line\n"]))]
    for token, gap in zip(tokens, gaps):
        pieces += [token, gap]
    return "".join(pieces)
