"""The language server: protocol handlers over `toc.api`, each guarded so a broken file never stops it."""

from __future__ import annotations

import functools
import traceback
from collections.abc import Callable
from typing import Any

from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol, lsp_method

from toc import __version__, i18n
from toc.lsp import adapters
from toc.lsp.completion import complete
from toc.lsp.convert import location, to_diagnostic, to_document_symbol, to_range, use_lines
from toc.lsp.documents import DocumentState, check_document, path_of
from toc.lsp.hover import hover_text
from toc.lsp.occurrences import Role, all_occurrences, declarations, occurrence_at
from toc.lsp.outline import outline
from toc.lsp.positions import from_position, offset_to_position, position_to_offset
from toc.lsp.rename import RenameRefused, rename_spans

_REQUEST_FAILED = -32803  # the protocol's code for "a request failed for a reason the user can fix"


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
        self.states: dict[str, DocumentState] = {}

    def log(self, message: str, kind: types.MessageType = types.MessageType.Warning) -> None:
        self.window_log_message(types.LogMessageParams(kind, message))

    def open_text(self, path: str) -> str | None:
        for uri, document in self.workspace.text_documents.items():
            if path_of(uri) == path:
                return document.source
        return None

    def state(self, uri: str) -> DocumentState:
        """The state of a document's current text, made anew when the text changed."""
        text = self.workspace.get_text_document(uri).source
        cached = self.states.get(uri)
        if cached is None or cached.text != text:
            cached = check_document(uri, text, self.open_text, self.lint)
            self.states[uri] = cached
            if cached.lint_problem:
                self.log(f"toc lint failed: {cached.lint_problem}")
            if cached.settings_problem:
                self.log(f"toc: {cached.settings_problem}")
        return cached

    def publish(self, uri: str) -> None:
        state = self.state(uri)
        uses = use_lines(state.document)
        diagnostics = [to_diagnostic(d, state.document, state.loaded.sources,
                                     state.uri_for, uses) for d in state.findings]
        version = self.workspace.get_text_document(uri).version
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=version))


def guarded(default: Any = None) -> Callable:
    """Answer `default` (and log why) when a handler fails, instead of failing the request."""

    def wrap(handler: Callable) -> Callable:
        @functools.wraps(handler)
        def run(server: TocServer, params: Any) -> Any:
            try:
                return handler(server, params)
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
    def did_open(ls: TocServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.publish(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    @guarded()
    def did_change(ls: TocServer, params: types.DidChangeTextDocumentParams) -> None:
        changed = params.text_document.uri
        ls.publish(changed)
        # Open theories that include the changed file see it anew as well.
        changed_path = path_of(changed)
        for uri, state in list(ls.states.items()):
            if uri != changed and changed_path in state.loaded.sources:
                del ls.states[uri]
                ls.publish(uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    @guarded()
    def did_close(ls: TocServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.states.pop(params.text_document.uri, None)
        ls.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[]))

    def at(ls: TocServer, params: Any) -> tuple[DocumentState, Any]:
        state = ls.state(params.text_document.uri)
        line, column = from_position(state.source, params.position)
        return state, occurrence_at(state.document, line, column)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    @guarded()
    def hover(ls: TocServer, params: types.HoverParams) -> types.Hover | None:
        state, occurrence = at(ls, params)
        if occurrence is None:
            return None
        text = hover_text(state.loaded.theory, occurrence.name, state.loaded.lang)
        if text is None:
            return None
        return types.Hover(types.MarkupContent(types.MarkupKind.Markdown, text),
                           to_range(state.loaded.sources, occurrence.span))

    @server.feature(types.TEXT_DOCUMENT_DEFINITION)
    @guarded()
    def definition(ls: TocServer, params: types.DefinitionParams) -> types.Location | None:
        state, occurrence = at(ls, params)
        if occurrence is None:
            return None
        declared = declarations(state.loaded.documents.values()).get(occurrence.name)
        if declared is None:
            return None
        return location(state.loaded.sources, declared.span, state.uri_for)

    @server.feature(types.TEXT_DOCUMENT_REFERENCES)
    @guarded(default=[])
    def references(ls: TocServer, params: types.ReferenceParams) -> list[types.Location]:
        state, occurrence = at(ls, params)
        if occurrence is None:
            return []
        found = all_occurrences(state.loaded.documents.values(), occurrence.name)
        if not params.context.include_declaration:
            found = [o for o in found if o.role is not Role.DECLARATION]
        return [location(state.loaded.sources, o.span, state.uri_for) for o in found]

    @server.feature(types.TEXT_DOCUMENT_COMPLETION,
                    types.CompletionOptions(trigger_characters=[":", ",", ">", "|"]))
    @guarded(default=[])
    def completion(ls: TocServer, params: types.CompletionParams) -> list[types.CompletionItem]:
        state = ls.state(params.text_document.uri)
        offset = position_to_offset(state.source, params.position)
        return complete(state.text[:offset], state.loaded.documents.values(),
                        state.loaded.lang)

    @server.feature(types.TEXT_DOCUMENT_DOCUMENT_SYMBOL)
    @guarded(default=[])
    def symbols(ls: TocServer, params: types.DocumentSymbolParams) -> list[types.DocumentSymbol]:
        state = ls.state(params.text_document.uri)
        return [to_document_symbol(symbol, state.source)
                for symbol in outline(state.document, state.loaded.lang)]

    @server.feature(types.TEXT_DOCUMENT_FORMATTING)
    @guarded(default=[])
    def formatting(ls: TocServer, params: types.DocumentFormattingParams) -> list[types.TextEdit]:
        state = ls.state(params.text_document.uri)
        try:
            new_text = adapters.formatted(state.source.text, ls.formatter)
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

    @server.feature(types.TEXT_DOCUMENT_PREPARE_RENAME)
    @guarded()
    def prepare_rename(ls: TocServer, params: types.PrepareRenameParams) -> types.Range | None:
        state, occurrence = at(ls, params)
        return None if occurrence is None else to_range(state.loaded.sources, occurrence.span)

    @server.feature(types.TEXT_DOCUMENT_RENAME)
    @guarded()
    def rename(ls: TocServer, params: types.RenameParams) -> types.WorkspaceEdit | None:
        state, occurrence = at(ls, params)
        lang = state.loaded.lang
        if occurrence is None:
            raise RenameRefused(i18n.text("lsp.rename.not_an_id", lang))
        spans = rename_spans(state.loaded.documents.values(), occurrence, params.new_name, lang)
        return types.WorkspaceEdit(changes={
            state.uri_for(file): [types.TextEdit(to_range(state.loaded.sources, span),
                                                    params.new_name) for span in file_spans]
            for file, file_spans in spans.items()})

    return server


def main() -> None:
    """Serve over standard input and output until the client says exit."""
    create_server().start_io()
