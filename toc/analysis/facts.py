"""Facts about one theory that the linter and the checklist share, each computed once and in linear time."""

from __future__ import annotations

from collections import defaultdict
from functools import cached_property

from toc.analysis import graph, routes
from toc.analysis.parts import parts as theory_parts
from toc.model import HORIZON_ORDER, Link, Node, Theory
from toc.model.kinds import NodeKind
from toc.model.span import Span

PROGRAMME_KINDS = (NodeKind.INTERVENTION, NodeKind.INPUT)
DOING_KINDS = (NodeKind.INTERVENTION, NodeKind.INPUT, NodeKind.OUTPUT)
CHANGE_KINDS = (NodeKind.OUTCOME, NodeKind.IMPACT)
# A node id no theory can declare (ids are words), used as the root of the programme.
PROGRAMME_ROOT = "<programme>"
MAX_NAMED = 5


class Facts:
    """A theory with the graph facts and source positions that rules ask for."""

    def __init__(self, theory: Theory) -> None:
        self.theory = theory

    # nodes and positions ---------------------------------------------------------
    @cached_property
    def index(self) -> dict[str, Node]:
        """The nodes by id: the model's own index, kept at hand for rules that look up often."""
        return self.theory.index

    def kind(self, node_id: str) -> NodeKind:
        return self.index[node_id].kind

    def of_kind(self, *kinds: NodeKind) -> list[Node]:
        return self.theory.nodes_of(*kinds)

    def label(self, node_id: str) -> str:
        return self.index[node_id].label

    def names(self, node_ids: list[str]) -> str:
        """Quote the labels of some nodes for a message, at most a handful of them."""
        shown = [f"'{self.label(n)}'" for n in node_ids[:MAX_NAMED]]
        if len(node_ids) > MAX_NAMED:
            shown.append(f"… (+{len(node_ids) - MAX_NAMED})")
        return ", ".join(shown)

    def node_span(self, node_id: str) -> Span | None:
        """The span of a declaration's keyword, id and label: one line to point at."""
        node = self.index[node_id]
        return node.head or node.span

    @cached_property
    def header_span(self) -> Span | None:
        """Where theory-wide findings point: the header, else the start of the main file."""
        if self.theory.head is not None:
            return self.theory.head
        main = self.theory.files[0] if self.theory.files else None
        return Span(main, 1, 1, 1, 1) if main else None

    # links -------------------------------------------------------------------------
    @cached_property
    def successors(self) -> dict[str, list[str]]:
        return graph.adjacency(self.theory)

    @cached_property
    def predecessors(self) -> dict[str, list[str]]:
        return graph.predecessors(self.theory)

    @cached_property
    def links_out(self) -> dict[str, list[Link]]:
        found: dict[str, list[Link]] = defaultdict(list)
        for link in self.theory.links:
            found[link.source].append(link)
        return found

    @cached_property
    def links_in(self) -> dict[str, list[Link]]:
        found: dict[str, list[Link]] = defaultdict(list)
        for link in self.theory.links:
            found[link.target].append(link)
        return found

    @cached_property
    def linked(self) -> set[str]:
        return {end for link in self.theory.links for end in (link.source, link.target)}

    # cycles ------------------------------------------------------------------------
    @cached_property
    def components(self) -> list[list[str]]:
        """Strongly connected components, sinks first (Tarjan's order)."""
        return graph.strongly_connected(self.successors)

    @cached_property
    def loops(self) -> list[list[str]]:
        return [c for c in self.components if len(c) > 1]

    @cached_property
    def loop_of(self) -> dict[str, int]:
        return {node: number for number, loop in enumerate(self.loops) for node in loop}

    def loop_links(self, number: int) -> list[Link]:
        """The links that run inside one loop."""
        members = self.loops[number]
        return [link for node in members for link in self.links_out[node]
                if self.loop_of.get(link.target) == number]

    # reachability --------------------------------------------------------------------
    @cached_property
    def programme(self) -> list[str]:
        return [node.id for node in self.of_kind(*PROGRAMME_KINDS)]

    @cached_property
    def reached(self) -> set[str]:
        """Nodes the programme's interventions and inputs lead to (themselves included)."""
        return graph.reachable(self.successors, self.programme)

    def downstream_of(self, *kinds: NodeKind) -> set[str]:
        """Nodes reached through at least one link from a node of the given kinds."""
        starts = [child for node in self.of_kind(*kinds) for child in self.successors[node.id]]
        return graph.reachable(self.successors, starts)

    @cached_property
    def upstream_of_change(self) -> set[str]:
        """Nodes from which some outcome or impact can be reached."""
        return graph.reachable(self.predecessors, [n.id for n in self.of_kind(*CHANGE_KINDS)])

    @cached_property
    def pathways(self) -> dict[str, int]:
        """How many routes from the programme reach each node, counted up to 2.

        Counted over the components in topological order, so the work is linear
        however many paths there are; a node on a loop counts as 2 (a loop is
        itself more than a single line).
        """
        counts: dict[str, int] = {}
        for component in reversed(self.components):
            members = [n for n in component if n in self.reached]
            if not members:
                continue
            if len(component) > 1:
                counts.update((n, 2) for n in members)
                continue
            node = members[0]
            routes = [counts[p] for p in self.predecessors[node] if p in counts]
            counts[node] = min(2, sum(routes)) if routes else 1
        return counts

    # dominators -------------------------------------------------------------------------
    def dominance_with_split_links(
            self, links: list[Link]) -> tuple[dict[str, tuple[int, int]], dict[int, str]]:
        """Dominator intervals from the programme root, with some links split by a node each.

        A link lies on every programme path to a node exactly when the node that
        splits it dominates that node; the returned map gives each link's splitter.
        """
        successors = {node: list(targets) for node, targets in self.successors.items()}
        successors[PROGRAMME_ROOT] = list(self.programme)
        splitters: dict[int, str] = {}
        for number, link in enumerate(links):
            splitter = f"<link {number}>"
            splitters[id(link)] = splitter
            targets = successors[link.source]
            if link.target in targets:
                targets.remove(link.target)
            targets.append(splitter)
            successors[splitter] = [link.target]
        idom = graph.immediate_dominators(successors, PROGRAMME_ROOT)
        return graph.dominance_intervals(idom, PROGRAMME_ROOT), splitters

    @cached_property
    def dominator_tree(self) -> dict[str, str]:
        """Immediate dominators from the programme root (which dominates itself)."""
        successors = dict(self.successors)
        successors[PROGRAMME_ROOT] = list(self.programme)
        return graph.immediate_dominators(successors, PROGRAMME_ROOT)

    def on_every_route(self, targets: list[str]) -> list[str]:
        """The elements every route from the programme to all of the targets passes, nearest first."""
        return [n for n in routes.common_dominators(self.dominator_tree, PROGRAMME_ROOT, targets)
                if n in self.index]

    # parts ------------------------------------------------------------------------------------
    @cached_property
    def parts(self) -> list[list[str]]:
        """The connected parts of the causal picture, largest first (see toc.analysis.parts)."""
        return theory_parts(self.theory)

    # results --------------------------------------------------------------------------------
    @cached_property
    def final_results(self) -> list[str]:
        """Outcomes and impacts from which no link leads on to another outcome or impact."""
        return routes.final_results(self.successors, [n.id for n in self.of_kind(*CHANGE_KINDS)])

    @cached_property
    def has_horizons(self) -> bool:
        """Whether any result says when it is expected."""
        return any(n.horizon for n in self.of_kind(*CHANGE_KINDS, NodeKind.EFFECT))

    def long_horizon(self, node: Node) -> bool:
        """An impact, or an outcome expected in the medium or long term."""
        if node.kind is NodeKind.IMPACT:
            return True
        return node.kind is NodeKind.OUTCOME and HORIZON_ORDER.get(node.horizon or "", 0) >= 2

    @cached_property
    def counterfactual_targets(self) -> set[str]:
        return {target for cf in self.theory.counterfactuals for target in cf.targets}

    @cached_property
    def has_theory_counterfactual(self) -> bool:
        return any(not cf.targets for cf in self.theory.counterfactuals)


