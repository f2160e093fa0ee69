"""The page's tables of doubt: what would have happened anyway, and the assumptions by risk and evidence."""

from __future__ import annotations

from dataclasses import dataclass

from toc.analysis.facts import Facts
from toc.language.vocabulary import ENUMS
from toc.model import Counterfactual, NodeKind, Theory
from toc.model.parts import POSITIONS
from toc.page import words
from toc.page.elements import Catalogue, Fact, Ref, fact


@dataclass(frozen=True)
class CounterfactualRow:
    note: Ref
    concerns: tuple[Ref, ...]  # empty: the whole theory
    cells: tuple[Fact | None, ...]


@dataclass(frozen=True)
class CounterfactualTable:
    columns: tuple[str, ...]
    rows: tuple[CounterfactualRow, ...]
    missing: tuple[Ref, ...]  # long-term results that say nothing about what would have happened anyway


def counterfactuals(theory: Theory, found: Catalogue) -> CounterfactualTable:
    """One row per counterfactual; a column for every field any of them fills, in the model's order."""
    fields = [name for name in Counterfactual.model_fields
              if name not in POSITIONS and name != "targets"
              and any(getattr(c, name) not in (None, [], "") for c in theory.counterfactuals)]
    rows = []
    for key, counterfactual in zip(found.notes, theory.counterfactuals):
        values = [getattr(counterfactual, name) for name in fields]
        cells = tuple(fact(name, value, found) if value not in (None, [], "") else None
                      for name, value in zip(fields, values))
        rows.append(CounterfactualRow(Ref(key, found.elements[key].title),
                                      tuple(found.ref(t) for t in counterfactual.targets), cells))
    facts = Facts(theory)
    covered = facts.counterfactual_targets
    missing = () if facts.has_theory_counterfactual else tuple(
        found.ref(node.id) for node in theory.nodes if facts.long_horizon(node) and node.id not in covered)
    return CounterfactualTable(tuple(words.field_label(name, found.lang) for name in fields), tuple(rows),
                               missing)


@dataclass(frozen=True)
class AssumptionRow:
    node: Ref
    risk: str
    evidence: str
    source: str
    where: tuple[Ref, ...]  # the links and elements that rest on it


@dataclass(frozen=True)
class AssumptionTable:
    risks: tuple[str, ...]  # row headings of the grid, highest risk first
    evidences: tuple[str, ...]  # column headings, weakest evidence first
    grid: tuple[tuple[tuple[tuple[Ref, ...], str], ...], ...]  # per cell: the assumptions and the concern
    rows: tuple[AssumptionRow, ...]


def _concern(risk: str | None, evidence: str | None) -> str:
    """How much a cell of the grid should worry a reader: high risk on little evidence most."""
    thin = evidence in (None, "untested", "weak")
    if risk == "high":
        return "high" if thin else "medium" if evidence == "moderate" else "low"
    if risk == "medium" and thin:
        return "medium"
    return "low"


def assumptions(theory: Theory, found: Catalogue) -> AssumptionTable:
    """The assumptions in a grid of risk against evidence, and listed riskiest and least tested first."""
    lang = found.lang
    # Rated values from the most to the least worrying, then "not rated yet", then not said at all.
    risks = [*reversed([r for r in ENUMS["risk"] if r != "unrated"]), "unrated", None]
    evidences = [*reversed([e for e in ENUMS["evidence"] if e != "unrated"]), "unrated", None]
    nodes = theory.nodes_of(NodeKind.ASSUMPTION)
    grid = tuple(tuple((tuple(found.ref(n.id) for n in nodes if n.risk == risk and n.evidence == evidence),
                        _concern(risk, evidence)) for evidence in evidences) for risk in risks)
    order = sorted(nodes, key=lambda n: (risks.index(n.risk), evidences.index(n.evidence)))
    unknown = words.t("unknown", lang)
    rows = tuple(AssumptionRow(
        found.ref(n.id),
        words.value_word("risk", n.risk, lang) if n.risk else unknown,
        words.value_word("evidence", n.evidence, lang) if n.evidence else unknown,
        n.source or "",
        tuple(ref for refs in found.named.get(n.id, {}).values() for ref in refs)) for n in order)
    return AssumptionTable(
        tuple(words.value_word("risk", r, lang) if r else unknown for r in risks),
        tuple(words.value_word("evidence", e, lang) if e else unknown for e in evidences),
        grid, rows)

