"""toc's findings and places as protocol objects (positions through `toc.lsp.positions` only)."""

from __future__ import annotations

import posixpath
from collections.abc import Callable

from lsprotocol import types

from toc.language.diagnostics import Diagnostic, Severity
from toc.language.source import Source
from toc.language.syntax import Document, Header
from toc.language.vocabulary import USE
from toc.lsp.outline import Symbol
from toc.lsp.positions import span_to_range
from toc.model.span import Span

UriFor = Callable[[str], str]

_SEVERITIES = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}
_START = types.Range(types.Position(0, 0), types.Position(0, 0))


def to_range(sources: dict[str, Source], span: Span | None) -> types.Range:
    """The range of a span, or the start of the file when it has none."""
    if span is None or span.file not in sources:
        return _START
    return span_to_range(sources[span.file], span)


def location(sources: dict[str, Source], span: Span, uri_for: UriFor) -> types.Location:
    return types.Location(uri_for(span.file), to_range(sources, span))


def use_lines(document: Document) -> dict[str, Span]:
    """The `use` lines of a document by the file each brings in; '' names the first of them.

    Made once per publication: a file with many findings in its includes would
    otherwise scan all its statements again for each finding.
    """
    here = posixpath.dirname(document.path)
    lines: dict[str, Span] = {}
    for statement in document.statements:
        if isinstance(statement, Header) and statement.keyword.text in USE.spellings:
            target = posixpath.normpath(posixpath.join(here, statement.label.text))
            lines.setdefault(target, statement.label.span)
            lines.setdefault("", statement.label.span)
    return lines


def to_diagnostic(diagnostic: Diagnostic, document: Document, sources: dict[str, Source],
                  uri_for: UriFor, uses: dict[str, Span] | None = None) -> types.Diagnostic:
    """One finding as a protocol diagnostic in `document`.

    A finding in an included file is shown on the `use` line that brought the file
    in, with the file and line it is about, so that it is seen where one is editing.
    """
    span, message = diagnostic.span, diagnostic.message
    if span is not None and span.file != document.path:
        message = f"{span}: {message}"
        uses = use_lines(document) if uses is None else uses
        # Found through another file (indirectly): shown on the first `use` line.
        span = uses.get(span.file) or uses.get("")
    if diagnostic.hint:
        message = f"{message}\n{diagnostic.hint}"
    related = [types.DiagnosticRelatedInformation(location(sources, r.span, uri_for), r.message)
               for r in diagnostic.related if r.span.file in sources]
    return types.Diagnostic(
        range=to_range(sources, span), message=message, severity=_SEVERITIES[diagnostic.severity],
        code=diagnostic.code, source="toc", related_information=related or None,
        data=_data(diagnostic))


def _data(diagnostic: Diagnostic) -> dict[str, object] | None:
    """What a client may keep of a finding: its rule's name, the suggested word, the kinds it may be."""
    data: dict[str, object] = {}
    if diagnostic.name:
        data["name"] = diagnostic.name
    if diagnostic.suggestion is not None:
        data["suggestion"] = diagnostic.suggestion
    if diagnostic.expects:
        data["kinds"] = [kind.value for kind in diagnostic.expects]
    return data or None


def to_document_symbol(symbol: Symbol, source: Source) -> types.DocumentSymbol:
    return types.DocumentSymbol(
        name=symbol.name or "?", kind=symbol.kind, detail=symbol.detail,
        range=span_to_range(source, symbol.span),
        selection_range=span_to_range(source, symbol.selection),
        children=[to_document_symbol(child, source) for child in symbol.children] or None)
