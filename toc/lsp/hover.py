"""Hover: a node's kind, label, attributes and links, as Markdown in the document's language."""

from __future__ import annotations

from toc import i18n
from toc.escape.markdown import escape_markdown
from toc.language.vocabulary import (
    COUNTERFACTUAL,
    COUNTERFACTUAL_ATTRIBUTES,
    ENUMS,
    LINK_ATTRIBUTES,
    NODE_ATTRIBUTES,
    NODE_WORDS,
    RESULT_FLAGS,
    ValueType,
)
from toc.model import Link, Node, Theory

_CONTRIBUTORS = next(a for a in COUNTERFACTUAL_ATTRIBUTES if a.field == "contributors")


def _spell(word, lang: str) -> str:
    return word.nl if lang == "nl" else word.en


def _attribute_lines(node: Node, lang: str) -> list[str]:
    lines = []
    for spec in NODE_ATTRIBUTES[node.kind]:
        value = getattr(node, spec.field)
        if value in (None, []):
            continue
        if spec.type is ValueType.REFS:
            shown = ", ".join(f"`{v}`" for v in value)
        elif spec.type is ValueType.ENUM and spec.enum is not None:
            shown = escape_markdown(_spell(ENUMS[spec.enum][value], lang))
        else:
            shown = escape_markdown(str(value))
        lines.append(f"- {_spell(spec.word, lang)}: {shown}")
    flags = [_spell(flag.word, lang) for flag in RESULT_FLAGS
             if getattr(node, flag.field) is flag.value]
    if flags:
        lines.append(f"- {', '.join(flags)}")
    for indicator in node.indicators:
        kind = f" ({escape_markdown(_spell(ENUMS['indicator_kind'][indicator.kind], lang))})" \
            if indicator.kind else ""
        lines.append(f"- {i18n.text('lsp.hover.indicator', lang)}: "
                     f"{escape_markdown(indicator.label)}{kind}")
    return lines


def _link_line(link: Link, lang: str) -> str:
    arrow = "-|" if link.polarity == "reduces" else "->"
    extras = []
    if link.when:
        extras.append(f"{i18n.text('lsp.hover.when', lang)} " + ", ".join(f"`{c}`" for c in link.when))
    if link.label:
        extras.append(escape_markdown(link.label))
    tail = f" ({'; '.join(extras)})" if extras else ""
    return f"- `{link.source} {arrow} {link.target}`{tail}"


def _mentions(theory: Theory, node_id: str, lang: str) -> list[str]:
    """Where other statements name this node in an attribute (by:, when:, assumes:, ...)."""
    lines = []
    for other in theory.nodes:
        for spec in NODE_ATTRIBUTES[other.kind]:
            if spec.type is ValueType.REFS and node_id in getattr(other, spec.field):
                lines.append(f"- `{other.id}` ({_spell(spec.word, lang)})")
    for link in theory.links:
        for spec in LINK_ATTRIBUTES:
            if spec.type is ValueType.REFS and node_id in getattr(link, spec.field):
                arrow = "-|" if link.polarity == "reduces" else "->"
                lines.append(f"- `{link.source} {arrow} {link.target}` ({_spell(spec.word, lang)})")
    for counterfactual in theory.counterfactuals:
        if node_id in counterfactual.contributors:
            targets = ", ".join(counterfactual.targets) or "*"
            lines.append(f"- `{_spell(COUNTERFACTUAL, lang)} {targets}` "
                         f"({_spell(_CONTRIBUTORS.word, lang)})")
    return lines


def hover_text(theory: Theory, node_id: str, lang: str) -> str | None:
    """Markdown describing a node, or None when no node has this id."""
    node = theory.node(node_id)
    if node is None:
        return None
    keyword = _spell(NODE_WORDS[node.kind], lang)
    parts = [f"**{keyword}** `{node.id}`: {escape_markdown(node.label)}"]
    attributes = _attribute_lines(node, lang)
    if attributes:
        parts.append("\n".join(attributes))
    incoming = [link for link in theory.links if link.target == node.id]
    outgoing = [link for link in theory.links if link.source == node.id]
    mentions = _mentions(theory, node_id, lang)
    sections = (("lsp.hover.incoming", [_link_line(link, lang) for link in incoming]),
                ("lsp.hover.outgoing", [_link_line(link, lang) for link in outgoing]),
                ("lsp.hover.mentioned", mentions))
    for key, lines in sections:
        if lines:
            parts.append(f"**{i18n.text(key, lang, count=len(lines))}**\n" + "\n".join(lines))
    return "\n\n".join(parts)
