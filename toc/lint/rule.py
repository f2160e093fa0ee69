"""What a lint rule is: its code, name, theme, default severity, check function and docs."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any

from toc import i18n
from toc.language.diagnostics import Severity
from toc.model.span import Span

if TYPE_CHECKING:
    from toc.analysis.facts import Facts


class Theme(str, Enum):
    """The question a rule asks, in the order a review meeting goes through them."""

    STRUCTURE = "structure"
    LINEAR = "linear-reasoning"
    COUNTERFACTUAL = "counterfactual"
    EFFECTS = "effects"
    CONTEXT = "context"
    PERSPECTIVES = "perspectives"
    TRACKS = "tracks"
    EVIDENCE = "evidence"

    def title(self, lang: str = "en") -> str:
        return i18n.text(f"theme.{self.value}", lang)


# The parts of a rule's documentation, in the order they are shown.
DOC_PARTS = ("what", "why", "example", "instead", "source")


@dataclass(frozen=True)
class Term:
    """A message value that is itself a catalogue key, translated when the message is made."""

    key: str


@dataclass(frozen=True, slots=True)
class Finding:
    """What a rule found, before the engine turns it into a translated Diagnostic.

    `variant` picks a more specific message (`CODE.variant`) and hint
    (`CODE.hint.variant`) when the catalogue has them. `whole` marks a question about
    the theory as a whole rather than about one place in it; its span (the header)
    only anchors suppression comments. The first of `nodes` is what the finding is
    about; the others are related. `adds` names attributes (English name and value)
    that, added to the statement at `span`, remove the finding for sure: an editor
    offers them as a quick fix. Slotted: a rule may find something on each of tens of
    thousands of links.
    """

    span: Span | None
    nodes: tuple[str, ...] = ()
    values: dict[str, Any] = field(default_factory=dict)
    variant: str | None = None
    whole: bool = False
    adds: tuple[tuple[str, str], ...] = ()


Check = Callable[["Facts"], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    """A lint rule; its messages and documentation live in the i18n catalogues by code."""

    code: str
    name: str
    theme: Theme
    severity: Severity
    check: Check

    def doc(self, part: str, lang: str = "en") -> str:
        """Return one part of the documentation (see DOC_PARTS) in a language."""
        return i18n.text(f"{self.code}.{part}", lang)

    def summary(self, lang: str = "en") -> str:
        """The one-line description used in tables: the first sentence of 'what'."""
        what = self.doc("what", lang)
        end = what.find(". ")
        return what if end == -1 else what[: end + 1]
