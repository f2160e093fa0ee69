"""The language server as an editor feels it, measured with a real client over the protocol.

    python bench/lsp_bench.py [--trials 7]

It starts `toc lsp`, opens synthetic theories of 1,000 and 5,000 nodes and, like
an editor, sends keystrokes (didChange) and requests. Figures, as medians:

- keystroke to its syntax diagnostics (the first publication for that version):
  targets 100 ms at 1,000 nodes and 300 ms at 5,000 nodes;
- a burst of 20 keystrokes 40 ms apart on 5,000 nodes: last keystroke to the last
  diagnostics of the last version (lint findings included), target 2 s;
- hover and completion round trips at 5,000 nodes, target 50 ms each.

Each is also printed as a ratio against the floor measured in the same run: the
round trip of a hover on an empty document, which is the protocol's own cost.
These are wall-clock times, which on a shared machine include the neighbours'
load (printed with the load average); the server's own CPU time for the same
span (from /proc) is printed beside the keystroke figures, as the share of the
delay that is toc's work.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import os
import statistics
import sys
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import synthetic  # noqa: E402
from bench.measure import compile_toc, load_line  # noqa: E402

QUIET = 0.3  # seconds without a publication after which a version counts as settled


class Editor:
    """One client and the publications it received, timed."""

    def __init__(self) -> None:
        self.client = LanguageClient("toc-bench", "1")
        self.first: dict[tuple[str, int], float] = {}
        self.last: dict[tuple[str, int], float] = {}
        self.counts: dict[tuple[str, int], int] = {}
        self.versions: dict[str, int] = {}
        self.texts: dict[str, str] = {}

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def published(params: types.PublishDiagnosticsParams) -> None:
            now = time.perf_counter()
            key = (params.uri, params.version or 0)
            self.first.setdefault(key, now)
            self.last[key] = now
            self.counts[key] = self.counts.get(key, 0) + 1

    async def start(self) -> None:
        await self.client.start_io(sys.executable, "-m", "toc", "lsp")
        self.pid = self.client._server.pid  # type: ignore[attr-defined]  # pygls keeps the process there
        await self.client.initialize_async(types.InitializeParams(
            capabilities=types.ClientCapabilities()))
        self.client.initialized(types.InitializedParams())

    def server_cpu(self) -> float:
        """Seconds of CPU the server process has used so far (user + system)."""
        fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    async def stop(self) -> None:
        await self.client.shutdown_async(None)
        self.client.exit(None)
        await self.client.stop()

    def open(self, uri: str, text: str) -> float:
        self.versions[uri], self.texts[uri] = 1, text
        self.client.text_document_did_open(types.DidOpenTextDocumentParams(
            types.TextDocumentItem(uri=uri, language_id="toc", version=1, text=text)))
        return time.perf_counter()

    def type_at(self, uri: str, offset: int, new: str, remove: int = 0) -> float:
        """Replace `remove` characters at an offset with `new`, as one keystroke; return when it was sent."""
        text = self.texts[uri]
        line = text.count("\n", 0, offset)
        column = offset - (text.rfind("\n", 0, offset) + 1)  # ASCII: code points are UTF-16 units
        end = types.Position(line, column + remove)
        self.texts[uri] = text[:offset] + new + text[offset + remove:]
        self.versions[uri] += 1
        self.client.text_document_did_change(types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=self.versions[uri]),
            [types.TextDocumentContentChangePartial(
                range=types.Range(types.Position(line, column), end), text=new)]))
        return time.perf_counter()

    async def settled(self, uri: str, publications: int = 1, timeout: float = 60) -> None:
        """Wait until the current version has had its publications (the last one with the lint
        findings of a valid theory) and no more come for a moment: the server is idle again."""
        key = (uri, self.versions[uri])
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            last = self.last.get(key)
            if (last is not None and self.counts[key] >= publications
                    and time.perf_counter() - last > QUIET):
                return
            await asyncio.sleep(0.02)
        raise TimeoutError(f"not {publications} publications for {key}")

    async def first_publication(self, uri: str, timeout: float = 60) -> float:
        key = (uri, self.versions[uri])
        deadline = time.perf_counter() + timeout
        while key not in self.first:
            if time.perf_counter() > deadline:
                raise TimeoutError(f"no diagnostics for {key}")
            await asyncio.sleep(0.001)
        return self.first[key]

    async def round_trip(self, request) -> float:  # noqa: ANN001 - a coroutine function
        start = time.perf_counter()
        await request()
        return time.perf_counter() - start


def line_end(text: str, prefix: str) -> int:
    """The offset at the end of the first line that starts with `prefix`."""
    start = text.index("\n" + prefix) + 1
    return text.index("\n", start)


def at(uri: str, text: str, offset: int) -> dict:
    line = text.count("\n", 0, offset)
    return {"text_document": types.TextDocumentIdentifier(uri),
            "position": types.Position(line, offset - (text.rfind("\n", 0, offset) + 1))}


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def report(name: str, seconds: float, target: float, floor: float, cpu: float | None = None) -> None:
    verdict = "met" if seconds <= target else "NOT met"
    own = f"; the server's CPU {ms(cpu)}" if cpu is not None else ""
    print(f"  {name}: {ms(seconds)} = {seconds / target:.2f} x the target ({ms(target)}): {verdict}; "
          f"{seconds / floor:.1f} x the protocol's floor{own}")


Timing = tuple[float, float]  # seconds of waiting, seconds of the server's CPU


async def keystrokes(editor: Editor, uri: str, trials: int) -> tuple[Timing, Timing]:
    """Median time (and the server's CPU time) from a keystroke to its first diagnostics: for one
    that breaks a line and for one that mends it."""
    text = editor.texts[uri]
    offset = line_end(text, "n1 ")  # the end of the first line that declares a node
    breaking: list[tuple[float, float]] = []
    mending: list[tuple[float, float]] = []
    for _ in range(trials):
        cpu = editor.server_cpu()
        sent = editor.type_at(uri, offset, " =")  # a character no statement takes: a syntax error
        breaking.append((await editor.first_publication(uri) - sent, editor.server_cpu() - cpu))
        await editor.settled(uri)
        cpu = editor.server_cpu()
        sent = editor.type_at(uri, offset, "", remove=2)
        mending.append((await editor.first_publication(uri) - sent, editor.server_cpu() - cpu))
        await editor.settled(uri, publications=2)  # the errors gone, then the lint findings

    def medians(found: list[tuple[float, float]]) -> tuple[float, float]:
        return statistics.median(f[0] for f in found), statistics.median(f[1] for f in found)

    return medians(breaking), medians(mending)


async def burst(editor: Editor, uri: str, count: int = 20, gap: float = 0.04) -> tuple[float, float]:
    """A burst of keystrokes typing a new link; from the last one to its first and last diagnostics."""
    offset = len(editor.texts[uri])
    sent = 0.0
    for char in "n1 -> n2 # typed now"[:count]:
        sent = editor.type_at(uri, offset, char)
        offset += 1
        await asyncio.sleep(gap)
    first = await editor.first_publication(uri) - sent
    await editor.settled(uri, publications=2)
    return first, editor.last[(uri, editor.versions[uri])] - sent


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=7)
    trials = parser.parse_args().trials
    compile_toc()
    print(load_line())
    editor = Editor()
    await editor.start()
    try:
        empty = "file:///tmp/toc-bench/empty.toc"
        editor.open(empty, "")
        await editor.settled(empty)
        floor = statistics.median([await editor.round_trip(lambda: editor.client.text_document_hover_async(
            types.HoverParams(**at(empty, "", 0)))) for _ in range(trials * 3)])
        print(f"floor: a hover on an empty document, round trip {ms(floor)}")
        for nodes, target in ((1_000, 0.1), (5_000, 0.3)):
            uri = f"file:///tmp/toc-bench/theory-{nodes}.toc"
            text = synthetic(nodes)
            opened = editor.open(uri, text)
            first = await editor.first_publication(uri) - opened
            await editor.settled(uri, publications=2)
            print(f"\n{nodes:,} nodes ({len(text) / 1e6:.2f} MB, {text.count(chr(10)):,} lines); "
                  f"opened, first diagnostics after {ms(first)}")
            breaking, mending = await keystrokes(editor, uri, trials)
            report("keystroke that breaks a line -> its syntax error", *breaking[:1], target, floor,
                   breaking[1])
            report("keystroke that mends it -> its diagnostics", *mending[:1], target, floor, mending[1])
            if nodes == 5_000:
                first, last = await burst(editor, uri)
                report("20 keystrokes 40 ms apart -> the last one's first diagnostics", first, 2.0, floor)
                report("20 keystrokes 40 ms apart -> the last one's last diagnostics", last, 2.0, floor)
                text = editor.texts[uri]
                hover = types.HoverParams(**at(uri, text, text.index("\nn1 ") + 1))
                hovers = [await editor.round_trip(
                    functools.partial(editor.client.text_document_hover_async, hover))
                    for _ in range(trials * 3)]
                report("hover on an id", statistics.median(hovers), 0.05, floor)
                completion = types.CompletionParams(
                    **at(uri, text, text.index(" -> ", text.index("\nn1 ")) + 4))
                completions = [await editor.round_trip(
                    functools.partial(editor.client.text_document_completion_async, completion))
                    for _ in range(trials * 3)]
                report("completion after an arrow", statistics.median(completions), 0.05, floor)
    finally:
        await editor.stop()


if __name__ == "__main__":
    asyncio.run(main())
