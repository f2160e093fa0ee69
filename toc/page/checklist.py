"""The review checklist as the page shows it: each item's state, the nodes concerned, the questions."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from toc import i18n
from toc.checklist.assemble import Checklist, State
from toc.checklist.terms import Label, Labels, Number, Phrase, Question, Value
from toc.escape.html import html_escape, html_fill
from toc.model import Theory
from toc.page.elements import Ref, node_key


@dataclass(frozen=True)
class PointShown:
    number: str
    title: str
    state: str  # open, ticked or n/a
    state_word: str
    reason: str | None
    nodes: tuple[Ref, ...]
    heading: str | None  # "to discuss" or "also ask"
    questions: tuple[Markup, ...]
    more: str | None


@dataclass(frozen=True)
class SectionShown:
    number: int
    title: str
    points: tuple[PointShown, ...]


def sections(made: Checklist, theory: Theory, lang: str) -> list[SectionShown]:
    """Every theme and item of the checklist, its questions filled in and escaped."""
    by_label: dict[str, list[str]] = {}
    for node in theory.nodes:
        by_label.setdefault(node.label, []).append(node.id)
    shown = []
    for section in made.sections:
        points = []
        for point in section.points:
            # The checklist names nodes by label; a label may be shared, so each one found is shown.
            refs = tuple(Ref(node_key(i), label) for label in point.nodes for i in by_label.get(label, []))
            more = None
            if point.more:
                more = text("more.one" if point.more == 1 else "more.many", lang, n=point.more)
            points.append(PointShown(
                point.number, text(f"item.{point.key}", lang), point.state.value,
                i18n.text(f"page.checklist.{_STATE_WORDS[point.state]}", lang),
                text(f"na.{point.reason}", lang) if point.reason else None, refs,
                text("discuss" if point.open else "also_ask", lang) if point.questions else None,
                tuple(sentence(q, lang) for q in point.questions), more))
        shown.append(SectionShown(section.number, text(f"theme.{section.key}", lang), tuple(points)))
    return shown


_STATE_WORDS = {State.OPEN: "open", State.TICKED: "ticked", State.NOT_APPLICABLE: "na"}


def sentence(q: Question, lang: str) -> Markup:
    """A question in words, its labels emphasised and escaped."""
    return html_fill(i18n.template(q.key, lang), **{name: _value(value, lang) for name, value in q.values})


def _value(value: Value, lang: str) -> Markup:
    if isinstance(value, Label):
        return emphasis(value.text)
    if isinstance(value, Labels):
        return join([emphasis(label) for label in value.items], lang)
    if isinstance(value, Number):
        return html_escape(f"{value.value:g}")
    if isinstance(value, Phrase):
        return html_fill(i18n.template(value.key, lang), **{n: _value(v, lang) for n, v in value.values})
    raise TypeError(f"not a checklist value: {value!r}")


def emphasis(label: str) -> Markup:
    """A label in italics, escaped; a label of white space alone shows as a dash."""
    return Markup("<em>") + html_escape(label.strip() or "—") + Markup("</em>")


def join(parts: list[Markup], lang: str) -> Markup:
    """'a', 'a and b', 'a, b and c' (Dutch 'en')."""
    if len(parts) <= 1:
        return Markup("").join(parts)
    word = html_escape(text("and", lang))
    return Markup(", ").join(parts[:-1]) + Markup(" ") + word + Markup(" ") + parts[-1]


def text(key: str, lang: str, **values: object) -> str:
    return i18n.text(f"checklist.{key}", lang, **values)
