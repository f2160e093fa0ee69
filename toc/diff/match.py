"""Which part of the old version is which part of the new: keys for list items, and renamed elements.

Everything here is hashing and bucketing, so matching costs time linear in the
size of the two versions (plus sorting small buckets), never a comparison of
every old part with every new one.
"""

from __future__ import annotations

import json
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import Any

from pydantic import BaseModel

from toc.model import Node, Theory

# Maps an id of the old version to its spelling in the new one (itself when not renamed).
Canon = Callable[[str], str]

# The fields that identify an item of a list, tried in turn: a link is first sought
# with the same ends and polarity, then with the same ends (its polarity changed).
# Models not named here are matched by `id`, else `label`, else `name`, else by
# their whole meaning (a changed item is then a removal and an addition).
KEYS: dict[str, tuple[tuple[str, ...], ...]] = {
    "Link": (("source", "target", "polarity"), ("source", "target")),
    "Counterfactual": (("targets",),),
}
FALLBACK_KEYS = ("id", "label", "name")
# Key fields that hold ids, so that a renamed element still matches (labels are text).
REFERENCES = frozenset({"id", "source", "target", "targets"})


def same(value: str) -> str:
    return value


@cache
def meaning_fields(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields that carry meaning: every field except those the model leaves out of its data.

    Spans, comments and file names are excluded from serialisation by the model
    itself (see `Located`), which is exactly the line between layout and meaning.
    """
    return tuple(name for name, info in model.model_fields.items() if not info.exclude)


@cache
def key_fields(model: type[BaseModel]) -> tuple[tuple[str, ...], ...]:
    """The successive keys that match items of this model between versions."""
    if model.__name__ in KEYS:
        return KEYS[model.__name__]
    for name in FALLBACK_KEYS:
        if name in model.model_fields:
            return ((name,),)
    return ((),)  # the whole meaning


def key_of(item: BaseModel, fields: tuple[str, ...], canon: Canon) -> tuple[Any, ...]:
    """The key of an item: its key fields, ids spelled as in the new version, lists as sorted tuples."""
    if not fields:
        return (json.dumps(item.model_dump(mode="json"), sort_keys=True, ensure_ascii=False),)
    values: list[Any] = []
    for name in fields:
        value = getattr(item, name)
        translate = canon if name in REFERENCES else same
        if isinstance(value, list):
            values.append(tuple(sorted(translate(v) for v in value)))
        else:
            values.append(translate(value) if isinstance(value, str) else value)
    return tuple(values)


def match(olds: Sequence[BaseModel], news: Sequence[BaseModel],
          canon: Canon) -> tuple[list[tuple[BaseModel, BaseModel]], list[BaseModel], list[BaseModel]]:
    """Pair items of two lists by their keys; return the pairs, the removed and the added items.

    Items with equal keys pair in the order written, so a key that occurs twice
    still pairs one to one.
    """
    if not olds or not news:
        return [], list(olds), list(news)
    pairs: list[tuple[BaseModel, BaseModel]] = []
    left_old, left_new = list(olds), list(news)
    for fields in key_fields(type(news[0])):
        waiting: dict[tuple[Any, ...], deque[BaseModel]] = defaultdict(deque)
        for item in left_old:
            waiting[key_of(item, fields, canon)].append(item)
        unmatched = []
        paired: set[int] = set()
        for item in left_new:
            bucket = waiting.get(key_of(item, fields, same))
            if bucket:
                partner = bucket.popleft()
                paired.add(id(partner))
                pairs.append((partner, item))
            else:
                unmatched.append(item)
        left_old = [item for item in left_old if id(item) not in paired]
        left_new = unmatched
        if not left_old or not left_new:
            break
    return pairs, left_old, left_new


def renames(old: Theory, new: Theory) -> dict[str, str]:
    """Elements whose id changed while their kind, label and links stayed: old id to new id.

    Removed and added elements are bucketed by kind and label. A bucket with one
    of each is a rename. In a bucket with several (two elements with one label),
    their links decide: each is described by its links, with the other ends named
    by kind and label so that renames elsewhere do not matter.
    """
    new_ids, old_ids = new.index, old.index
    gone: dict[tuple[str, str], list[Node]] = defaultdict(list)
    for node in old.nodes:
        if node.id not in new_ids:
            gone[(node.kind.value, node.label)].append(node)
    came: dict[tuple[str, str], list[Node]] = defaultdict(list)
    for node in new.nodes:
        if node.id not in old_ids and (node.kind.value, node.label) in gone:
            came[(node.kind.value, node.label)].append(node)
    found: dict[str, str] = {}
    crowded = []
    for title, arrivals in came.items():
        departures = gone[title]
        if len(departures) == 1 and len(arrivals) == 1:
            found[departures[0].id] = arrivals[0].id
        else:
            crowded.append((departures, arrivals))
    if crowded:
        old_links = _link_descriptions(old, {n.id for group, _ in crowded for n in group})
        new_links = _link_descriptions(new, {n.id for _, group in crowded for n in group})
        for departures, arrivals in crowded:
            by_links: dict[tuple[Any, ...], deque[str]] = defaultdict(deque)
            for node in departures:
                by_links[old_links.get(node.id, ())].append(node.id)
            for node in arrivals:
                bucket = by_links.get(new_links.get(node.id, ()))
                if bucket:
                    found[bucket.popleft()] = node.id
    return found


def _link_descriptions(theory: Theory, wanted: set[str]) -> dict[str, tuple[Any, ...]]:
    """For each wanted element, its links described without ids: direction, polarity, other end."""
    described: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    index = theory.index
    for link in theory.links:
        for end, other, direction in ((link.source, link.target, "out"), (link.target, link.source, "in")):
            if end in wanted:
                partner = index[other]
                described[end].append((direction, link.polarity, partner.kind.value, partner.label))
    return {node_id: tuple(sorted(parts)) for node_id, parts in described.items()}


def translator(renamed: dict[str, str]) -> Canon:
    """The Canon of a set of renames."""
    if not renamed:
        return same
    return lambda value: renamed.get(value, value)


def translate_all(values: Iterable[Any], canon: Canon) -> list[Any]:
    """Ids in a list spelled as in the new version; other values as they are."""
    return [canon(value) if isinstance(value, str) else value for value in values]
