"""Cost in proportion to the links: a small text with many links must not cost quadratic work.

The fan-out case (every source linked to every target by one statement) makes
few nodes and many links. Time is no measure a test may assert, so the work is
counted instead: the lines of Python each stage executes, which a quadratic step
(a walk over all nodes for each link) makes grow faster than the links. With
twice the sources and targets there are four times the links, so a linear stage
executes at most about four times the lines (its fixed part makes it a little
less). bench/fanout_bench.py measures the time.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest

from bench.fanout_bench import fanout
from toc.api import Loaded, checklist_markdown, lint, load, render_dot

SMALL, LARGE = 60, 120  # sources and targets: 3,600 and 14,400 links
# Four times the links; a little over four allows for the order of dictionaries and sets.
LINEAR = 4.2


def executed_lines(action: Callable[[], object]) -> int:
    """How many lines of Python an action executes (after a first run has filled every cache)."""
    action()
    count = 0

    def tracer(frame, event, argument):  # noqa: ANN001, ANN202 - the signature sys.settrace wants
        nonlocal count
        count += 1
        return tracer

    sys.settrace(tracer)
    try:
        action()
    finally:
        sys.settrace(None)
    return count


STAGES: dict[str, Callable[[Loaded], object]] = {
    "lint": lint,
    "checklist": checklist_markdown,
    "dot": lambda loaded: render_dot(loaded.theory),
}


@pytest.mark.parametrize("stage", STAGES)
def test_each_stage_grows_with_the_links_not_faster(stage: str) -> None:
    small, large = (load(fanout(width), "fanout.toc") for width in (SMALL, LARGE))
    assert len(large.theory.links) == 4 * len(small.theory.links)
    ratio = executed_lines(lambda: STAGES[stage](large)) / executed_lines(lambda: STAGES[stage](small))
    assert ratio <= LINEAR, f"{stage}: {ratio:.2f} times the work for four times the links"
