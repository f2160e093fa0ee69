"""The pathway table: for each final result, the routes into it, read as a realist evaluator reads them.

A route is summarised by the step just before the result: what leads to that step,
through which mechanism, under which circumstances, for whom and resting on
what. Paths are never enumerated: each step's summary is made once from the links
into it, so the table costs time linear in the theory plus what it shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from toc.model import Link, Node, Theory
from toc.model.kinds import RESULT_KINDS, NodeKind
from toc.page import words
from toc.page.elements import Catalogue, Ref, node_key
from toc.render.style import caption

_CONDITIONS = (NodeKind.CONTEXT,)


@dataclass
class Summary:
    """What the links into one step say, gathered once per step."""

    before: list[str] = field(default_factory=list)
    mechanisms: list[str] = field(default_factory=list)
    contexts: list[str] = field(default_factory=list)
    for_whom: list[str] = field(default_factory=list)
    assumptions: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Route:
    """One row: the route into a result through the step before it."""

    link: Ref
    via: Ref
    via_caption: str
    reduces: bool
    before: tuple[Ref, ...]
    mechanisms: tuple[Ref, ...]
    contexts: tuple[tuple[Ref, str], ...]  # a context and how it works (enabling, hindering)
    for_whom: tuple[Ref, ...]
    assumptions: tuple[Ref, ...]
    evidence: str | None


@dataclass(frozen=True)
class Result:
    """A final result and the routes into it."""

    node: Ref
    caption: str
    valued_by: tuple[Ref, ...]
    routes: tuple[Route, ...]


def _add(into: list[str], *ids: str) -> None:
    for node_id in ids:
        if node_id not in into:
            into.append(node_id)


def final_results(theory: Theory) -> list[Node]:
    """Results that lead to no other result; when loops leave none, the impacts, else every result."""
    results = theory.nodes_of(*RESULT_KINDS)
    feeding = {link.source for link in theory.links
               if theory.index[link.target].kind in RESULT_KINDS}
    final = [node for node in results if node.id not in feeding]
    return final or theory.nodes_of(NodeKind.IMPACT) or results


class _Reader:
    def __init__(self, theory: Theory, found: Catalogue) -> None:
        self.theory, self.found = theory, found
        self.links_in: dict[str, list[tuple[str, Link]]] = {}
        for key, link in zip(found.links, theory.links):
            self.links_in.setdefault(link.target, []).append((key, link))
        self.summaries: dict[str, Summary] = {}

    def kind(self, node_id: str) -> NodeKind:
        return self.theory.index[node_id].kind

    def summary(self, step: str) -> Summary:
        """The links into a step: what comes before it and what they rest on (made once per step)."""
        if step in self.summaries:
            return self.summaries[step]
        made = Summary()
        node = self.theory.index[step]
        _add(made.for_whom, *node.for_actors)
        if node.kind is NodeKind.MECHANISM:
            _add(made.mechanisms, step)
        for _, link in self.links_in.get(step, []):
            source = self.theory.index[link.source]
            if source.kind in _CONDITIONS:
                _add(made.contexts, source.id)
                continue
            _add(made.before, source.id)
            _add(made.contexts, *link.when)
            _add(made.assumptions, *link.assumes)
            _add(made.for_whom, *source.for_actors)
            if source.kind is NodeKind.MECHANISM:
                _add(made.mechanisms, source.id)
        self.summaries[step] = made
        return made

    def refs(self, ids: list[str]) -> tuple[Ref, ...]:
        return tuple(self.found.ref(i) for i in ids)

    def route(self, key: str, link: Link, result: Node, conditions: list[str]) -> Route:
        step = self.summary(link.source)
        contexts = list(step.contexts)
        _add(contexts, *link.when, *conditions)
        assumptions = list(step.assumptions)
        _add(assumptions, *link.assumes)
        for_whom = list(step.for_whom)
        _add(for_whom, *result.for_actors)
        lang = self.found.lang
        evidence = words.value_word("evidence", link.evidence, lang) if link.evidence else None
        if link.citation:
            evidence = f"{evidence} ({link.citation})" if evidence else link.citation
        via = self.theory.index[link.source]
        return Route(Ref(key, self.found.elements[key].title), self.found.ref(via.id), caption(via, lang),
                     link.polarity == "reduces", self.refs(step.before), self.refs(step.mechanisms),
                     tuple((self.found.ref(c), self._influence(c)) for c in contexts),
                     self.refs(for_whom), self.refs(assumptions), evidence)

    def _influence(self, context: str) -> str:
        node = self.theory.index[context]
        return words.value_word("influence", node.influence, self.found.lang) if node.influence else ""


def pathways(theory: Theory, found: Catalogue) -> list[Result]:
    """For each final result, in the order written, the routes into it."""
    reader = _Reader(theory, found)
    table = []
    for result in final_results(theory):
        into = reader.links_in.get(result.id, [])
        conditions = [link.source for _, link in into if reader.kind(link.source) in _CONDITIONS]
        routes = tuple(reader.route(key, link, result, conditions) for key, link in into
                       if reader.kind(link.source) not in _CONDITIONS)
        table.append(Result(Ref(node_key(result.id), result.label), caption(result, found.lang),
                            reader.refs(result.valued_by), routes))
    return table
