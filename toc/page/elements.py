"""What the page says about each element of a theory: its facts, gathered by walking the model's fields.

Nothing here lists the fields of a node or a link: every field the model holds is
shown, with its name from `words`, so new fields appear on the page by
themselves. References to other nodes become links to their panels, and each
element also shows what refers to it (an actor: what it carries out and values).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from pydantic import BaseModel

from toc import i18n
from toc.language.vocabulary import ValueType
from toc.model import Counterfactual, Link, Span, Theory
from toc.model.parts import POSITIONS, Group
from toc.page import words
from toc.render.notes import counterfactual_note
from toc.render.style import caption

# Fields shown elsewhere than in the list of facts: in the heading, or as elements of their own.
NODE_APART = frozenset({"id", "kind", "label"})
LINK_APART = frozenset({"source", "target"})
THEORY_APART = frozenset({"label", "lang", "nodes", "links", "counterfactuals", "groups", "comments",
                          "files"})
# The theory's header facts the page shows at its top, under the title.
THEORY_HEADER = ("version", "scope", "source", "evidence", "assumes")
ITEM_APART = frozenset({"label", "kind"})  # an indicator's kind stands beside its label
# Long texts get a paragraph of their own.
_PARAGRAPHS = {"description", "scenario"}
# Numbers that are percentages (a confidence may also be given in words, kept in another field).
_PERCENT_TYPES = (ValueType.PERCENT, ValueType.PERCENT_OR_TEXT)


@dataclass(frozen=True)
class Ref:
    """A reference to another element: its key (which panel to open) and its name."""

    key: str
    label: str


@dataclass(frozen=True)
class Item:
    """A part inside an element (an indicator): a title, what kind it is, and its own facts."""

    title: str
    facts: tuple[Fact, ...]
    caption: str | None = None


@dataclass(frozen=True)
class Fact:
    """One line of a panel: a label and its value as text, references or items."""

    label: str
    text: str | None = None
    refs: tuple[Ref, ...] = ()
    items: tuple[Item, ...] = ()
    paragraph: bool = False

    @property
    def wide(self) -> bool:
        """Parts with facts of their own (indicators) take the panel's whole width."""
        return bool(self.items)


@dataclass
class Element:
    """A node, a link or a counterfactual note, as its panel shows it."""

    key: str
    part: str  # node, link, note or group
    caption: str  # the kind and what qualifies it, as in the diagram
    title: str
    facts: list[Fact] = field(default_factory=list)
    findings: list[int] = field(default_factory=list)  # positions in the page's list of findings
    where: str = ""  # file:line where it was written
    kind: str = ""  # the node kind, for the element list


def node_key(node_id: str) -> str:
    return f"n:{node_id}"


def link_keys(links: list[Link]) -> list[str]:
    """One key per link, from its ends; a repeated pair is numbered, so keys survive edits elsewhere."""
    seen: dict[str, int] = {}
    keys = []
    for link in links:
        base = f"l:{link.source}>{link.target}"
        seen[base] = seen.get(base, 0) + 1
        keys.append(base if seen[base] == 1 else f"{base}#{seen[base]}")
    return keys


def group_key(group_id: str) -> str:
    return f"g:{group_id}"


def note_keys(counterfactuals: list[Counterfactual]) -> list[str]:
    seen: dict[str, int] = {}
    keys = []
    for counterfactual in counterfactuals:
        base = "c:" + (",".join(counterfactual.targets) or "*")
        seen[base] = seen.get(base, 0) + 1
        keys.append(base if seen[base] == 1 else f"{base}#{seen[base]}")
    return keys


@dataclass
class Catalogue:
    """Every element of a theory by key, and the keys of its nodes, links, notes and groups as written."""

    theory: Theory
    lang: str
    elements: dict[str, Element] = field(default_factory=dict)
    nodes: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    # What names each node or group, by the naming field: {"regular": {"assumes": [a link, ...]}}.
    named: dict[str, dict[str, list[Ref]]] = field(default_factory=dict)
    boxes: dict[str, Group] = field(default_factory=dict)  # the groups by id

    def label(self, name: str) -> str:
        node = self.theory.node(name)
        if node is not None:
            return node.label
        return self.boxes[name].label if name in self.boxes else name

    def knows(self, name: str) -> bool:
        """Whether an id names an element or a group (and so has a panel)."""
        return self.theory.node(name) is not None or name in self.boxes

    def ref(self, name: str) -> Ref:
        return Ref(group_key(name) if name in self.boxes else node_key(name), self.label(name))

    def keys(self, part: str) -> list[str]:
        return {"node": self.nodes, "link": self.links, "note": self.notes, "group": self.groups}[part]