def loop_kind(facts: Facts, number: int) -> str:
    """Read a loop's kind from its links' polarity: reinforcing, balancing or mixed.

    Signs are spread over the loop's nodes in one search: if they never clash,
    every cycle in it has an even number of reducing links (reinforcing). A clash
    means some cycle is balancing; in a loop that is a single cycle, it is the only one.
    """
    links = facts.loop_links(number)
    outgoing: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for link in links:
        sign = -1 if link.polarity == "reduces" else 1
        outgoing[link.source].append((link.target, sign))
        outgoing[link.target].append((link.source, sign))
    start = facts.loops[number][0]
    sign_of = {start: 1}
    stack = [start]
    while stack:
        node = stack.pop()
        for other, sign in outgoing[node]:
            expected = sign_of[node] * sign
            if other not in sign_of:
                sign_of[other] = expected
                stack.append(other)
            elif sign_of[other] != expected:
                return "balancing" if len(links) == len(facts.loops[number]) else "mixed"
    return "reinforcing"


def indicator_kinds(facts: Facts) -> tuple[set[str], tuple[str, ...]]:
    """The kinds of indicator a theory uses (number, story) and the results that have any."""
    kinds: set[str] = {i.kind for node in facts.theory.nodes for i in node.indicators if i.kind}
    nodes = tuple(node.id for node in facts.theory.nodes if node.indicators)
    return kinds, nodes
