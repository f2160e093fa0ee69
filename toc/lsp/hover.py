"""Hover: an element's or a group's kind, label, attributes, links and group, as Markdown in its language."""

from __future__ import annotations

from typing import Any

from toc import i18n
from toc.escape.markdown import escape_markdown
from toc.language.vocabulary import (
    COUNTERFACTUAL,
    COUNTERFACTUAL_ATTRIBUTES,
    ENUMS,
    GROUP,
    INDICATOR,
    INDICATOR_ATTRIBUTES,
    LINK_ATTRIBUTES,
    NODE_ATTRIBUTES,
    NODE_WORDS,
    RESULT_FLAGS,
    THEORY,
    THEORY_ATTRIBUTES,
    Attribute,
    ValueType,
)
from toc.model import Group, Indicator, Link, Node, Theory

_CONTRIBUTORS = next(a for a in COUNTERFACTUAL_ATTRIBUTES if a.field == "contributors")
_THEORY_ASSUMES = next(a for a in THEORY_ATTRIBUTES if a.field == "assumes")
_INDICATOR_BY = next(a for a in INDICATOR_ATTRIBUTES if a.field == "by")
_REFERRING = (ValueType.REFS, ValueType.MEMBERS)


def _spell(word, lang: str) -> str:
    return word.nl if lang == "nl" else word.en


def _ids(ids: list[str]) -> str:
    return ", ".join(f"`{v}`" for v in ids)


def _figure(value: Any, lang: str) -> str:
    """A number as written (20, 0.5), or the word for a value that is not a number (`unknown`)."""
    if isinstance(value, float):
        return f"{value:g}"
    word = ENUMS["measure"].get(value)
    return _spell(word, lang) if word else escape_markdown(str(value))


def _shown(spec: Attribute, value: Any, lang: str) -> str:
    """One attribute's value as the document would say it, user text escaped."""
    if spec.type in _REFERRING:
        return _ids(value)
    if spec.type is ValueType.ENUM and spec.enum is not None and value in ENUMS[spec.enum]:
        return escape_markdown(_spell(ENUMS[spec.enum][value], lang))
    if spec.type in (ValueType.MEASURE, ValueType.PERCENT):
        return _figure(value, lang) + ("%" if spec.type is ValueType.PERCENT else "")
    if spec.type is ValueType.PERCENT_OR_TEXT:
        return f"{value:g}%" if isinstance(value, float) else escape_markdown(str(value))
    return escape_markdown(str(value))


# A link's `source:` (where the claim comes from) is its model's `citation`: `source` is its cause.
_LINK_FIELDS = {"source": "citation"}


