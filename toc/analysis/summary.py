"""The counts `toc check` reports for a valid theory."""

from __future__ import annotations

from dataclasses import dataclass

from toc.analysis.graph import feedback_loops
from toc.model import Theory


@dataclass(frozen=True)
class Summary:
    """How many nodes, links, feedback loops and counterfactuals a theory has."""

    nodes: int
    links: int
    loops: int
    counterfactuals: int


def summarize(theory: Theory) -> Summary:
    """Count nodes, links, feedback loops and counterfactuals."""
    return Summary(len(theory.nodes), len(theory.links), len(feedback_loops(theory)),
                   len(theory.counterfactuals))
