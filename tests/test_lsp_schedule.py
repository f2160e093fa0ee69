"""How the server schedules its work: changes coalesced, stale results dropped, lint findings after the
errors on a large theory, indexes for hover and completion, and no garbage left for the collector."""

from __future__ import annotations

import asyncio
import gc
import threading

import pytest
from lsprotocol import types

from bench.generate import synthetic
from tests.lsp_partners import fake_lint
from toc.language.diagnostics import Diagnostic
from toc.language.load import load
from toc.lsp import schedule
from toc.lsp.completion import Known, fits, offer, reading_start
from toc.lsp.documents import DocumentState, load_document
from toc.lsp.occurrences import Occurrences, occurrence_at, occurrences

URI = "file:///tmp/toc-schedule/plan.toc"
SMALL = 'outcome a "A"\noutcome b "B"\nmechanism lonely "Nobody links me"\na -> b\n'


class Editor:
    """An editor's side of the scheduler: the texts it holds, and what it was sent."""

    def __init__(self, text: str, lint=fake_lint) -> None:
        self.text: str | None = text
        self.published: list[tuple[str, list[str]]] = []  # (text, codes) per publication
        self.lints = 0
        self.linting = threading.Event()
        self.may_finish = threading.Event()
        self.may_finish.set()
        self.told_to_stop: list[bool] = []

        def counted_lint(loaded, stop=None):
            self.lints += 1
            self.linting.set()
            self.may_finish.wait(10)
            self.told_to_stop.append(stop is not None and stop())
            return lint(loaded)

        self.scheduler = schedule.Scheduler(lambda uri: self.text, lambda path: None,
                                            lambda: counted_lint, self.publish, lambda message: None)

    def publish(self, place: schedule.Place, found: list[Diagnostic]) -> None:
        self.published.append((self.text, [d.code for d in found]))

    async def settle(self) -> None:
        for _ in range(400):
            await asyncio.sleep(0.01)
            worker = self.scheduler._worker
            if self.scheduler._timer is None and (worker is None or worker.done()):
                return


def test_a_burst_of_changes_is_analysed_once_for_its_last_text() -> None:
    async def run() -> Editor:
        editor = Editor(SMALL)
        for number in range(20):
            editor.text = SMALL + f"outcome extra{number} \"E\"\n"
            editor.scheduler.changed(URI)
            await asyncio.sleep(0.001)
        await editor.settle()
        return editor

    editor = asyncio.run(run())
    assert [text for text, _ in editor.published] == [editor.text]
    assert editor.lints == 1
    assert editor.published[0][1] == ["L900", "L900"]  # lonely, and the extra outcome


def test_a_change_during_linting_drops_the_stale_findings() -> None:
    async def run() -> Editor:
        editor = Editor(SMALL)
        editor.may_finish.clear()
        editor.scheduler.changed(URI, at_once=True)
        while not editor.linting.is_set():
            await asyncio.sleep(0.005)
        editor.text = SMALL + "a -> lonely\n"
        editor.scheduler.changed(URI)
        editor.may_finish.set()
        await editor.settle()
        return editor

    editor = asyncio.run(run())
    # The first text's findings never show, and its linter was told to give up; the second text's do.
    assert editor.published == [(editor.text, [])]
    assert editor.told_to_stop == [True, False]


def test_a_large_theory_shows_what_changed_stage_by_stage() -> None:
    big = synthetic(schedule.STAGED_FROM)
    assert len(load(big).documents["<stdin>"].statements) > schedule.STAGED_FROM
    texts = [big, big + "# a comment\n", big + "x =\n", big + "n1 -> nowhere\n", big]

    async def run() -> list[list[tuple[str, list[str]]]]:
        editor = Editor(big)
        seen = []
        for text in texts:
            editor.published.clear()
            editor.text = text
            editor.scheduler.changed(URI, at_once=text is big)
            await editor.settle()
            seen.append(list(editor.published))
        return seen

    opened, commented, broken, unknown, mended = asyncio.run(run())
    lint = opened[-1][1]
    assert lint and set(lint) == {"L900"}
    # Opened: its errors (none) first, then the lint findings.
    assert [codes for _, codes in opened] == [[], lint]
    # Nothing changed but the text: the lint findings stay until the new ones replace them.
    assert [codes for _, codes in commented] == [lint]
    # A syntax error shows as soon as the text is parsed, and once.
    assert [codes for _, codes in broken] == [["E001"]]
    # Parsed, the syntax error is gone; built, the unknown id shows.
    assert [codes for _, codes in unknown] == [[], ["E102"]]
    # Its syntax is the same (none), so the reference error stays until the theory is built.
    assert [codes for _, codes in mended] == [[], lint]


