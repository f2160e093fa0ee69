"""The change in meaning between two theories: a walk over the pydantic model, field by field.

The walk knows no field by name. Every field the model keeps in its data is
compared: lists of parts are matched by key (see `match`) and compared part by
part, lists of values as sets of values (the order of `by: a, b` is no
meaning), single values as they are. A field added to the model is compared
without any change here.
"""

from __future__ import annotations

from collections import Counter
from enum import Enum
from typing import Any

from pydantic import BaseModel

from toc.diff.changes import Action, Change, Step, Where
from toc.diff.match import REFERENCES, Canon, key_fields, match, meaning_fields, renames, translator
from toc.model import Theory

# Where a change is told: the order of the sections follows the model's fields
# (the theory's own fields first), and within a section additions come first.
ACTION_ORDER = {Action.ADDED: 0, Action.REMOVED: 1, Action.RENAMED: 2, Action.CHANGED: 3}


def part_name(model: BaseModel) -> str:
    """A part is named after its model: `node`, `link`, `counterfactual`, `indicator`, ..."""
    return type(model).__name__.lower()


def step_of(item: BaseModel, canon: Canon) -> Step:
    """The step that names an item: its part, its first key, its label and (for an element) its kind."""
    fields = key_fields(type(item))[0]
    key: list[str] = []
    for name in fields:
        value = getattr(item, name)
        values = value if isinstance(value, list) else [value]
        key.extend(canon(v) if name in REFERENCES and isinstance(v, str) else str(v) for v in values)
    title = getattr(item, "label", None)
    kind = getattr(item, "kind", None)
    return Step(part_name(item), tuple(key), title if isinstance(title, str) else None,
                kind.value if isinstance(kind, Enum) else None)


def position(item: BaseModel) -> Any:
    """Where an item was declared: the head of its declaration when it has one, else its span."""
    return getattr(item, "head", None) or getattr(item, "span", None)


class _Walk:
    """Collects the changes of one comparison; `canon` spells old ids as the new version does."""

    def __init__(self, canon: Canon) -> None:
        self.canon = canon
        self.changes: list[Change] = []

    def model(self, old: BaseModel, new: BaseModel, path: tuple[Step, ...], prefix: str = "") -> None:
        # Equal parts need no walk: a rename's new id was no id of the old version, so an
        # id written in both versions names the same element in both.
        if old == new:
            return
        where = Where.of(position(new), "new")
        references = {name for fields in key_fields(type(new)) for name in fields} & REFERENCES
        for name in meaning_fields(type(new)):
            before, after = getattr(old, name, None), getattr(new, name, None)
            if isinstance(before, list) and isinstance(after, list) and _holds_parts(before, after):
                self.parts(before, after, path)
            elif isinstance(before, BaseModel) and isinstance(after, BaseModel):
                self.model(before, after, path, f"{prefix}{name}.")
            elif isinstance(before, list) and isinstance(after, list):
                spelled = [self.canon(v) if isinstance(v, str) else v for v in before]
                if spelled != after and Counter(map(_hashable, spelled)) != Counter(map(_hashable, after)):
                    self.changes.append(Change(Action.CHANGED, path, where, prefix + name,
                                               spelled, list(after)))
            else:
                if name in references and isinstance(before, str):
                    before = self.canon(before)
                if before != after:
                    self.changes.append(Change(Action.CHANGED, path, where, prefix + name,
                                               before, after))

    def parts(self, olds: list[BaseModel], news: list[BaseModel], path: tuple[Step, ...]) -> None:
        pairs, removed, added = match(olds, news, self.canon)
        for item in added:
            self.changes.append(Change(Action.ADDED, (*path, step_of(item, _same)),
                                       Where.of(position(item), "new")))
        for item in removed:
            self.changes.append(Change(Action.REMOVED, (*path, step_of(item, _same)),
                                       Where.of(position(item), "old")))
        for before, after in pairs:
            if before == after:
                continue
            step = step_of(after, _same)
            old_id, new_id = getattr(before, "id", None), getattr(after, "id", None)
            if isinstance(old_id, str) and old_id != new_id:
                self.changes.append(Change(Action.RENAMED, (*path, step),
                                           Where.of(position(after), "new"), None, old_id, new_id))
            self.model(before, after, (*path, step))


def _same(value: str) -> str:
    return value


def _holds_parts(before: list[Any], after: list[Any]) -> bool:
    return any(isinstance(item, BaseModel) for item in (*before[:1], *after[:1]))


def _hashable(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def compare_models(old: Theory, new: Theory) -> tuple[list[Change], dict[str, str]]:
    """The changes in meaning from one theory to another, in reading order, and the renames found."""
    renamed = renames(old, new)
    walk = _Walk(translator(renamed))
    walk.model(old, new, ())
    sections = {name: number for number, name in enumerate(_section_order(new))}
    changes = sorted(walk.changes, key=lambda c: (
        sections.get(c.section, len(sections)), ACTION_ORDER[c.action], _place(c.where)))
    return changes, renamed


def _section_order(theory: Theory) -> list[str]:
    """`theory` first, then the kinds of part in the order the model lists them."""
    order = ["theory"]
    for name in meaning_fields(type(theory)):
        annotation = type(theory).model_fields[name].annotation
        for argument in getattr(annotation, "__args__", ()):
            if isinstance(argument, type) and issubclass(argument, BaseModel):
                order.append(argument.__name__.lower())
    return order


def _place(where: Where | None) -> tuple[int, str, int, int]:
    if where is None:
        return (1, "", 0, 0)
    return (0, where.file, where.line, where.column)
