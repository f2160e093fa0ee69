"""One open document, loaded through `toc.api` as the command line loads it, with lint findings."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from pygls.uris import from_fs_path, to_fs_path

from toc.api import Loaded, load
from toc.language.descent import tokenize
from toc.language.diagnostics import Diagnostic
from toc.language.retokenize import Tokenized, retokenize
from toc.language.source import Source, decode
from toc.language.syntax import Document
from toc.language.terminals import lexicon
from toc.lsp.adapters import LintFunction, lint_findings

if TYPE_CHECKING:
    from toc.lsp.completion import Known
    from toc.lsp.hover import Mentions
    from toc.lsp.occurrences import Occurrences

# Returns the text of an open editor buffer for a file path, or None when it is not open.
OpenText = Callable[[str], str | None]


def path_of(uri: str) -> str:
    """The file path of a document; an unsaved buffer keeps its URI as its name."""
    return to_fs_path(uri) or uri


_LONE_CR = re.compile(r"\r(?!\n)")


@dataclass
class DocumentState:
    """A document's text, what toc made of it, and every finding to show."""

    uri: str
    path: str
    text: str
    loaded: Loaded
    findings: list[Diagnostic] = field(default_factory=list)
    lint_problem: str | None = None
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


def reader(open_text: OpenText) -> Callable[[str], str]:
    """Read an included file: the editor's unsaved text if it is open, else the file on disk."""

    def read(path: str) -> str:
        text = open_text(path)
        if text is not None:
            return text
        return decode(Path(path).read_bytes())

    return read


def load_document(uri: str, text: str, open_text: OpenText,
                  on_parsed: Callable[[Document, Source], None] | None = None,
                  earlier: Tokenized | None = None) -> DocumentState:
    """Load a document: its syntax and reference errors, not yet its lint findings.

    `on_parsed` is told its syntax tree before the theory is built (see `toc.api.load`);
    `earlier` is an earlier version of the text with its tokens: only what changed is read again.
    """
    path = path_of(uri)
    # The protocol counts a lone carriage return as a line break, toc only a line
    # feed: make it one (same length, so every offset stays the same).
    normalized = _LONE_CR.sub("\n", text)
    shape = lexicon()
    tokens = retokenize(earlier, normalized, shape) if earlier else tokenize(normalized, shape)
    loaded = load(normalized, path, lang=None, read=reader(open_text), on_parsed=on_parsed,
                  tokens=tokens)
    return DocumentState(uri, path, text, loaded, list(loaded.diagnostics),
                         tokenized=Tokenized(normalized, tokens))


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
