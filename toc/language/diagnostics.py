"""Diagnostics: frozen, sortable findings with code, severity, message, span and hint."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from toc.model.kinds import NodeKind
from toc.model.span import Span


class Severity(str, Enum):
    """How serious a finding is; errors stop a theory from being used."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


@dataclass(frozen=True)
class Related:
    """Another place that explains a diagnostic, e.g. the first of two duplicates."""

    span: Span
    message: str


@dataclass(frozen=True)
class Diagnostic:
    """One finding about a theory; printing is left to the report module."""

    code: str
    severity: Severity
    message: str
    span: Span | None = None
    hint: str | None = None
    name: str | None = None
    related: tuple[Related, ...] = field(default_factory=tuple)
    # The ids of the nodes a finding is about (lint rules fill this in).
    nodes: tuple[str, ...] = field(default_factory=tuple)
    # "theory" for a question about the theory as a whole: reports show it apart from
    # the findings on a line (its span, the header, only anchors suppression comments).
    scope: str | None = None
    # The ids of the nodes whose findings this one explains and so replaces (a root cause).
    consequences: tuple[str, ...] = field(default_factory=tuple)
    # A sure replacement for the text at `span` (the "did you mean" of the message): what an
    # editor offers as a quick fix.
    suggestion: str | None = None
    # For an id that is not declared: the kinds it could be declared as where it is written.
    expects: tuple[NodeKind, ...] = field(default_factory=tuple)
    # Attributes (English name, English value) whose addition to the statement at `span` removes
    # the finding for sure, e.g. `loop: reinforcing` on a loop whose links all push one way.
    adds: tuple[tuple[str, str], ...] = field(default_factory=tuple)

    @property
    def whole_theory(self) -> bool:
        return self.scope == "theory"

    @property
    def sort_key(self) -> tuple[str, int, int, int, str]:
        # Questions about the whole theory come after the findings on a line.
        whole = 1 if self.whole_theory else 0
        if self.span is None:
            return ("", whole, 0, 0, self.code)
        return (self.span.file, whole, self.span.line, self.span.column, self.code)


def errors_of(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """The diagnostics that are errors, in their order."""
    return [d for d in diagnostics if d.severity is Severity.ERROR]


def has_errors(diagnostics: list[Diagnostic]) -> bool:
    """Tell whether any diagnostic is an error."""
    return any(d.severity is Severity.ERROR for d in diagnostics)


def sort_diagnostics(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """Sort by file and position; drop exact repeats."""
    seen: set[tuple[str, Span | None, str]] = set()
    unique: list[Diagnostic] = []
    for diagnostic in sorted(diagnostics, key=lambda d: d.sort_key):
        key = (diagnostic.code, diagnostic.span, diagnostic.message)
        if key not in seen:
            seen.add(key)
            unique.append(diagnostic)
    return unique
