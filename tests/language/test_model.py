"""The model validates itself, ignores positions in equality and round-trips through JSON."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from tests.conftest import EXAMPLES, load_text
from toc.model import Counterfactual, Link, Node, Theory
from toc.model.kinds import NodeKind


def test_spans_do_not_count_in_equality() -> None:
    one = load_text('outcome a "A"\noutcome b "B"\na -> b', path="one.toc").theory
    two = load_text('\n\n  outcome a "A"   # moved\noutcome b "B"\n\na  ->  b', path="two.toc").theory
    assert one.nodes[0].span != two.nodes[0].span
    assert one == two


def test_a_changed_label_is_a_different_theory() -> None:
    assert load_text('outcome a "A"').theory != load_text('outcome a "B"').theory


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_json_round_trip(path) -> None:
    theory = load_text(path.read_text(encoding="utf-8"), str(path)).theory
    again = Theory.model_validate(theory.to_json_data())
    assert again == theory


def test_model_rejects_fields_that_do_not_fit_the_kind() -> None:
    with pytest.raises(ValidationError):
        Node(id="a", kind=NodeKind.ACTOR, label="A", horizon="short")
    with pytest.raises(ValidationError):
        Node(id="a", kind=NodeKind.OUTCOME, label="A", role="funder")


def test_model_rejects_self_links_and_bad_percentages() -> None:
    with pytest.raises(ValidationError):
        Link(source="a", target="a")
    with pytest.raises(ValidationError):
        Counterfactual(deadweight=120)


def test_model_rejects_links_to_unknown_or_unlinkable_nodes() -> None:
    actor = Node(id="p", kind=NodeKind.ACTOR, label="P")
    outcome = Node(id="o", kind=NodeKind.OUTCOME, label="O")
    with pytest.raises(ValidationError):
        Theory(nodes=[outcome], links=[Link(source="x", target="o")])
    with pytest.raises(ValidationError):
        Theory(nodes=[actor, outcome], links=[Link(source="p", target="o")])


def test_model_rejects_duplicate_ids() -> None:
    node = Node(id="o", kind=NodeKind.OUTCOME, label="O")
    with pytest.raises(ValidationError):
        Theory(nodes=[node, node])


def test_the_model_does_not_import_lark() -> None:
    import subprocess
    import sys

    code = "import sys, toc.model; print('lark' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
