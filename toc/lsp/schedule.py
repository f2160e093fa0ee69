"""When the server analyses open documents: after typing pauses, the newest text only, in the background.

Typing sends a change per keystroke. Analysing each one would fall behind on a
large theory, so changes are coalesced: an analysis starts when no change has
come for a moment (`PAUSE`), and reads whatever the text is by then. It runs
in a worker thread, so that hover and completion are answered meanwhile.
Between its stages it looks whether the text changed again; if so, its
results are stale and dropped, and the newest text is analysed instead. A
request that needs the current text's syntax tree (hover, definition, ...)
waits for its load, never for its lint.

A small theory gets all its findings in one publication. A large one gets
them as they are found, whenever what is shown changes: its syntax errors as
soon as it is parsed (with the reference errors found before, until the new
ones are known), its syntax and reference errors once it is built, and its
lint findings last. When a stage finds what is shown already, nothing is sent,
so lint findings do not blink away while the new ones are made.

The garbage collector rests while a text is loaded (every object made then
stays alive with the document), and what was loaded is then moved out of its
sight (`gc.freeze`): otherwise each full collection would walk every open
theory again. An old text's objects are freed as soon as nothing refers to
them; the loader makes no reference cycles (tests/test_lsp_schedule.py).
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from toc.language.diagnostics import Diagnostic, sort_diagnostics
from toc.language.source import Source
from toc.language.syntax import Document
from toc.lsp.documents import DocumentState, OpenText, lint_document, load_document

if TYPE_CHECKING:
    from toc.lsp.adapters import LintFunction

# Seconds without a change before an analysis starts: shorter than a keystroke's gap
# when typing slowly, longer than the gap in a burst of typing or pasting.
PAUSE = 0.03
# A document with more statements than this gets its findings stage by stage; a smaller
# one gets them together, without the list changing twice in a blink.
STAGED_FROM = 300


@dataclass
class Shown:
    """What a document shows, by stage: syntax errors, the other errors and warnings of
    loading it (references, includes, ...), and lint findings."""

    syntax: list[Diagnostic] = field(default_factory=list)
    loading: list[Diagnostic] = field(default_factory=list)
    lint: list[Diagnostic] = field(default_factory=list)

    @property
    def all(self) -> list[Diagnostic]:
        """In the order `toc check` gives them, then the lint findings."""
        return sort_diagnostics(self.syntax + self.loading) + self.lint


@dataclass(frozen=True)
class Place:
    """What positions in a publication refer to: the uri, the main document and the texts by file."""

    uri: str
    path: str
    document: Document
    sources: dict[str, Source]


# Publishes diagnostics for a document, positioned in a text.
Publish = Callable[[Place, list[Diagnostic]], None]
# What a piece of work on the analyses' thread gives back.
Result = TypeVar("Result")


class _Stale(Exception):
    """The text being loaded changed meanwhile: building its theory would be wasted."""


@contextmanager
def collector_at_rest() -> Iterator[None]:
    """No garbage collection while a text's many long-lived objects are made."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _place(state: DocumentState) -> Place:
    return Place(state.uri, state.path, state.document, state.loaded.sources)


