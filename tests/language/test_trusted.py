"""The builder makes its model parts without validating them again: the result is the validated model.

`Located.trusted` skips pydantic's validation, because the builder has checked
every value already. These tests build every file of the corpus both ways and
hold the two to the same model (field by field, with the same types), the
same diagnostics, and a model that validates as it is.
"""

from __future__ import annotations

import sys
from typing import Any

import pytest
from pydantic import BaseModel

from bench.generate import layered, synthetic
from tests.conftest import ROOT
from toc.language.load import load
from toc.model import Node, Theory
from toc.model.kinds import NodeKind

CORPUS = sorted(p for folder in ("examples", "tests") for p in (ROOT / folder).rglob("*.toc"))
TEXTS = {str(p.relative_to(ROOT)): p.read_bytes().decode("utf-8", errors="replace") for p in CORPUS}
TEXTS["synthetic"] = synthetic(200)
TEXTS["layered"] = layered(5, 10)


def same_parts(made: Any, validated: Any, where: str) -> None:
    """Equal values of the same types all the way down, and the same fields marked as set."""
    assert type(made) is type(validated), where
    if isinstance(made, BaseModel):
        assert made.__dict__.keys() == validated.__dict__.keys(), where
        assert made.model_fields_set == validated.model_fields_set, where
        assert made.__pydantic_private__ == validated.__pydantic_private__, where
        for name in made.__dict__:
            same_parts(made.__dict__[name], validated.__dict__[name], f"{where}.{name}")
    elif isinstance(made, list):
        assert len(made) == len(validated), where
        for number, (one, other) in enumerate(zip(made, validated)):
            same_parts(one, other, f"{where}[{number}]")
    else:
        assert made == validated, where


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_trusted_parts_are_the_validated_parts(name: str) -> None:
    text = TEXTS[name]
    made, validated = load(text, name), load(text, name, validate=True)
    assert made.diagnostics == validated.diagnostics
    same_parts(made.theory, validated.theory, "theory")
    assert made.theory == validated.theory
    assert made.theory.model_dump() == validated.theory.model_dump()


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_the_model_of_a_file_without_errors_validates_as_it_is(name: str) -> None:
    loaded = load(TEXTS[name], name)
    if loaded.ok:
        again = Theory.model_validate(loaded.theory.model_dump())
        assert again == loaded.theory


def test_a_trusted_part_gets_new_lists_and_the_defaults() -> None:
    one = Node.trusted({"id": "a", "kind": NodeKind.OUTPUT, "label": "A"})
    two = Node.trusted({"id": "b", "kind": NodeKind.OUTPUT, "label": "B"})
    one.by.append("x")
    assert two.by == [] and one.role is None and one.span is None
    assert one == Node(id="a", kind=NodeKind.OUTPUT, label="A", by=["x"])


def test_links_of_one_statement_do_not_share_their_lists() -> None:
    theory = load('context c "C"\noutcome a "A"\noutcome b "B"\noutcome d "D"\n'
                  'a, b -> d { when: c }\n').theory
    assert theory.links[0].when == theory.links[1].when == ["c"]
    assert theory.links[0].when is not theory.links[1].when


def test_parts_given_the_same_fields_share_that_set_until_one_is_assigned() -> None:
    one = Node.trusted({"id": "a", "kind": NodeKind.OUTPUT, "label": "A"})
    two = Node.trusted({"id": "b", "kind": NodeKind.OUTPUT, "label": "B"})
    assert one.model_fields_set is two.model_fields_set
    one.description = "changed"
    assert one.model_fields_set == {"id", "kind", "label", "description"}
    assert two.model_fields_set == {"id", "kind", "label"}
    copied = two.model_copy(update={"label": "C"})
    assert copied.label == "C" and two.label == "B" and two.model_fields_set == {"id", "kind", "label"}


def test_a_group_whose_members_are_cut_keeps_the_others_apart() -> None:
    loaded = load('outcome a "A"\ngroup g "G" { members: a }\ngroup h "H" { members: a }\n')
    first, second = loaded.theory.groups
    assert (first.members, second.members) == (["a"], [])
    assert [d.code for d in loaded.diagnostics] == ["E125"]


@pytest.mark.skipif(sys.implementation.name != "cpython", reason="CPython's split dictionaries")
def test_the_fields_of_a_trusted_part_share_one_table_of_names() -> None:
    part = Node.trusted({"id": "a", "kind": NodeKind.OUTPUT, "label": "A"})
    assert sys.getsizeof(part.__dict__) < sys.getsizeof(dict(part.__dict__))
