"""The one registry of every code toc reports outside the lint rules: its name, severity and documentation.

Lint rules have their own registry (`toc.lint.rules`); every other code a user
can see is here: syntax errors (E0xx), problems reading a file (E007-E012),
problems in a theory (E1xx), problems with included files (E2xx) and the
linter's own warnings (TOC0xx). Diagnostics take their names from here, and
`toc explain`, `toc errors` and docs/errors.md read the documentation, which
lives in the message catalogues under `CODE.what`, `CODE.fix` and, where a
short example helps, `CODE.example` (it shows the problem) and `CODE.instead`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from toc import i18n
from toc.language.diagnostics import Diagnostic, Related, Severity
from toc.model.kinds import NodeKind
from toc.model.span import Span


class Stage(str, Enum):
    """Where a problem is found, in the order toc looks; also the sections of docs/errors.md."""

    SYNTAX = "syntax"
    FILE = "file"
    THEORY = "theory"
    INCLUDE = "include"
    LINT = "lint"

    def title(self, lang: str = "en") -> str:
        return i18n.text(f"codes.stage.{self.value}", lang)


# The parts of a code's documentation, in the order they are shown.
DOC_PARTS = ("what", "fix", "example", "instead")


@dataclass(frozen=True)
class Code:
    """A code toc can report: stable, with a kebab-case name that says what went wrong."""

    code: str
    name: str
    stage: Stage
    severity: Severity = Severity.ERROR
    # Whether the documentation has a wrong/right pair of .toc snippets.
    example: bool = True

    @property
    def parts(self) -> tuple[str, ...]:
        return DOC_PARTS if self.example else DOC_PARTS[:2]

    def doc_key(self, part: str) -> str:
        return f"{self.code}.{part}"

    def doc(self, part: str, lang: str = "en") -> str:
        """One part of the documentation (see DOC_PARTS) in a language."""
        return i18n.text(self.doc_key(part), lang)

    def summary(self, lang: str = "en") -> str:
        """The first sentence of 'what', for tables."""
        what = self.doc("what", lang)
        end = what.find(". ")
        return what if end == -1 else what[: end + 1]


_SYNTAX, _FILE, _THEORY, _INCLUDE, _LINT = Stage
CODES: tuple[Code, ...] = (
    Code("E001", "unexpected-character", _SYNTAX),
    Code("E002", "unterminated-text", _SYNTAX),
    Code("E003", "unexpected-token", _SYNTAX),
    Code("E004", "unexpected-end", _SYNTAX),
    Code("E005", "invalid-escape", _SYNTAX),
    Code("E006", "too-many-syntax-errors", _SYNTAX, example=False),
    Code("E007", "not-utf8", _FILE, example=False),
    Code("E009", "no-such-file", _FILE, example=False),
    Code("E010", "unreadable-file", _FILE, example=False),
    Code("E011", "not-a-regular-file", _FILE, example=False),
    Code("E012", "file-too-large", _FILE, example=False),
    Code("E101", "unknown-keyword", _THEORY),
    Code("E102", "unknown-node", _THEORY),
    Code("E103", "duplicate-id", _THEORY),
    Code("E104", "wrong-kind", _THEORY),
    Code("E105", "unknown-attribute", _THEORY),
    Code("E106", "invalid-value", _THEORY),
    Code("E107", "out-of-range", _THEORY),
    Code("E108", "empty-label", _THEORY),
    Code("E109", "self-link", _THEORY),
    Code("E110", "repeated-attribute", _THEORY),
    Code("E111", "contradicting-flags", _THEORY),
    Code("E112", "wrong-value", _THEORY),
    Code("E113", "misplaced-statement", _THEORY),
    Code("E114", "second-header", _THEORY),
    Code("E115", "unlinkable-node", _THEORY),
    Code("E116", "unknown-flag", _THEORY),
    Code("E117", "wrong-counterfactual-target", _THEORY),
    Code("E118", "not-a-number", _THEORY),
    Code("E120", "header-in-include", _THEORY, Severity.WARNING, example=False),
    Code("E121", "misplaced-text", _THEORY),
    Code("E122", "quote-in-text", _SYNTAX),
    Code("E123", "percent-with-other-unit", _THEORY),
    Code("E124", "fraction-for-percentage", _THEORY),
    Code("E125", "member-of-two-groups", _THEORY),
    Code("E126", "group-contains-itself", _THEORY),
    Code("E201", "missing-include", _INCLUDE),
    Code("E202", "include-cycle", _INCLUDE, example=False),
    Code("E203", "unreadable-include", _INCLUDE, example=False),
    Code("E204", "include-outside-project", _INCLUDE, example=False),
    Code("E205", "include-not-a-theory", _INCLUDE, example=False),
    Code("TOC001", "unknown-rule-in-comment", _LINT, Severity.WARNING),
)
BY_CODE: dict[str, Code] = {code.code: code for code in CODES}
BY_NAME: dict[str, Code] = {code.name: code for code in CODES}


def find(name_or_code: str) -> Code | None:
    """The code with this name or code (codes in any case), or None."""
    return BY_NAME.get(name_or_code) or BY_CODE.get(name_or_code.upper())


def problem(code: str, message: str, span: Span | None = None, hint: str | None = None, *,
            related: tuple[Related, ...] = (), severity: Severity | None = None,
            suggestion: str | None = None, expects: tuple[NodeKind, ...] = ()) -> Diagnostic:
    """A diagnostic of a registered code, named and (unless told otherwise) graded by the registry.

    `suggestion` replaces the text at `span` for sure; `expects` (an unknown id) the kinds it may be.
    """
    entry = BY_CODE[code]
    return Diagnostic(code, severity or entry.severity, message, span, hint, name=entry.name,
                      related=related, suggestion=suggestion, expects=expects)