class Scheduler:
    """Analyses changed documents one at a time, coalescing changes and dropping stale results."""

    def __init__(self, text_of: Callable[[str], str | None], open_text: OpenText,
                 lint: Callable[[], LintFunction | None], publish: Publish,
                 log: Callable[[str], None]) -> None:
        self.text_of = text_of  # the current text of an open document, None once closed
        self.open_text = open_text
        self.lint = lint
        self.publish = publish
        self.log = log
        self.states: dict[str, DocumentState] = {}
        self.shown: dict[str, Shown] = {}
        self._due: dict[str, None] = {}  # documents to analyse, in the order they changed
        self._loads: dict[str, tuple[str, asyncio.Future[DocumentState]]] = {}
        self._timer: asyncio.TimerHandle | None = None
        self._worker: asyncio.Task[None] | None = None
        # One thread: loads and lints run one after another, never side by side.
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="toc-analysis")

    # changes -------------------------------------------------------------------------------
    def changed(self, uri: str, *, at_once: bool = False) -> None:
        """A document's text changed (or it was opened): analyse it when typing pauses."""
        self._due.pop(uri, None)
        self._due[uri] = None
        if self._timer is not None:
            self._timer.cancel()
        self._timer = asyncio.get_running_loop().call_later(0 if at_once else PAUSE, self._wake)

    def closed(self, uri: str) -> None:
        self._due.pop(uri, None)
        self.states.pop(uri, None)
        self._loads.pop(uri, None)
        self.shown.pop(uri, None)

    def _wake(self) -> None:
        self._timer = None
        if self._worker is None or self._worker.done():
            self._worker = asyncio.get_running_loop().create_task(self._work())

    async def _work(self) -> None:
        while self._due:
            uri = next(iter(self._due))
            del self._due[uri]
            try:
                await self._analyse(uri)
            except Exception as problem:  # noqa: BLE001 - the server must outlive any one analysis
                self.log(f"toc: analysing {uri} failed: {type(problem).__name__}: {problem}")

    def _current(self, uri: str, text: str) -> bool:
        return self.text_of(uri) == text

    def _show(self, place: Place, shown: Shown) -> None:
        self.shown[place.uri] = shown
        self.publish(place, shown.all)

    async def _analyse(self, uri: str) -> None:
        state = await self.state(uri, staged=True)
        if state is None or not self._current(uri, state.text):
            return  # closed, or changed again: the newer text is due already
        if state.settings_problem:
            self.log(f"toc: {state.settings_problem}")
        lint = self.lint()
        will_lint = lint is not None and state.loaded.ok
        staged = len(state.document.statements) > STAGED_FROM
        syntax = list(state.document.diagnostics)
        loading = [d for d in state.findings if d not in syntax]
        shown = self.shown.get(uri)
        changed = shown is None or (shown.syntax, shown.loading) != (syntax, loading)
        # A small document's list is sent after each analysis; a large one's when it changes.
        if not will_lint and (shown is None or changed or shown.lint or not staged):
            self._show(_place(state), Shown(syntax, loading))
        elif will_lint and staged and changed:
            self._show(_place(state), Shown(syntax, loading))
        if will_lint:
            findings = await self.run(lint_document, state, lint,
                                       lambda: not self._current(uri, state.text))
            if not self._current(uri, state.text):
                return
            state.findings += findings
            if state.lint_problem:
                self.log(f"toc lint failed: {state.lint_problem}")
            self._show(_place(state), Shown(syntax, loading, findings))
        state.linted = True
        for other in self.dependents_of(state.path):
            if other != uri:
                self.states.pop(other, None)
                self._due[other] = None

    def _parsed(self, uri: str, text: str, document: Document, source: Source) -> None:
        """A large document's new syntax errors, shown before its theory is built (on the loop's thread)."""
        shown = self.shown.get(uri) or Shown()
        syntax = list(document.diagnostics)
        if not self._current(uri, text) or syntax == shown.syntax:
            return
        state = self.states.get(uri)
        sources = {**(state.loaded.sources if state else {}), source.path: source}
        # The reference errors found before stay until the new ones are known; lint
        # findings go, since a text with syntax errors is not linted.
        self._show(Place(uri, source.path, document, sources), Shown(syntax, shown.loading))

    # states ---------------------------------------------------------------------------------
    async def state(self, uri: str, *, staged: bool = False) -> DocumentState | None:
        """The state of a document's current text, loaded once for that text (None: not open).

        `staged`: show a large document's syntax errors as soon as they are known.
        """
        while True:
            text = self.text_of(uri)
            if text is None:
                return None
            cached = self.states.get(uri)
            if cached is not None and cached.text == text:
                return cached
            flight = self._loads.get(uri)
            if flight is None or flight[0] != text:
                flight = self._loads[uri] = (text, asyncio.ensure_future(self._load(uri, text, staged)))
            try:
                state = await asyncio.shield(flight[1])
            except _Stale:
                continue  # the text changed while it was parsed: load the newer one
            finally:
                if self._loads.get(uri) is flight:
                    del self._loads[uri]
            break
        if self._current(uri, state.text) and self.states.get(uri) is not state:
            self.states[uri] = state
            gc.freeze()  # what was just loaded stays: out of the collector's sight
        return state

    def _load(self, uri: str, text: str, staged: bool) -> Coroutine[object, object, DocumentState]:
        loop = asyncio.get_running_loop()

        def parsed(document: Document, source: Source) -> None:  # on the worker's thread
            if not self._current(uri, text):
                raise _Stale
            if staged and len(document.statements) > STAGED_FROM:
                loop.call_soon_threadsafe(self._parsed, uri, text, document, source)

        earlier = self.states.get(uri)  # its tokens spare reading the lines that did not change
        return self.run(load_document, uri, text, self.open_text, parsed,
                        earlier.tokenized if earlier else None)

    async def run(self, work: Callable[..., Result], *arguments: object) -> Result:
        """Run some work on the analyses' thread, after those before it, with the collector at rest."""
        def resting() -> Result:
            with collector_at_rest():
                return work(*arguments)

        return await asyncio.get_running_loop().run_in_executor(self._pool, resting)

    def dependents_of(self, path: str) -> list[str]:
        """The open documents whose theory includes the file at `path`."""
        return [uri for uri, state in self.states.items() if path in state.loaded.sources]