def test_a_small_theory_is_published_once_with_its_lint_findings() -> None:
    async def run() -> Editor:
        editor = Editor(SMALL)
        editor.scheduler.changed(URI, at_once=True)
        await editor.settle()
        return editor

    assert asyncio.run(run()).published == [(SMALL, ["L900"])]


def test_a_broken_theory_is_published_once_and_not_linted() -> None:
    async def run() -> Editor:
        editor = Editor(SMALL + "a -> nowhere\n")
        editor.scheduler.changed(URI, at_once=True)
        await editor.settle()
        return editor

    editor = asyncio.run(run())
    assert editor.published == [(editor.text, ["E102"])] and editor.lints == 0


def test_a_request_waits_for_the_load_of_the_current_text_only() -> None:
    async def run() -> tuple[DocumentState | None, Editor]:
        editor = Editor(SMALL)
        editor.may_finish.clear()
        editor.scheduler.changed(URI, at_once=True)
        while not editor.linting.is_set():
            await asyncio.sleep(0.005)
        state = await asyncio.wait_for(editor.scheduler.state(URI), 5)  # while linting
        editor.may_finish.set()
        await editor.settle()
        return state, editor

    state, editor = asyncio.run(run())
    assert state is not None and state.text == SMALL


def test_loading_leaves_no_garbage_for_the_collector() -> None:
    text = synthetic(200)
    load_document(URI, text, lambda path: None)  # a first load makes the builder's templates
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        state = load_document(URI, text, lambda path: None)
        state.findings += fake_lint(state.loaded)
        assert gc.collect() == 0
    finally:
        if was_enabled:
            gc.enable()


# Indexes -------------------------------------------------------------------------------------------


def test_the_index_of_ids_finds_what_a_walk_finds() -> None:
    loaded = load(synthetic(100), "t.toc")
    document = loaded.documents["t.toc"]
    index = Occurrences([document], "t.toc")
    for occurrence in occurrences(document):
        span = occurrence.span
        for column in (span.column, span.end_column):
            assert index.at(span.line, column) == occurrence_at(document, span.line, column)
    assert index.at(1, 10_000) is None


def test_completion_offers_at_most_its_limit_of_ids_that_fit_the_word_typed() -> None:
    loaded = load(synthetic(400), "t.toc")
    known = Known(loaded.documents.values())
    everything = offer("n1 -> ", known, "en")
    limited = offer("n1 -> ", known, "en", limit=50)
    assert len(everything) > 300 and [i.label for i in limited] == [i.label for i in everything[:50]]
    typed = offer("n1 -> n39", known, "en", limit=50)
    # the letters typed, in order, as editors filter: n39, n139, n349, ...
    assert [i.label for i in typed] == [i.label for i in everything if fits("n39", i.label)][:50]
    assert "n39" in [i.label for i in typed] and "n40" not in [i.label for i in typed]
    fuzzy = [i.label for i in offer("n1 -> n9z", known, "en")]
    assert fuzzy == []
    assert all(i.kind is types.CompletionItemKind.Reference for i in typed)


@pytest.mark.parametrize("text, expected", [
    ('outcome a "A"\na -> ', 'a -> '),
    ('outcome a "A" {\n  horizon: short\n  valued_by: ', 'outcome a "A" {\n  horizon: short\n  valued_by: '),
    # an attribute written at the first column is inside the braces opened before it
    ('outcome a "A" {\nhorizon: short\n}\nb -> ', 'b -> '),
    ('x -> y\noutcome a "A" { # } in a comment\n  horizon: ', 'outcome a "A" { # } in a comment\n  horizon: '),
    ('a -> b { when: "}" ', 'a -> b { when: "}" '),
])
def test_completion_reads_from_the_statement_the_cursor_is_in(text: str, expected: str) -> None:
    assert text[reading_start(text, len(text)):] == expected
