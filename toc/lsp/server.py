"""The language server: protocol handlers over `toc.api`, each guarded so a broken file never stops it."""

from __future__ import annotations

import functools
import traceback
from collections.abc import Awaitable, Callable
from typing import Any

from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol, lsp_method
from pygls.uris import from_fs_path

from toc import __version__, i18n
from toc.disk.read import include_reader
from toc.language.diagnostics import Diagnostic
from toc.lsp import adapters
from toc.lsp.actions import QUICK_FIX, code_actions, wants_quick_fixes
from toc.lsp.completion import offer, reading_start
from toc.lsp.convert import location, to_diagnostic, to_document_symbol, to_range, use_lines
from toc.lsp.documents import DocumentState, path_of, settings
from toc.lsp.hover import hover_text
from toc.lsp.occurrences import Role
from toc.lsp.outline import outline
from toc.lsp.positions import from_position, offset_to_position
from toc.lsp.rename import RenameRefused, rename_spans
from toc.lsp.schedule import Place, Scheduler

_REQUEST_FAILED = -32803  # the protocol's code for "a request failed for a reason the user can fix"
# The most ids completion offers at once; the list says it is incomplete, and the editor
# asks again as more of the word is typed.
COMPLETION_LIMIT = 100


class TocProtocol(LanguageServerProtocol):
    """Always speaks UTF-16 positions: `toc.lsp.positions` converts to and from them alone."""

    @lsp_method(types.INITIALIZE)
    def lsp_initialize(self, params: types.InitializeParams):
        general = params.capabilities.general
        if general is not None:
            general.position_encodings = [types.PositionEncodingKind.Utf16]
        return (yield from super().lsp_initialize(params))


class TocServer(LanguageServer):
    """Keeps the state of every open document; the linter and formatter are replaceable."""

    def __init__(self, lint: adapters.LintFunction | None = None,
                 formatter: adapters.FormatFunction | None = None) -> None:
        super().__init__("toc", __version__, protocol_cls=TocProtocol,
                         text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.lint = lint
        self.formatter = formatter
        self.scheduler = Scheduler(self.current_text, self.open_text, lambda: self.lint,
                                   self.publish, self.log)

    @property
    def states(self) -> dict[str, DocumentState]:
        return self.scheduler.states

    def log(self, message: str, kind: types.MessageType = types.MessageType.Warning) -> None:
        self.window_log_message(types.LogMessageParams(kind, message))

    def current_text(self, uri: str) -> str | None:
        """The editor's text of an open document, None when it is not open."""
        document = self.workspace.text_documents.get(uri)
        return document.source if document is not None else None

    def open_text(self, path: str) -> str | None:
        for uri, document in list(self.workspace.text_documents.items()):
            if path_of(uri) == path:
                return document.source
        return None

    async def state(self, uri: str) -> DocumentState:
        """The state of a document's current text (loaded, maybe not yet linted)."""
        state = await self.scheduler.state(uri)
        if state is None:
            raise LookupError(f"{uri} is not open")
        return state

    def publish(self, place: Place, found: list[Diagnostic]) -> None:
        uses = use_lines(place.document)

        def uri_for(file: str) -> str:
            return place.uri if file == place.path else (from_fs_path(file) or file)

        diagnostics = [to_diagnostic(d, place.document, place.sources, uri_for, uses) for d in found]
        document = self.workspace.text_documents.get(place.uri)
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
            uri=place.uri, diagnostics=diagnostics, version=document.version if document else None))


