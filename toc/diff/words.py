"""A change in the reader's language: parts, fields and values named in English or Dutch.

Fields are named as the language spells their attribute (`risk`/`risico`), else
by a catalogue entry `diff.field.NAME`, else readably from the field's own name,
so a field added to the model is shown without any change here. User text
(labels, ids, texts) goes through the `escape` function of the output target.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum
from functools import cache
from typing import Any

from toc import i18n
from toc.diff.changes import Action, Change, Step
from toc.language import vocabulary
from toc.language.vocabulary import ENUMS, RESULT_FLAGS, Attribute, ValueType
from toc.model.kinds import NodeKind

Escape = Callable[[str], str]

# Where the model names a field otherwise than the attribute that sets it.
FIELD_ATTRIBUTE = {("link", "citation"): "source"}
# The attributes each kind of part may carry; any other field is looked up among all attributes.
PART_ATTRIBUTES: dict[str, tuple[Attribute, ...]] = {
    "node": tuple(a for attributes in vocabulary.NODE_ATTRIBUTES.values() for a in attributes),
    "link": vocabulary.LINK_ATTRIBUTES,
    "counterfactual": vocabulary.COUNTERFACTUAL_ATTRIBUTES,
    "indicator": vocabulary.INDICATOR_ATTRIBUTES,
    "theory": vocabulary.THEORY_ATTRIBUTES,
}
ARROWS = {"increases": "->", "reduces": "-|"}
QUOTED = "“{}”"


def _every_attribute() -> Iterator[Attribute]:
    """Every attribute the vocabulary declares, wherever it keeps it (tuples, dicts of tuples)."""
    for value in vars(vocabulary).values():
        values = value.values() if isinstance(value, dict) else [value]
        for item in values:
            if isinstance(item, Attribute):
                yield item
            elif isinstance(item, tuple):
                yield from (a for a in item if isinstance(a, Attribute))


@cache
def attribute(part: str, field: str) -> Attribute | None:
    """The attribute that sets a field of a part, or None (a field without an attribute)."""
    name = FIELD_ATTRIBUTE.get((part, field), field)
    for candidate in PART_ATTRIBUTES.get(part, ()):
        if candidate.field == name:
            return candidate
    if part in PART_ATTRIBUTES and i18n.has(f"diff.field.{name}"):
        return None  # a field of a known part, named by the catalogue (label, kind, ...)
    return next((a for a in _every_attribute() if a.field == name), None)


@dataclass(frozen=True)
class Words:
    """Names parts, fields and values in one language, escaping user text for one output target."""

    lang: str
    escape: Escape

    def t(self, key: str, **values: Any) -> str:
        return i18n.text(key, self.lang, **values)

    def field(self, part: str, field: str) -> str:
        """A field's name: the attribute's keyword, else the catalogue's word, else its own name."""
        *within, last = field.split(".")
        found = attribute(part, last) if not within else None
        if found is not None:
            return found.word.nl if self.lang == "nl" else found.word.en
        if i18n.has(f"diff.field.{last}"):
            return self.t(f"diff.field.{last}")
        return self.escape(" ".join(part.replace("_", " ") for part in (*within, last)))

    def value(self, part: str, field: str, value: Any) -> str:
        """A value as the reader writes it: enum words in the language, percentages, quoted texts."""
        found = attribute(part, field.split(".")[-1])
        if value is None or value == []:
            return self.t("diff.unset")
        if isinstance(value, list):
            return ", ".join(self.value(part, field, item) for item in value)
        if isinstance(value, NodeKind):
            return self.t(f"kind.{value.value}")
        if isinstance(value, bool):
            return self.flag(field, value)
        if isinstance(value, (int, float)):
            percent = found is not None and found.type is ValueType.PERCENT
            return f"{value:g}%" if percent else f"{value:g}"
        if isinstance(value, Enum):
            value = value.value
        return self.word(part, field, str(value), found)

    def word(self, part: str, field: str, value: str, found: Attribute | None) -> str:
        enum = found.enum if found is not None else (field if field in ENUMS else None)
        if enum and value in ENUMS.get(enum, {}):
            word = ENUMS[enum][value]
            return word.nl if self.lang == "nl" else word.en
        if i18n.has(f"diff.value.{field}.{value}"):
            return self.t(f"diff.value.{field}.{value}")
        if found is not None and found.type is ValueType.REFS:
            return self.escape(value)
        return QUOTED.format(self.escape(value))

    def flag(self, field: str, value: bool) -> str:
        for flag in RESULT_FLAGS:
            if flag.field == field and flag.value == value:
                return flag.word.nl if self.lang == "nl" else flag.word.en
        return self.t("diff.yes" if value else "diff.no")

    def step(self, step: Step, with_title: bool = True, renamed_from: str | None = None) -> str:
        """One part in words: `outcome skills “…”`, `link a -> b`, `counterfactual for x`."""
        title = f" {QUOTED.format(self.escape(step.title))}" if with_title and step.title else ""
        key = [self.escape(k) for k in step.key]
        if step.part == "node" and step.kind:
            name = key[0] if renamed_from is None else f"{self.escape(renamed_from)} → {key[0]}"
            return f"{self.t(f'kind.{step.kind}')} {name}{title}"
        if step.part == "link" and len(key) == 3:
            return self.t("diff.part.link", source=key[0], target=key[1],
                          arrow=self.escape(ARROWS.get(step.key[2], "->"))) + title
        if step.part == "counterfactual":
            if not key:
                return self.t("diff.part.counterfactual.theory")
            return self.t("diff.part.counterfactual", targets=", ".join(key))
        part = (self.t(f"diff.part.{step.part}") if i18n.has(f"diff.part.{step.part}")
                else self.escape(step.part.replace("_", " ")))
        if step.title is not None and step.key == (step.title,):
            # Named by its label (an indicator): the label is its key, shown always.
            return f"{part} {QUOTED.format(self.escape(step.title))}"
        if len(key) == 1 and renamed_from is not None:
            key = [f"{self.escape(renamed_from)} → {key[0]}"]
        return " ".join([part, *key]) + title

    def path(self, change: Change, with_title: bool = True) -> str:
        """The part a change is about, from the theory down: `outcome skills › indicator “…”`."""
        renamed = change.old if change.action is Action.RENAMED else None
        return self.trail(change.path, with_title, renamed)

    def trail(self, path: tuple[Step, ...], with_title: bool = True,
              renamed: str | None = None, parent_titles: bool = True) -> str:
        """Steps from the theory down: the last with its label when `with_title`, the others
        when `parent_titles`."""
        if not path:
            return self.t("diff.part.theory")
        last = len(path) - 1
        return " › ".join(self.step(step, with_title if number == last else parent_titles,
                                    renamed if number == last else None)
                          for number, step in enumerate(path))

    def sentence(self, changes: list[Change]) -> str:
        """Changes about one part as one sentence: `added context trust “…”`, `x: risk high → low; …`."""
        first = changes[0]
        # A relabelled part is named without its label, which the change itself shows.
        subject = self.path(first, with_title=all(change.field != "label" for change in changes))
        if first.field is None:
            return self.t(f"diff.{first.action.value}", subject=subject)
        part = first.subject.part if first.subject else "theory"
        return self.t("diff.changed", subject=subject,
                      fields="; ".join(self.field_change(part, change) for change in changes))

    def field_change(self, part: str, change: Change) -> str:
        name = self.field(part, change.field or "")
        if isinstance(change.old, bool) and isinstance(change.new, bool):
            # A yes/no property reads as its flags: `intended → unintended`.
            return self.t("diff.flag_change", old=self.flag(change.field or "", change.old),
                          new=self.flag(change.field or "", change.new))
        if isinstance(change.old, list) and isinstance(change.new, list):
            return self.t("diff.field_change.list", field=name,
                          members=self.members(part, change.field or "", change.old, change.new))
        return self.t("diff.field_change", field=name,
                      old=self.value(part, change.field or "", change.old),
                      new=self.value(part, change.field or "", change.new))

    def members(self, part: str, field: str, old: list[Any], new: list[Any]) -> str:
        """What a list gained and lost: `+ trust, − shame`."""
        gained = [v for v in new if v not in old]
        lost = [v for v in old if v not in new]
        if not gained and not lost:  # the same values, another number of times
            return f"{self.value(part, field, old)} → {self.value(part, field, new)}"
        shown = [f"+ {self.value(part, field, v)}" for v in gained]
        shown += [f"− {self.value(part, field, v)}" for v in lost]
        return ", ".join(shown)
