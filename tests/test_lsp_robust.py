"""A half-typed file never breaks the server: random edits of the examples, then every feature."""

from __future__ import annotations

import asyncio
import random
import sys
from pathlib import Path

import pytest
import pytest_lsp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from tests.conftest import EXAMPLES
from tests.lsp_helpers import settled, utf16_units
from toc.api import load
from toc.lsp.completion import complete
from toc.lsp.convert import to_diagnostic, to_document_symbol
from toc.lsp.documents import check_document
from toc.lsp.hover import hover_text
from toc.lsp.occurrences import occurrence_at
from toc.lsp.outline import outline
from toc.lsp.positions import from_position, offset_to_position, position_to_offset
from toc.lsp.rename import RenameRefused, rename_spans

# Characters people type in .toc files, plus some they type by accident.
ALPHABET = 'abc_xyzéëü😀{}:,"#-|> \n\t\\%0123456789→'
TEXTS = {path.name: path.read_text(encoding="utf-8") for path in EXAMPLES}
PARTNERS = str(Path(__file__).with_name("lsp_partners.py"))


def random_edit(rng: random.Random, text: str) -> tuple[int, int, str]:
    """One edit as (start, end, new text) offsets: a deletion, an insertion or a truncation."""
    start = rng.randrange(len(text) + 1)
    choice = rng.random()
    if choice < 0.4:
        return start, min(len(text), start + rng.randrange(1, 30)), ""
    if choice < 0.9:
        return start, start, "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(1, 8)))
    return start, len(text), ""


def every_feature(text: str, rng: random.Random) -> None:
    """Run each feature as the server does, at a few random places; any exception fails."""
    state = check_document("file:///t/plan.toc", text, lambda path: None, None)
    source, document, loaded = state.source, state.document, state.loaded
    for finding in state.findings:
        to_diagnostic(finding, document, loaded.sources, state.uri_for)
    for symbol in outline(document, loaded.lang):
        to_document_symbol(symbol, source)
    for _ in range(5):
        offset = rng.randrange(len(text) + 1)
        position = offset_to_position(source, offset)
        assert position_to_offset(source, position) == offset
        complete(text[:offset], loaded.documents.values(), loaded.lang)
        occurrence = occurrence_at(document, *from_position(source, position))
        if occurrence is not None:
            hover_text(loaded.theory, occurrence.name, loaded.lang)
            try:
                rename_spans(loaded.documents.values(), occurrence, "renamed_id", loaded.lang)
            except RenameRefused:
                pass


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(TEXTS)), st.integers(0, 2**32))
def test_features_survive_random_edits(name: str, seed: int) -> None:
    rng = random.Random(seed)
    text = TEXTS[name]
    for _ in range(8):
        start, end, new = random_edit(rng, text)
        text = text[:start] + new + text[end:]
        every_feature(text, rng)


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[sys.executable, PARTNERS]))
async def client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(types.InitializeParams(capabilities=types.ClientCapabilities()))
    yield
    await lsp_client.shutdown_session()


def as_change(text: str, start: int, end: int, new: str) -> types.TextDocumentContentChangePartial:
    def position(offset: int) -> types.Position:
        line_start = text.rfind("\n", 0, offset) + 1
        return types.Position(text.count("\n", 0, offset), utf16_units(text[line_start:offset]))

    return types.TextDocumentContentChangePartial(range=types.Range(position(start), position(end)),
                                                  text=new)


@pytest.mark.asyncio
@pytest.mark.parametrize("seed", [1, 2, 3])
async def test_the_server_answers_after_random_edits(client: LanguageClient, seed: int) -> None:
    rng = random.Random(seed)
    name = sorted(TEXTS)[seed % len(TEXTS)]
    text, uri = TEXTS[name], f"file:///tmp/toc-robust/{name}"
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(uri=uri, language_id="toc", version=1, text=text)))
    for version in range(2, 42):
        start, end, new = random_edit(rng, text)
        change = as_change(text, start, end, new)
        text = text[:start] + new + text[end:]
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=version), [change]))
        if version % 5:
            continue
        offset = rng.randrange(len(text) + 1)
        line = text.count("\n", 0, offset)
        character = utf16_units(text[text.rfind("\n", 0, offset) + 1:offset])
        where = {"text_document": types.TextDocumentIdentifier(uri),
                 "position": types.Position(line, character)}
        await asyncio.wait_for(asyncio.gather(
            client.text_document_hover_async(types.HoverParams(**where)),
            client.text_document_completion_async(types.CompletionParams(**where)),
            client.text_document_document_symbol_async(
                types.DocumentSymbolParams(types.TextDocumentIdentifier(uri)))), 30)
    # The server saw the same text as we did: its diagnostics are those of a fresh load.
    symbols = await client.text_document_document_symbol_async(
        types.DocumentSymbolParams(types.TextDocumentIdentifier(uri)))
    assert symbols is not None
    expected = [d.code for d in load(text, f"/tmp/toc-robust/{name}").diagnostics]
    assert await settled(client, uri, expected) == expected
    assert not [m for m in client.log_messages if "failed" in m.message]
