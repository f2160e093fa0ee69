"""A short fuzzing campaign in the suite: scripts/fuzz.py's own inputs and checks, a few thousand of them.

The long campaigns (a million inputs and more) are run with `python scripts/fuzz.py`;
this one keeps the script working and catches the plain crashes in seconds.
"""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scripts.fuzz import _sources, make_input, run_batch, run_one

SEED = 20240601


def test_a_short_campaign_finds_no_crash_hang_or_formatter_violation() -> None:
    tally = run_batch((SEED, 0, 1500, 10.0))
    assert dict(tally.crashes) == {}, tally.examples
    assert (tally.hangs, tally.violations) == (0, 0), tally.violation_examples
    assert tally.inputs == 1500
    assert tally.loaded >= 200 and tally.formatted >= 200  # the inputs reach every stage


SOURCES = _sources()


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=2**32), st.integers(min_value=0, max_value=10**6))
def test_any_input_of_the_campaign_passes_every_stage(seed: int, number: int) -> None:
    text = make_input(seed, number, SOURCES)
    assert run_one(text, number) is None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200))
def test_any_text_passes_every_stage(text: str) -> None:
    assert run_one(text, random.Random(len(text)).randrange(1000)) is None


def test_a_lone_surrogate_an_editor_may_send_is_no_crash() -> None:
    """Found by a campaign: a label no node could be made of, and a link to that node."""
    from toc.api import load
    from toc.lsp.documents import check_document

    text = 'outcome young "\udd96"\nimpact alone "Alone"\nyoung -| alone\n'
    loaded = load(text, "t.toc")
    assert loaded.ok and loaded.theory.node("young").label == "\ufffd"
    assert loaded.sources["t.toc"].position(text.index("impact")) == (2, 1)
    state = check_document("file:///tmp/t.toc", text, lambda path: None, None)
    assert [d.code for d in state.findings if d.severity.value == "error"] == []