def catalogue(theory: Theory, lang: str) -> Catalogue:
    """Describe every node, link and counterfactual of a theory."""
    found = Catalogue(theory, lang, nodes=[node_key(n.id) for n in theory.nodes],
                      links=link_keys(theory.links), notes=note_keys(theory.counterfactuals),
                      groups=[group_key(g.id) for g in theory.groups],
                      boxes={group.id: group for group in theory.groups})
    for key, node in zip(found.nodes, theory.nodes):
        found.elements[key] = Element(key, "node", caption(node, lang), node.label,
                                      describe(node, found, NODE_APART), where=_where(node.head or node.span),
                                      kind=node.kind.value)
    for key, link in zip(found.links, theory.links):
        found.elements[key] = Element(key, "link", link_caption(link, lang), link_title(link, found),
                                      describe(link, found, LINK_APART), where=_where(link.span))
    for key, counterfactual in zip(found.notes, theory.counterfactuals):
        note = counterfactual_note(theory, counterfactual, lang)
        found.elements[key] = Element(key, "note", note.caption, note_title(counterfactual, found),
                                      describe(counterfactual, found), where=_where(counterfactual.span))
    box = i18n.text("kind.group", lang)
    for key, group in zip(found.groups, theory.groups):
        found.elements[key] = Element(key, "group", box, group.label, describe(group, found, NODE_APART),
                                      where=_where(group.head or group.span))
    _add_connections(found)
    return found


def link_caption(link: Link, lang: str) -> str:
    return words.t("link.reduces" if link.polarity == "reduces" else "link.increases", lang)


# A link is named by its ends; an end told in a paragraph (a realist mechanism) is cut short
# there, at a word, so that both ends of the link stay in sight. Its own panel has it whole.
END_LENGTH = 70


def short(label: str, limit: int = END_LENGTH) -> str:
    """A label of at most about `limit` characters, cut at a word with an ellipsis."""
    if len(label) <= limit:
        return label
    cut = label[:limit].rsplit(" ", 1)[0] or label[:limit]
    return cut.rstrip(" ,;:.") + "…"


def link_title(link: Link, found: Catalogue) -> str:
    arrow = "⊣" if link.polarity == "reduces" else "→"
    return f"{short(found.label(link.source))} {arrow} {short(found.label(link.target))}"


def note_title(counterfactual: Counterfactual, found: Catalogue) -> str:
    if not counterfactual.targets:
        return words.t("note.whole", found.lang)
    return ", ".join(found.label(target) for target in counterfactual.targets)


def _where(span: Span | None) -> str:
    return f"{span.file}:{span.line}" if span is not None else ""


def part_name(model: BaseModel) -> str:
    """What kind of part a model is, as the catalogue's part-specific words name it: `indicator`, `link`."""
    return type(model).__name__.lower()


def describe(model: BaseModel, found: Catalogue, skip: frozenset[str] = frozenset()) -> list[Fact]:
    """The facts of a model part: every field that says something, in the model's order, but `skip`."""
    facts = []
    part = part_name(model)
    unit = _unit(model)
    for name, declared in type(model).model_fields.items():
        if name in POSITIONS or name in skip or (name == "unit" and unit is not None):
            continue
        value = getattr(model, name)
        if value is None or value == [] or value == "" or value == {}:
            continue
        if declared.default is not None and value == declared.default:
            continue  # what every link says unless told otherwise (`->` increases) tells nothing
        facts.append(fact(name, value, found, part, unit))
    return facts


def _unit(model: BaseModel) -> str | None:
    """The unit a part's measures are told in (`21%`, `185 euro per month`), when it has measures to tell."""
    unit = getattr(model, "unit", None)
    measures = [name for name in type(model).model_fields
                if (known := words.attribute(name)) is not None and known.type is ValueType.MEASURE]
    told = any(isinstance(getattr(model, name, None), (int, float)) for name in measures)
    return unit if isinstance(unit, str) and told else None


