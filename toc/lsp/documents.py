"""One open document, loaded through `toc.api` as the command line loads it, with lint findings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from pygls.uris import from_fs_path, to_fs_path

from toc import i18n
from toc.api import Loaded, Theory, detect_lang, load
from toc.disk.read import OpenText, include_reader
from toc.disk.settings import find_access
from toc.language.access import Access, SettingsProblem, size_words
from toc.language.codes import problem
from toc.language.descent import tokenize
from toc.language.diagnostics import Diagnostic
from toc.language.retokenize import Tokenized, retokenize
from toc.language.source import Source
from toc.language.syntax import Document
from toc.language.terminals import lexicon
from toc.lsp.adapters import LintFunction, lint_findings

if TYPE_CHECKING:
    from toc.lsp.completion import Known
    from toc.lsp.hover import Mentions
    from toc.lsp.occurrences import Occurrences

# How much of an oversized document is searched for its header (for the message's language).
_HEADER_WINDOW = 1 << 16


def path_of(uri: str) -> str:
    """The file path of a document; an unsaved buffer keeps its URI as its name."""
    return to_fs_path(uri) or uri


@dataclass
class DocumentState:
    """A document's text, what toc made of it, and every finding to show."""

    uri: str
    path: str
    text: str
    loaded: Loaded
    findings: list[Diagnostic] = field(default_factory=list)
    lint_problem: str | None = None
    settings_problem: str | None = None
    # Whether the lint findings are in `findings` (or there are none to wait for).
    linted: bool = False
    # The text as loaded with its tokens: the next version is tokenized from them.
    tokenized: Tokenized | None = None

    @property
    def source(self) -> Source:
        return self.loaded.sources[self.path]

    @property
    def document(self) -> Document:
        return self.loaded.documents[self.path]

    def uri_for(self, file: str) -> str:
        return self.uri if file == self.path else (from_fs_path(file) or file)

    # Indexes made when first asked for, once per text: hover, completion and the
    # cursor's id then cost what one answer needs, not a walk over the whole theory.
    @cached_property
    def occurrences(self) -> Occurrences:
        from toc.lsp.occurrences import Occurrences

        return Occurrences(self.loaded.documents.values(), self.path)

    @cached_property
    def mentions(self) -> Mentions:
        from toc.lsp.hover import Mentions

        return Mentions(self.loaded.theory)

    @cached_property
    def known(self) -> Known:
        from toc.lsp.completion import Known

        return Known(self.loaded.documents.values())


def settings(path: str) -> tuple[Access, str | None]:
    """The reading settings of the command line for a document; a broken configuration gives
    the defaults and the reason, for the server's log."""
    try:
        return find_access(path), None
    except SettingsProblem as problem:
        return Access(), problem.message()


def too_large(path: str, text: str, access: Access) -> Loaded:
    """A document over the size limit is not parsed: one diagnostic says why, as `toc check` does."""
    source = Source(path, text)
    lang = detect_lang(text[:_HEADER_WINDOW])
    refused = problem("E012", i18n.text("E012", lang, path=path, limit=size_words(access.max_size)),
                      source.span(0, 0), i18n.text("E012.hint", lang))
    return Loaded(Theory(), [refused], lang, {path: source}, {path: Document(path)})


def load_document(uri: str, text: str, open_text: OpenText,
                  on_parsed: Callable[[Document, Source], None] | None = None,
                  earlier: Tokenized | None = None) -> DocumentState:
    """Load a document: its syntax and reference errors, not yet its lint findings.

    `on_parsed` is told its syntax tree before the theory is built (see `toc.api.load`);
    `earlier` is an earlier version of the text with its tokens: only what changed is read again.
    """
    path = path_of(uri)
    access, settings_problem = settings(path)
    if len(text) > access.max_size:
        state = DocumentState(uri, path, text, too_large(path, text, access))
    else:
        shape = lexicon()
        tokens = retokenize(earlier, text, shape) if earlier else tokenize(text, shape)
        # Includes are read as the command line reads them (toc.disk.read): inside the project
        # only, bounded, and an included file open in the editor with its unsaved text.
        loaded = load(text, path, lang=None, read=include_reader(path, access, open_text=open_text),
                      on_parsed=on_parsed, tokens=tokens)
        state = DocumentState(uri, path, text, loaded, tokenized=Tokenized(text, tokens))
    state.findings = list(state.loaded.diagnostics)
    state.settings_problem = settings_problem
    return state


def lint_document(state: DocumentState, lint: LintFunction | None,
                  stop: Callable[[], bool] | None = None) -> list[Diagnostic]:
    """The lint findings of a loaded document; a failing linter costs its findings, never the others.

    `stop` lets the linter give up when the findings are no longer wanted.
    """
    try:
        return lint_findings(state.loaded, lint, stop)
    except Exception as problem:  # noqa: BLE001 - a linter bug must not hide syntax errors
        state.lint_problem = f"{type(problem).__name__}: {problem}"
        return []


def check_document(uri: str, text: str, open_text: OpenText, lint: LintFunction | None) -> DocumentState:
    """Load a document and lint it, in one go."""
    state = load_document(uri, text, open_text)
    state.findings += lint_document(state, lint)
    state.linted = True
    return state