def guarded(default: Any = None) -> Callable:
    """Answer `default` (and log why) when a handler fails, instead of failing the request."""

    def wrap(handler: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
        @functools.wraps(handler)
        async def run(server: TocServer, params: Any) -> Any:
            try:
                return await handler(server, params)
            except RenameRefused as refusal:
                raise JsonRpcException(str(refusal), code=_REQUEST_FAILED) from None
            except Exception:  # noqa: BLE001 - the server must outlive any one request
                server.log(f"toc: {handler.__name__} failed:\n{traceback.format_exc()}",
                           types.MessageType.Error)
                return default

        return run

    return wrap


def create_server(lint: adapters.LintFunction | None = None,
                  formatter: adapters.FormatFunction | None = None) -> TocServer:
    """Build the server; by default it finds the linter and formatter if they are installed."""
    server = TocServer(lint if lint is not None else adapters.find_lint(),
                       formatter if formatter is not None else adapters.find_formatter())

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    @guarded()
    async def did_open(ls: TocServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.scheduler.changed(params.text_document.uri, at_once=True)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    @guarded()
    async def did_change(ls: TocServer, params: types.DidChangeTextDocumentParams) -> None:
        # Analysed when typing pauses; open theories that include it follow (see toc.lsp.schedule).
        ls.scheduler.changed(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    @guarded()
    async def did_close(ls: TocServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.scheduler.closed(params.text_document.uri)
        ls.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[]))

    async def at(ls: TocServer, params: Any) -> tuple[DocumentState, Any]:
        state = await ls.state(params.text_document.uri)
        line, column = from_position(state.source, params.position)
        return state, state.occurrences.at(line, column)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    @guarded()
    async def hover(ls: TocServer, params: types.HoverParams) -> types.Hover | None:
        state, occurrence = await at(ls, params)
        if occurrence is None:
            return None
        text = hover_text(state.loaded.theory, occurrence.name, state.loaded.lang, state.mentions)
        if text is None:
            return None
        return types.Hover(types.MarkupContent(types.MarkupKind.Markdown, text),
                           to_range(state.loaded.sources, occurrence.span))

    @server.feature(types.TEXT_DOCUMENT_DEFINITION)
    @guarded()
    async def definition(ls: TocServer, params: types.DefinitionParams) -> types.Location | None:
        state, occurrence = await at(ls, params)
        if occurrence is None:
            return None
        declared = state.occurrences.declared.get(occurrence.name)
        if declared is None:
            return None
        return location(state.loaded.sources, declared.span, state.uri_for)

    @server.feature(types.TEXT_DOCUMENT_REFERENCES)
    @guarded(default=[])
    async def references(ls: TocServer, params: types.ReferenceParams) -> list[types.Location]:
        state, occurrence = await at(ls, params)
        if occurrence is None:
            return []
        found = state.occurrences.by_name.get(occurrence.name, [])
        if not params.context.include_declaration:
            found = [o for o in found if o.role is not Role.DECLARATION]
        return [location(state.loaded.sources, o.span, state.uri_for) for o in found]

    @server.feature(types.TEXT_DOCUMENT_COMPLETION,
                    types.CompletionOptions(trigger_characters=[":", ",", ">", "|"]))
    @guarded(default=[])
    async def completion(ls: TocServer, params: types.CompletionParams) -> types.CompletionList:
        uri = params.text_document.uri
        # The ids come from the last analysed text, which may be a keystroke old: completion
        # comes as one types, and an id declared in that keystroke is not yet offered.
        state = ls.states.get(uri) or await ls.state(uri)
        text = ls.current_text(uri) or ""
        document = ls.workspace.get_text_document(uri)
        offset = min(document.offset_at_position(params.position), len(text))
        start = reading_start(text, offset)
        items = offer(text[start:offset], state.known, state.loaded.lang, COMPLETION_LIMIT)
        shown_ids = sum(item.kind is types.CompletionItemKind.Reference for item in items)
        return types.CompletionList(is_incomplete=shown_ids >= COMPLETION_LIMIT, items=items)

    @server.feature(types.TEXT_DOCUMENT_DOCUMENT_SYMBOL)
    @guarded(default=[])
    async def symbols(ls: TocServer, params: types.DocumentSymbolParams) -> list[types.DocumentSymbol]:
        state = await ls.state(params.text_document.uri)
        return [to_document_symbol(symbol, state.source)
                for symbol in outline(state.document, state.loaded.lang)]

    @server.feature(types.TEXT_DOCUMENT_FORMATTING)
    @guarded(default=[])
    async def formatting(ls: TocServer, params: types.DocumentFormattingParams) -> list[types.TextEdit]:
        state = await ls.state(params.text_document.uri)
        try:
            new_text = await ls.scheduler.run(functools.partial(
                adapters.formatted, state.source.text, ls.formatter, path=state.path,
                read=include_reader(state.path, settings(state.path)[0], open_text=ls.open_text),
                loaded=state.loaded))
        except Exception as refusal:  # noqa: BLE001 - the formatter refuses what it cannot keep
            ls.window_show_message(types.ShowMessageParams(types.MessageType.Warning, i18n.text(
                "lsp.format.refused", state.loaded.lang, reason=str(refusal))))
            return []
        if new_text is None:
            return []
        source = state.source
        return [types.TextEdit(types.Range(offset_to_position(source, start),
                                           offset_to_position(source, end)), text)
                for start, end, text in adapters.line_edits(state.source.text, new_text)]

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                    types.CodeActionOptions(code_action_kinds=[QUICK_FIX]))
    @guarded(default=[])
    async def code_action(ls: TocServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        if not wants_quick_fixes(params.context.only):
            return []
        return code_actions(await ls.state(params.text_document.uri), params.range)

    @server.feature(types.TEXT_DOCUMENT_PREPARE_RENAME)
    @guarded()
    async def prepare_rename(ls: TocServer, params: types.PrepareRenameParams) -> types.Range | None:
        state, occurrence = await at(ls, params)
        return None if occurrence is None else to_range(state.loaded.sources, occurrence.span)

    @server.feature(types.TEXT_DOCUMENT_RENAME)
    @guarded()
    async def rename(ls: TocServer, params: types.RenameParams) -> types.WorkspaceEdit | None:
        state, occurrence = await at(ls, params)
        lang = state.loaded.lang
        if occurrence is None:
            raise RenameRefused(i18n.text("lsp.rename.not_an_id", lang))
        spans = rename_spans(state.loaded.documents.values(), occurrence, params.new_name, lang,
                             state.occurrences)
        return types.WorkspaceEdit(changes={
            state.uri_for(file): [types.TextEdit(to_range(state.loaded.sources, span),
                                                    params.new_name) for span in file_spans]
            for file, file_spans in spans.items()})

    return server


def main() -> None:
    """Serve over standard input and output until the client says exit."""
    create_server().start_io()