def fact(name: str, value: object, found: Catalogue, part: str | None = None,
         unit: str | None = None) -> Fact:
    """One field as a fact: words for enumerations and flags, references, nested parts.

    `part` chooses part-specific field names; `unit` is written after numbers that are measures.
    """
    lang = found.lang
    label = words.field_label(name, lang, part)
    known = words.attribute(name)
    if words.wording_of(name) is not None:
        return Fact(label, words.t("value.wording", lang, text=value))
    if isinstance(value, bool):
        return Fact(label, words.flag_word(name, value, lang))
    if isinstance(value, (int, float)):
        if known is not None and known.type is ValueType.MEASURE and unit is not None:
            return Fact(label, words.number(value) + (unit if unit == "%" else f" {unit}"))
        percent = known is not None and known.type in _PERCENT_TYPES
        return Fact(label, words.number(value) + ("%" if percent else ""))
    if isinstance(value, BaseModel):
        value = [value]
    if isinstance(value, list) and value and all(isinstance(v, BaseModel) for v in value):
        return Fact(label, items=tuple(_item(v, found) for v in value))
    if isinstance(value, list) and _all_refs(value, known, found):
        return Fact(label, refs=tuple(found.ref(v) for v in value))
    if isinstance(value, list):
        return Fact(label, ", ".join(str(v) for v in value))
    if isinstance(value, str) and words.enum_name(name):
        return Fact(label, words.value_word(name, value, lang))
    return Fact(label, str(value), paragraph=name in _PARAGRAPHS)


def _all_refs(values: list[object], known: object, found: Catalogue) -> bool:
    if known is not None and getattr(known, "type", None) in _REFERENCE_TYPES:
        return True
    return all(isinstance(v, str) and found.knows(v) for v in values)


# Values that name other elements (a group's members may be elements or groups).
_REFERENCE_TYPES = (ValueType.REFS, ValueType.MEMBERS)


def _item(model: BaseModel, found: Catalogue) -> Item:
    title = getattr(model, "label", None) or getattr(model, "id", None) or ""
    kind = getattr(model, "kind", None)
    caption = words.value_word("kind", kind, found.lang) if isinstance(kind, str) else None
    return Item(str(title), tuple(describe(model, found, ITEM_APART)), caption)


def references(model: BaseModel, found: Catalogue) -> Iterator[tuple[str, str]]:
    """The (field, id) pairs of the references a part makes to elements or groups, nested parts included."""
    skip = LINK_APART if isinstance(model, Link) else NODE_APART
    for name in type(model).model_fields:
        if name in POSITIONS or name in skip:
            continue
        value = getattr(model, name)
        for member in value if isinstance(value, list) else [value]:
            if isinstance(member, BaseModel):
                yield from references(member, found)
            elif isinstance(member, str) and found.knows(member):
                known = words.attribute(name)
                if known is None or known.type in _REFERENCE_TYPES:
                    yield name, member


def _add_connections(found: Catalogue) -> None:
    """Links in and out of each node, and what names each node or group (in one pass over the theory)."""
    theory = found.theory
    named = found.named
    parts: list[tuple[str, BaseModel, str]] = [
        *((key, node, node.label) for key, node in zip(found.nodes, theory.nodes)),
        *((key, link, found.elements[key].title) for key, link in zip(found.links, theory.links)),
        *((key, c, found.elements[key].title) for key, c in zip(found.notes, theory.counterfactuals)),
        *((key, group, group.label) for key, group in zip(found.groups, theory.groups))]
    for key, part, title in parts:
        for name, target in references(part, found):
            named.setdefault(target, {}).setdefault(name, []).append(Ref(key, title))
    outgoing: dict[str, list[Ref]] = {}
    incoming: dict[str, list[Ref]] = {}
    reduces = words.t("reduces", found.lang)
    for key, link in zip(found.links, theory.links):
        # Seen from one end, a link is named by its other end (and whether it reduces).
        mark = f" ({reduces})" if link.polarity == "reduces" else ""
        outgoing.setdefault(link.source, []).append(Ref(key, found.label(link.target) + mark))
        incoming.setdefault(link.target, []).append(Ref(key, found.label(link.source) + mark))
    for key, node in zip(found.nodes, theory.nodes):
        element = found.elements[key]
        if incoming.get(node.id):
            element.facts.append(Fact(words.t("from", found.lang), refs=tuple(incoming[node.id])))
        if outgoing.get(node.id):
            element.facts.append(Fact(words.t("to", found.lang), refs=tuple(outgoing[node.id])))
    for key, name in [*zip(found.nodes, (n.id for n in theory.nodes)),
                      *zip(found.groups, (g.id for g in theory.groups))]:
        for field_name, refs in named.get(name, {}).items():
            label = words.inverse_label(field_name, found.lang)
            found.elements[key].facts.append(Fact(label, refs=tuple(refs)))
