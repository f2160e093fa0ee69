"""One problem, one finding, at its root: the findings a wider or earlier one explains are dropped.

A theory without links would otherwise get an orphan-node finding on every element;
a logframe without mechanisms a missing-mechanism finding on every link. Each entry
below says that a finding of the first rule explains findings of another rule, and
which ones:

- `all`: every finding of that rule in the theory;
- `nodes`: those about an element the root finding names (its own or related nodes);
- `same`: those about the same element (their first node is the root's first node);
- `link`: those about the same link (the same first two nodes);
- `parts`: when the root is about the whole theory, that rule's findings about its parts.

The root finding keeps what it explains as its consequences. docs/lint.md lists
these rules of precedence in words.
"""

from __future__ import annotations

from dataclasses import dataclass

from toc.lint.rule import Finding, Rule

_WHOLE_PLAN = ("orphan-node", "dead-end-intervention", "unreached-outcome", "unexplained-start",
               "disconnected-parts", "linear-chain", "single-pathway", "single-point-of-failure",
               "sole-attribution", "logframe-staging", "missing-mechanism", "miracle-leap",
               "implicit-link", "no-assumptions", "context-free-theory", "context-free-mechanism",
               "weak-pathway", "transitivity-trap")

EXPLAINS: dict[str, tuple[tuple[str, str], ...]] = {
    # Whole-theory absences are said once.
    "no-links": tuple((name, "all") for name in _WHOLE_PLAN),
    "no-intervention": tuple((name, "all") for name in (
        "dead-end-intervention", "unreached-outcome", "unexplained-start", "sole-attribution",
        "single-pathway", "single-point-of-failure", "logframe-staging", "missing-mechanism",
        "miracle-leap", "missing-counterfactual", "no-unintended-effects", "no-negative-effects",
        "weak-pathway", "unrated-critical-assumption", "untested-critical-assumption",
        # whether a problem is intended makes no sense when nobody acts yet
        "effect-without-polarity")),
    "no-final-result": tuple((name, "all") for name in (
        "dead-end-intervention", "missing-counterfactual", "no-unintended-effects",
        "no-negative-effects", "single-perspective", "participants-without-voice",
        "sole-attribution", "single-pathway", "single-point-of-failure", "logframe-staging",
        "missing-mechanism", "no-tracks", "efficiency-only")),
    "no-assumptions": (("implicit-link", "all"), ("untested-critical-assumption", "all"),
                       ("unrated-critical-assumption", "all")),
    # Pieces that nothing connects explain what is missing in and around them.
    "disconnected-parts": (
        *((name, "nodes") for name in ("orphan-node", "dead-end-intervention", "unreached-outcome",
                                       "unexplained-start")),
        # a part that is a straight line is a lesser point when the parts are not joined at all
        ("linear-chain", "all")),
    # At the root, not downstream.
    "unexplained-start": (("unreached-outcome", "nodes"),),
    "orphan-node": (("dead-end-intervention", "same"), ("unreached-outcome", "same")),
    # The wider finding wins on the same gap.
    "logframe-staging": (("missing-mechanism", "all"),),
    "miracle-leap": (("missing-mechanism", "link"),),
    "linear-chain": (("single-pathway", "nodes"), ("single-point-of-failure", "nodes")),
    "context-free-theory": (("context-free-mechanism", "all"),),
    # An intervention drawn only as a cost: its step into what should decrease is the same point.
    "cost-only-intervention": (("aim-mismatch", "same"), ("missing-mechanism", "same")),
    "aim-mismatch": (("missing-mechanism", "link"),),
    # A participant nothing refers to: that they have no say in the results is the point.
    "participants-without-voice": (("unused-declaration", "same"),),
    # "not one result can be observed", "no counterfactual anywhere": said once, for the parts.
    "outcome-without-indicator": (("outcome-without-indicator", "parts"),),
    "missing-counterfactual": (("missing-counterfactual", "parts"),),
    # "no link says what it rests on" stands for the per-link findings of the same rule.
    "implicit-link": (("implicit-link", "parts"),),
    "single-perspective": (("participants-without-voice", "all"),),
}


@dataclass(slots=True)
class Found:
    """A rule's finding on its way to becoming a diagnostic, with what it explains."""

    rule: Rule
    finding: Finding
    explained_by: Found | None = None

    def root(self) -> Found:
        found = self
        while found.explained_by is not None:
            found = found.explained_by
        return found


def _covers(root: Finding, other: Finding, how: str) -> bool:
    if how == "all":
        return True
    if how == "parts":
        return root.whole and not other.whole
    if not other.nodes or not root.nodes:
        return False
    if how == "nodes":
        return other.nodes[0] in root.nodes
    if how == "same":
        return other.nodes[0] == root.nodes[0]
    return other.nodes[:2] == root.nodes[:2]  # "link"


def apply(found: list[Found]) -> list[Found]:
    """Mark the findings that another explains; return those that stay, in their order.

    Linear in the findings for `same` and `link` (looked up by node), and in the
    findings of the explained rule for `all`, `nodes` and `parts`. Findings are
    indexed by node only for the rules some present finding may explain that way:
    a theory with tens of thousands of link findings would otherwise pay for
    indexes nothing reads.
    """
    present = {item.rule.name for item in found}
    by_node = {explained for name in present for explained, how in EXPLAINS.get(name, ())
               if how in ("same", "nodes")}
    by_pair = {explained for name in present for explained, how in EXPLAINS.get(name, ())
               if how == "link"}
    by_rule: dict[str, list[Found]] = {}
    by_first: dict[tuple[str, str], list[Found]] = {}
    by_link: dict[tuple[str, str, str], list[Found]] = {}
    for item in found:
        name = item.rule.name
        by_rule.setdefault(name, []).append(item)
        nodes = item.finding.nodes
        if nodes and name in by_node:
            by_first.setdefault((name, nodes[0]), []).append(item)
        if len(nodes) >= 2 and name in by_pair:
            by_link.setdefault((name, nodes[0], nodes[1]), []).append(item)
    for item in found:
        explains = EXPLAINS.get(item.rule.name)
        if explains is None:
            continue
        nodes = item.finding.nodes
        for explained_rule, how in explains:
            if how == "parts" and not item.finding.whole:
                continue  # only a finding about the whole theory stands for the parts
            if how == "same":
                candidates = by_first.get((explained_rule, nodes[0]), []) if nodes else []
            elif how == "nodes":
                candidates = [c for node in dict.fromkeys(nodes)
                              for c in by_first.get((explained_rule, node), [])]
            elif how == "link":
                candidates = by_link.get((explained_rule, nodes[0], nodes[1]), []) if len(nodes) >= 2 else []
            else:
                candidates = by_rule.get(explained_rule, [])
            root = item.root()  # the same for every candidate: nothing is marked in between for it
            everything = how == "all"
            for other in candidates:
                if other.explained_by is not None or other is item or other is root:
                    continue
                if everything or _covers(item.finding, other.finding, how):
                    other.explained_by = item
    return [item for item in found if item.explained_by is None]


def consequences(found: list[Found]) -> dict[int, list[Found]]:
    """For each kept finding (by id), the findings it explains, directly or through others, in order."""
    explained: dict[int, list[Found]] = {}
    for item in found:
        if item.explained_by is not None:
            explained.setdefault(id(item.root()), []).append(item)
    return explained
