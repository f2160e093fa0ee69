"""How `toc lsp` uses the linter and the formatter: findings and edits when present, calm when not."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from tests.lsp_helpers import apply_edits, position_of
from tests.lsp_partners import FAKE_CODE, fake_format, fake_lint
from toc.api import load
from toc.lsp import adapters

PARTNERS = str(Path(__file__).with_name("lsp_partners.py"))
WAIT = 30  # seconds; a server that never answers fails the test instead of hanging it
URI = "file:///tmp/toc-lsp-partners/plan.toc"
PLAN = """theory "Pocket   money" { lang: en }
actor parents "Parents" { role: participant }
intervention practice   "Practising at home" { by: parents }
outcome skills "Skills"    { horizon: short }
mechanism lonely "Nobody links me"
practice -> skills   # the main pathway
"""


def partner_client(*flags: str):
    return pytest_lsp.fixture(config=ClientServerConfig(
        server_command=[sys.executable, PARTNERS, *flags]))(_session)


async def _session(lsp_client: LanguageClient):
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=types.ClientCapabilities()))
    yield
    await lsp_client.shutdown_session()


linting = partner_client("--lint")
crashing = partner_client("--lint-crash")
formatting = partner_client("--format")
refusing = partner_client("--format-refuse")
bare = partner_client()


async def opened(client: LanguageClient, text: str) -> list[types.Diagnostic]:
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(uri=URI, language_id="toc", version=1, text=text)))
    await asyncio.wait_for(
        client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), WAIT)
    return list(client.diagnostics[URI])


async def format_request(client: LanguageClient) -> list[types.TextEdit]:
    edits = await client.text_document_formatting_async(types.DocumentFormattingParams(
        types.TextDocumentIdentifier(URI), types.FormattingOptions(tab_size=2, insert_spaces=True)))
    return list(edits or [])


# The adapters, with fakes injected ---------------------------------------------------------------


def test_lint_findings_come_from_the_injected_linter() -> None:
    loaded = load(PLAN, "plan.toc")
    findings = adapters.lint_findings(loaded, fake_lint)
    assert [(d.code, d.nodes) for d in findings] == [(FAKE_CODE, ("parents",)),
                                                     (FAKE_CODE, ("lonely",))]


def test_no_linter_or_a_broken_theory_gives_no_lint_findings() -> None:
    assert adapters.lint_findings(load(PLAN, "plan.toc"), None) == []
    broken = load(PLAN + "skills -> nowhere\n", "plan.toc")
    assert adapters.lint_findings(broken, fake_lint) == []


def test_the_formatter_adapter_uses_the_injected_function() -> None:
    assert adapters.formatted(PLAN, fake_format) == fake_format(PLAN)
    assert adapters.formatted(PLAN, None) is None


def test_the_real_partners_are_the_linter_and_the_formatter() -> None:
    from toc.api import lint
    from toc.fmt import format_text

    assert adapters.find_lint() is lint
    messy = 'outcome   a "A"   {horizon:short}\n'
    assert adapters.formatted(messy, adapters.find_formatter()) == format_text(messy).text
    assert adapters.formatted(messy, adapters.find_formatter()) == 'outcome a "A" { horizon: short }\n'


@pytest.mark.parametrize("old, new", [
    ("a\nb\nc\n", "a\nB\nc\n"),
    ("a\nb", "a\nb\nc\n"),
    ("x  y\n\n\nz", "x y\n\nz\n"),
    ("", "theory \"T\"\n"),
    ("één  😀\nb\n", "één 😀\nb\n"),
])
def test_line_edits_turn_the_old_text_into_the_new(old: str, new: str) -> None:
    text = old
    for start, end, replacement in sorted(adapters.line_edits(old, new), reverse=True):
        text = text[:start] + replacement + text[end:]
    assert text == new


# Over the protocol --------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_lint_findings_are_published_with_code_and_severity(linting: LanguageClient) -> None:
    diagnostics = await opened(linting, PLAN)
    assert [(d.code, d.severity) for d in diagnostics] == [
        (FAKE_CODE, types.DiagnosticSeverity.Warning)] * 2
    assert diagnostics[0].range.start == position_of(PLAN, "actor parents")
    assert "Link it or remove it." in diagnostics[0].message


@pytest.mark.asyncio
async def test_a_crashing_linter_leaves_the_other_diagnostics(crashing: LanguageClient) -> None:
    assert await opened(crashing, PLAN) == []
    assert any("the fake linter broke" in m.message for m in crashing.log_messages)
    assert await opened_again_is_alive(crashing)


async def opened_again_is_alive(client: LanguageClient) -> bool:
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(
        types.TextDocumentIdentifier(URI)))
    return bool(symbols)


@pytest.mark.asyncio
async def test_formatting_returns_edits_that_give_the_formatters_text(
        formatting: LanguageClient) -> None:
    await opened(formatting, PLAN)
    edits = await format_request(formatting)
    assert edits and apply_edits(PLAN, edits) == fake_format(PLAN)
    # Only the lines that change are touched.
    assert len(edits) < PLAN.count("\n")


@pytest.mark.asyncio
async def test_a_refusing_formatter_changes_nothing(refusing: LanguageClient) -> None:
    await opened(refusing, PLAN)
    assert await format_request(refusing) == []
    assert [m.message for m in refusing.messages] == [
        "the file was not formatted: a comment would be lost"]


@pytest.mark.asyncio
async def test_without_a_formatter_formatting_changes_nothing(bare: LanguageClient) -> None:
    await opened(bare, PLAN)
    assert await format_request(bare) == []
