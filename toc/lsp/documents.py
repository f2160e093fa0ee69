"""One open document, loaded through `toc.api` as the command line loads it, with lint findings."""

from __future__ import annotations

from dataclasses import dataclass, field

from pygls.uris import from_fs_path, to_fs_path

from toc import i18n
from toc.api import Loaded, Theory, detect_lang, load
from toc.disk.read import OpenText, include_reader
from toc.disk.settings import find_access
from toc.language.access import Access, SettingsProblem, size_words
from toc.language.codes import problem
from toc.language.diagnostics import Diagnostic
from toc.language.source import Source
from toc.language.syntax import Document
from toc.lsp.adapters import LintFunction, lint_findings

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

    @property
    def source(self) -> Source:
        return self.loaded.sources[self.path]

    @property
    def document(self) -> Document:
        return self.loaded.documents[self.path]

    def uri_for(self, file: str) -> str:
        return self.uri if file == self.path else (from_fs_path(file) or file)


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


def check_document(uri: str, text: str, open_text: OpenText, lint: LintFunction | None) -> DocumentState:
    """Load a document and lint it; a failing linter costs its findings, never the others."""
    path = path_of(uri)
    access, settings_problem = settings(path)
    if len(text) > access.max_size:
        loaded = too_large(path, text, access)
    else:
        # Includes are read as the command line reads them (toc.disk.read): inside the project
        # only, bounded, and an included file open in the editor with its unsaved text.
        loaded = load(text, path, lang=None, read=include_reader(path, access, open_text=open_text))
    state = DocumentState(uri, path, text, loaded, list(loaded.diagnostics))
    state.settings_problem = settings_problem
    try:
        state.findings += lint_findings(loaded, lint)
    except Exception as problem:  # noqa: BLE001 - a linter bug must not hide syntax errors
        state.lint_problem = f"{type(problem).__name__}: {problem}"
    return state
