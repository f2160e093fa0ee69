"""Code actions: the quick fixes of the findings under the editor's cursor or selection."""

from __future__ import annotations

from collections.abc import Sequence

from lsprotocol import types

from toc.language.source import Source
from toc.lsp.convert import to_diagnostic, use_lines
from toc.lsp.documents import DocumentState
from toc.lsp.fixes import Fix, fixes
from toc.lsp.positions import offset_to_position, position_to_offset

QUICK_FIX = types.CodeActionKind.QuickFix


def wants_quick_fixes(only: Sequence[str] | None) -> bool:
    """Whether a request that may name the kinds of action it wants takes quick fixes."""
    return not only or any(kind in ("", QUICK_FIX.value) for kind in only)


def code_actions(state: DocumentState, selection: types.Range) -> list[types.CodeAction]:
    """Every quick fix of the findings that touch the selection (a cursor is an empty one).

    They come from the server's own findings of the current text, not from the diagnostics
    the editor sends back, so every edit fits the text it applies to.
    """
    source = state.source
    start, end = position_to_offset(source, selection.start), position_to_offset(source, selection.end)
    loading = {id(d) for d in state.loaded.diagnostics}
    uses = use_lines(state.document)
    actions: list[types.CodeAction] = []
    for diagnostic in state.findings:
        span = diagnostic.span
        if span is None or span.file != state.path or span.start > end or span.end < start:
            continue
        found = fixes(diagnostic, state.document, source, state.loaded.lang,
                      lint=id(diagnostic) not in loading)
        if found:
            shown = to_diagnostic(diagnostic, state.document, state.loaded.sources, state.uri_for, uses)
            actions += [_action(fix, shown, state.uri, source) for fix in found]
    return actions


def _action(fix: Fix, diagnostic: types.Diagnostic, uri: str, source: Source) -> types.CodeAction:
    edits = [types.TextEdit(types.Range(offset_to_position(source, start), offset_to_position(source, end)),
                            text) for start, end, text in fix.edits]
    return types.CodeAction(title=fix.title, kind=QUICK_FIX, diagnostics=[diagnostic],
                            is_preferred=fix.preferred or None,
                            edit=types.WorkspaceEdit(changes={uri: edits}))
