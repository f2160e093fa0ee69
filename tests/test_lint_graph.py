"""Graph facts the rules share: reachability, components, dominators, route counts and loop kinds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bench.generate import count_paths, layered, synthetic
from tests.conftest import load_text
from toc.analysis import graph
from toc.analysis.facts import Facts, loop_kind
from toc.lint import lint

DIAMOND = {"s": ["a", "b"], "a": ["c"], "b": ["c"], "c": ["d"], "d": [], "x": ["d"]}


def test_reachable_and_weak_components() -> None:
    assert graph.reachable(DIAMOND, ["a"]) == {"a", "c", "d"}
    before = {n: [m for m, targets in DIAMOND.items() if n in targets] for n in DIAMOND}
    assert [sorted(c) for c in graph.weak_components(DIAMOND, before)] == [
        ["a", "b", "c", "d", "s", "x"]]


def test_dominators_on_a_diamond() -> None:
    idom = graph.immediate_dominators(DIAMOND, "s")
    assert idom == {"s": "s", "a": "s", "b": "s", "c": "s", "d": "c"}
    intervals = graph.dominance_intervals(idom, "s")
    assert graph.dominates(intervals, "c", "d")
    assert not graph.dominates(intervals, "a", "d")
    assert not graph.dominates(intervals, "x", "d")  # not reachable from the root


# The irreducible graph of figure 4 in Cooper, Harvey and Kennedy's paper, numbered
# 6 (the root) down to 1: 5 and 4 lead into a loop between 1, 2 and 3.
PAPER = {"6": ["5", "4"], "5": ["1"], "4": ["2", "3"], "1": ["2"], "2": ["1", "3"], "3": ["2"]}


def test_dominators_on_the_irreducible_graph_of_the_paper() -> None:
    assert graph.immediate_dominators(PAPER, "6") == {
        "6": "6", "5": "6", "4": "6", "1": "6", "2": "6", "3": "6"}


def test_dominators_on_a_loop_with_an_exit() -> None:
    loop = {"r": ["a"], "a": ["b"], "b": ["c", "e"], "c": ["d"], "d": ["a", "f"], "e": ["f"], "f": []}
    assert graph.immediate_dominators(loop, "r") == {
        "r": "r", "a": "r", "b": "a", "c": "b", "d": "c", "e": "b", "f": "b"}


def _brute_force_dominators(successors: dict[str, list[str]], root: str) -> dict[str, set[str]]:
    """d dominates n when n cannot be reached from the root once d is taken away."""
    reached = graph.reachable(successors, [root])
    found = {n: {n, root} for n in reached}
    for d in reached - {root}:
        without = {k: [c for c in v if c != d] for k, v in successors.items() if k != d}
        still = graph.reachable(without, [root])
        for n in reached - still:
            found[n].add(d)
    return found


@given(st.lists(st.tuples(st.integers(0, 7), st.integers(0, 7)), max_size=20))
@settings(max_examples=300, deadline=None)
def test_dominators_agree_with_their_definition(edges: list[tuple[int, int]]) -> None:
    successors: dict[str, list[str]] = {str(n): [] for n in range(8)}
    for source, target in edges:
        if str(target) not in successors[str(source)]:
            successors[str(source)].append(str(target))
    idom = graph.immediate_dominators(successors, "0")
    expected = _brute_force_dominators(successors, "0")
    assert set(idom) == set(expected)
    for node in idom:  # the dominators of a node are its chain of immediate dominators
        chain, current = {node}, node
        while idom[current] != current:
            current = idom[current]
            chain.add(current)
        assert chain == expected[node], node


def facts(text: str) -> Facts:
    loaded = load_text(text)
    assert loaded.ok
    return Facts(loaded.theory)


def test_routes_are_counted_up_to_two() -> None:
    f = facts('''intervention a "A"
intervention b "B"
outcome c "C"
outcome d "D"
impact e "E"
external x "X"
a -> c -> e
b -> d
x -> d
''')
    assert f.pathways == {"a": 1, "b": 1, "c": 1, "d": 1, "e": 1}  # x is not the programme's
    f = facts('''intervention a "A"
outcome c "C"
outcome d "D"
impact e "E"
a -> c -> e
a -> d -> e
''')
    assert f.pathways["e"] == 2


def test_loop_kind_follows_the_polarity_of_the_links() -> None:
    reinforcing = facts('outcome a "A"\noutcome b "B"\na -> b\nb -> a\n')
    assert loop_kind(reinforcing, 0) == "reinforcing"
    two_reducing = facts('outcome a "A"\noutcome b "B"\na -| b\nb -| a\n')
    assert loop_kind(two_reducing, 0) == "reinforcing"
    balancing = facts('outcome a "A"\noutcome b "B"\na -> b\nb -| a\n')
    assert loop_kind(balancing, 0) == "balancing"
    mixed = facts('outcome a "A"\noutcome b "B"\noutcome c "C"\na -> b\nb -> a\na -> c\nc -| a\n')
    assert loop_kind(mixed, 0) == "mixed"


def test_an_adversarial_layered_theory_is_linted_without_enumerating_paths() -> None:
    # 40 layers of 20 nodes: 20 * 2**39 paths, far too many to list; the rules must not try.
    assert count_paths(40, 20) > 10**13
    loaded = load_text(layered(40, 20), "layered.toc")
    assert loaded.ok
    names = {d.name for d in lint(loaded)}
    assert "single-pathway" not in names and "linear-chain" not in names
    f = Facts(loaded.theory)
    assert max(len(loop) for loop in f.loops) > 100  # the back links tie most layers into one loop
    assert {f.pathways[n.id] for n in f.theory.nodes if n.kind.value == "impact"} == {2}


def test_a_synthetic_theory_lints_and_every_finding_points_into_the_file() -> None:
    text = synthetic(300)
    loaded = load_text(text, "synthetic.toc")
    assert loaded.ok
    found = lint(loaded)
    assert found
    lines = text.count("\n") + 1
    assert all(d.span and d.span.file == "synthetic.toc" and 1 <= d.span.line <= lines
               for d in found)
