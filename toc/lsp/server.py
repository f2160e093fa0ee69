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
from toc.lsp.analysis import Analysis, analyse, path_of
from toc.lsp.completion import complete
from toc.lsp.convert import location, to_diagnostic, to_document_symbol, to_range, use_lines
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
    """Keeps the analysis of every open document; the linter and formatter are replaceable."""

    def __init__(self, lint: adapters.LintFunction | None = None,
                 formatter: adapters.FormatFunction | None = None) -> None:
        super().__init__("toc", __version__, protocol_cls=TocProtocol,
                         text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.lint = lint
        self.formatter = formatter
        self.analyses: dict[str, Analysis] = {}

    def log(self, message: str, kind: types.MessageType = types.MessageType.Warning) -> None:
        self.window_log_message(types.LogMessageParams(kind, message))

    def open_text(self, path: str) -> str | None:
        for uri, document in self.workspace.text_documents.items():
            if path_of(uri) == path:
                return document.source
        return None

    def analysis(self, uri: str) -> Analysis:
        """The analysis of a document's current text, made anew when the text changed."""
        text = self.workspace.get_text_document(uri).source
        cached = self.analyses.get(uri)
        if cached is None or cached.text != text:
            cached = analyse(uri, text, self.open_text, self.lint)
            self.analyses[uri] = cached
            if cached.lint_problem:
                self.log(f"toc lint failed: {cached.lint_problem}")
        return cached

    def publish(self, uri: str) -> None:
        analysis = self.analysis(uri)
        uses = use_lines(analysis.document)
        diagnostics = [to_diagnostic(d, analysis.document, analysis.loaded.sources,
                                     analysis.uri_for, uses) for d in analysis.findings]
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
        for uri, analysis in list(ls.analyses.items()):
            if uri != changed and changed_path in analysis.loaded.sources:
                del ls.analyses[uri]
                ls.publish(uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    @guarded()
    def did_close(ls: TocServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.analyses.pop(params.text_document.uri, None)
        ls.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[]))

    def at(ls: TocServer, params: Any) -> tuple[Analysis, Any]:
        analysis = ls.analysis(params.text_document.uri)
        line, column = from_position(analysis.source, params.position)
        return analysis, occurrence_at(analysis.document, line, column)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    @guarded()
    def hover(ls: TocServer, params: types.HoverParams) -> types.Hover | None:
        analysis, occurrence = at(ls, params)
        if occurrence is None:
            return None
        text = hover_text(analysis.loaded.theory, occurrence.name, analysis.loaded.lang)
        if text is None:
            return None
        return types.Hover(types.MarkupContent(types.MarkupKind.Markdown, text),
                           to_range(analysis.loaded.sources, occurrence.span))

    @server.feature(types.TEXT_DOCUMENT_DEFINITION)
    @guarded()
    def definition(ls: TocServer, params: types.DefinitionParams) -> types.Location | None:
        analysis, occurrence = at(ls, params)
        if occurrence is None:
            return None
        declared = declarations(analysis.loaded.documents.values()).get(occurrence.name)
        if declared is None:
            return None
        return location(analysis.loaded.sources, declared.span, analysis.uri_for)

    @server.feature(types.TEXT_DOCUMENT_REFERENCES)
    @guarded(default=[])
    def references(ls: TocServer, params: types.ReferenceParams) -> list[types.Location]:
        analysis, occurrence = at(ls, params)
        if occurrence is None:
            return []
        found = all_occurrences(analysis.loaded.documents.values(), occurrence.name)
        if not params.context.include_declaration:
            found = [o for o in found if o.role is not Role.DECLARATION]
        return [location(analysis.loaded.sources, o.span, analysis.uri_for) for o in found]

    @server.feature(types.TEXT_DOCUMENT_COMPLETION,
                    types.CompletionOptions(trigger_characters=[":", ",", ">", "|"]))
    @guarded(default=[])
    def completion(ls: TocServer, params: types.CompletionParams) -> list[types.CompletionItem]:
        analysis = ls.analysis(params.text_document.uri)
        offset = position_to_offset(analysis.source, params.position)
        return complete(analysis.text[:offset], analysis.loaded.documents.values(),
                        analysis.loaded.lang)

    @server.feature(types.TEXT_DOCUMENT_DOCUMENT_SYMBOL)
    @guarded(default=[])
    def symbols(ls: TocServer, params: types.DocumentSymbolParams) -> list[types.DocumentSymbol]:
        analysis = ls.analysis(params.text_document.uri)
        return [to_document_symbol(symbol, analysis.source)
                for symbol in outline(analysis.document, analysis.loaded.lang)]

    @server.feature(types.TEXT_DOCUMENT_FORMATTING)
    @guarded(default=[])
    def formatting(ls: TocServer, params: types.DocumentFormattingParams) -> list[types.TextEdit]:
        analysis = ls.analysis(params.text_document.uri)
        try:
            new_text = adapters.formatted(analysis.source.text, ls.formatter)
        except Exception as refusal:  # noqa: BLE001 - the formatter refuses what it cannot keep
            ls.window_show_message(types.ShowMessageParams(types.MessageType.Warning, i18n.text(
                "lsp.format.refused", analysis.loaded.lang, reason=str(refusal))))
            return []
        if new_text is None:
            return []
        source = analysis.source
        return [types.TextEdit(types.Range(offset_to_position(source, start),
                                           offset_to_position(source, end)), text)
                for start, end, text in adapters.line_edits(analysis.source.text, new_text)]

    @server.feature(types.TEXT_DOCUMENT_PREPARE_RENAME)
    @guarded()
    def prepare_rename(ls: TocServer, params: types.PrepareRenameParams) -> types.Range | None:
        analysis, occurrence = at(ls, params)
        return None if occurrence is None else to_range(analysis.loaded.sources, occurrence.span)

    @server.feature(types.TEXT_DOCUMENT_RENAME)
    @guarded()
    def rename(ls: TocServer, params: types.RenameParams) -> types.WorkspaceEdit | None:
        analysis, occurrence = at(ls, params)
        lang = analysis.loaded.lang
        if occurrence is None:
            raise RenameRefused(i18n.text("lsp.rename.not_an_id", lang))
        spans = rename_spans(analysis.loaded.documents.values(), occurrence, params.new_name, lang)
        return types.WorkspaceEdit(changes={
            analysis.uri_for(file): [types.TextEdit(to_range(analysis.loaded.sources, span),
                                                    params.new_name) for span in file_spans]
            for file, file_spans in spans.items()})

    return server


def main() -> None:
    """Serve over standard input and output until the client says exit."""
    create_server().start_io()