def _attributes(part: Any, specs: tuple[Attribute, ...], lang: str,
                fields: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """(attribute name, value shown) for every attribute a part sets."""
    found = []
    for spec in specs:
        value = getattr(part, (fields or {}).get(spec.field, spec.field))
        if value in (None, []) and spec.text_field:
            value = getattr(part, spec.text_field)
        if value in (None, []):
            continue
        found.append((_spell(spec.word, lang), _shown(spec, value, lang)))
    return found


def _indicator_lines(indicator: Indicator, lang: str) -> list[str]:
    kind = f" ({escape_markdown(_spell(ENUMS['indicator_kind'][indicator.kind], lang))})" \
        if indicator.kind else ""
    lines = [f"- {i18n.text('lsp.hover.indicator', lang)}: {escape_markdown(indicator.label)}{kind}"]
    specs = tuple(spec for spec in INDICATOR_ATTRIBUTES if spec.field != "kind")
    lines += [f"  - {name}: {shown}" for name, shown in _attributes(indicator, specs, lang)]
    return lines


def _node_lines(node: Node, lang: str) -> list[str]:
    lines = [f"- {name}: {shown}" for name, shown in _attributes(node, NODE_ATTRIBUTES[node.kind], lang)]
    flags = [_spell(flag.word, lang) for flag in RESULT_FLAGS
             if getattr(node, flag.field) is flag.value]
    if flags:
        lines.append(f"- {', '.join(flags)}")
    for indicator in node.indicators:
        lines += _indicator_lines(indicator, lang)
    return lines


def _link_line(link: Link, lang: str) -> str:
    arrow = "-|" if link.polarity == "reduces" else "->"
    extras = [f"{name}: {shown}" for name, shown in _attributes(link, LINK_ATTRIBUTES, lang, _LINK_FIELDS)]
    tail = f" ({'; '.join(extras)})" if extras else ""
    return f"- `{link.source} {arrow} {link.target}`{tail}"


class Mentions:
    """Who names each id: links in and out, attributes that refer to it, the group it is in.

    Made once for a theory (see `DocumentState.mentions`), in the order the
    theory is written, so that a hover costs what it shows.
    """

    def __init__(self, theory: Theory) -> None:
        self.theory = theory
        self.incoming: dict[str, list[Link]] = {}
        self.outgoing: dict[str, list[Link]] = {}
        # (the part that names it, the attribute, whether in one of the part's indicators) per id
        self.named_by: dict[str, list[tuple[Any, Attribute, bool]]] = {}
        self.group_of: dict[str, Group] = {}
        named = self.named_by
        for target in theory.assumes:
            named.setdefault(target, []).append((theory, _THEORY_ASSUMES, False))
        for other in theory.nodes:
            for spec in NODE_ATTRIBUTES[other.kind]:
                if spec.type is ValueType.REFS:
                    for target in dict.fromkeys(getattr(other, spec.field)):
                        named.setdefault(target, []).append((other, spec, False))
            for target in dict.fromkeys(t for indicator in other.indicators for t in indicator.by):
                named.setdefault(target, []).append((other, _INDICATOR_BY, True))
        for link in theory.links:
            self.outgoing.setdefault(link.source, []).append(link)
            self.incoming.setdefault(link.target, []).append(link)
            for spec in LINK_ATTRIBUTES:
                if spec.type is ValueType.REFS:
                    for target in dict.fromkeys(getattr(link, spec.field)):
                        named.setdefault(target, []).append((link, spec, False))
        for counterfactual in theory.counterfactuals:
            for target in dict.fromkeys(counterfactual.contributors):
                named.setdefault(target, []).append((counterfactual, _CONTRIBUTORS, False))
        for group in theory.groups:
            for member in group.members:
                self.group_of.setdefault(member, group)

    def lines(self, node_id: str, lang: str) -> list[str]:
        """Where other statements name this element in an attribute (by:, when:, assumes:, ...)."""
        lines = []
        for part, spec, in_indicator in self.named_by.get(node_id, ()):
            word = _spell(spec.word, lang)
            if isinstance(part, Theory):
                lines.append(f"- {_spell(THEORY, lang)} ({word})")
            elif in_indicator:
                lines.append(f"- `{part.id}` ({_spell(INDICATOR, lang)}, {word})")
            elif isinstance(part, Node):
                lines.append(f"- `{part.id}` ({word})")
            elif isinstance(part, Link):
                arrow = "-|" if part.polarity == "reduces" else "->"
                lines.append(f"- `{part.source} {arrow} {part.target}` ({word})")
            else:
                targets = ", ".join(part.targets) or "*"
                lines.append(f"- `{_spell(COUNTERFACTUAL, lang)} {targets}` ({word})")
        return lines


def _in_group(mentions: Mentions, member: str, lang: str) -> list[str]:
    group = mentions.group_of.get(member)
    if group is None:
        return []
    return [f"- {_spell(GROUP, lang)}: `{group.id}` ({escape_markdown(group.label)})"]


def _group_text(mentions: Mentions, group: Group, lang: str) -> str:
    theory = mentions.theory
    parts = [f"**{_spell(GROUP, lang)}** `{group.id}`: {escape_markdown(group.label)}"]
    lines = []
    if group.description:
        lines.append(f"- {escape_markdown(group.description)}")
    lines += _in_group(mentions, group.id, lang)
    if lines:
        parts.append("\n".join(lines))
    if group.members:
        members = []
        for member in group.members:
            node = theory.node(member)
            label = node.label if node else next(
                (g.label for g in theory.groups if g.id == member), "")
            members.append(f"- `{member}`: {escape_markdown(label)}")
        parts.append(f"**{i18n.text('lsp.hover.members', lang, count=len(members))}**\n"
                     + "\n".join(members))
    return "\n\n".join(parts)


def hover_text(theory: Theory, node_id: str, lang: str, mentions: Mentions | None = None) -> str | None:
    """Markdown describing an element or a group, or None when nothing has this id.

    `mentions` is the theory's index of who names what; without it one is made.
    """
    mentions = mentions or Mentions(theory)
    node = theory.node(node_id)
    if node is None:
        group = next((g for g in theory.groups if g.id == node_id), None)
        return _group_text(mentions, group, lang) if group is not None else None
    keyword = _spell(NODE_WORDS[node.kind], lang)
    parts = [f"**{keyword}** `{node.id}`: {escape_markdown(node.label)}"]
    attributes = _node_lines(node, lang) + _in_group(mentions, node.id, lang)
    if attributes:
        parts.append("\n".join(attributes))
    incoming, outgoing = mentions.incoming.get(node_id, ()), mentions.outgoing.get(node_id, ())
    sections = (("lsp.hover.incoming", [_link_line(link, lang) for link in incoming]),
                ("lsp.hover.outgoing", [_link_line(link, lang) for link in outgoing]),
                ("lsp.hover.mentioned", mentions.lines(node_id, lang)))
    for key, lines in sections:
        if lines:
            parts.append(f"**{i18n.text(key, lang, count=len(lines))}**\n" + "\n".join(lines))
    return "\n\n".join(parts)
