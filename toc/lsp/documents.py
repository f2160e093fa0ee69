"""One open document, loaded through `toc.api` as the command line loads it, with lint findings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pygls.uris import from_fs_path, to_fs_path

from toc.api import Loaded, load
from toc.language.diagnostics import Diagnostic
from toc.language.source import Source, decode
from toc.language.syntax import Document
from toc.lsp.adapters import LintFunction, lint_findings

# Returns the text of an open editor buffer for a file path, or None when it is not open.
OpenText = Callable[[str], str | None]


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

    @property
    def source(self) -> Source:
        return self.loaded.sources[self.path]

    @property
    def document(self) -> Document:
        return self.loaded.documents[self.path]

    def uri_for(self, file: str) -> str:
        return self.uri if file == self.path else (from_fs_path(file) or file)


def reader(open_text: OpenText) -> Callable[[str], str]:
    """Read an included file: the editor's unsaved text if it is open, else the file on disk."""

    def read(path: str) -> str:
        text = open_text(path)
        if text is not None:
            return text
        return decode(Path(path).read_bytes())

    return read


def check_document(uri: str, text: str, open_text: OpenText, lint: LintFunction | None) -> DocumentState:
    """Load a document and lint it; a failing linter costs its findings, never the others."""
    path = path_of(uri)
    loaded = load(text, path, lang=None, read=reader(open_text))
    state = DocumentState(uri, path, text, loaded, list(loaded.diagnostics))
    try:
        state.findings += lint_findings(loaded, lint)
    except Exception as problem:  # noqa: BLE001 - a linter bug must not hide syntax errors
        state.lint_problem = f"{type(problem).__name__}: {problem}"
    return state
