"""The questions `toc new` asks, in order, and the answers as the draft uses them."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

# Each question by its key: the catalogue holds `new.ask.KEY` (the question) and
# `new.ask.KEY.example` (an example answer). The order is the order of asking:
# from whom it is for, through what is done and why it would work, to what
# would have happened anyway.
QUESTIONS = (
    "title",
    "for_whom",
    "by_whom",
    "interventions",
    "mechanisms",
    "contexts",
    "assumptions",
    "outcomes",
    "aim",
    "whose_goals",
    "anyway",
    "others",
)
# The answers a theory starts with when none were given (`--yes`, or every question
# skipped): placeholders (`new.blank.KEY`) for a plain chain from what is done to
# the final aim, which `toc lint` then questions like any other first plan.
PLACEHOLDERS = ("for_whom", "by_whom", "interventions", "outcomes", "aim")
# Questions with one answer; the others take several, separated by SEPARATOR.
SINGLE = frozenset({"title", "anyway"})
SEPARATOR = ";"
# Characters that are no part of anyone's words: what a terminal's escape sequences
# and control keys leave in a typed line. A tab and a line break are kept (the
# file writes them as escapes).
_KEPT_CONTROLS = frozenset("\t\n\r")


def clean(answer: str) -> str:
    """An answer without control characters and without spaces around it."""
    return "".join(char for char in answer
                   if char in _KEPT_CONTROLS or unicodedata.category(char) != "Cc").strip()


def split(answer: str) -> list[str]:
    """The several answers in one ('Parents; children'), each cleaned, the empty ones left out."""
    return [part for part in (clean(piece) for piece in answer.split(SEPARATOR)) if part]


@dataclass
class Answers:
    """What a writer answered; an empty answer is an empty text or list."""

    title: str = ""
    anyway: str = ""
    lists: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def from_texts(cls, texts: dict[str, str]) -> Answers:
        """Answers from the raw texts typed for each question key (missing keys are empty)."""
        lists = {key: split(texts.get(key, "")) for key in QUESTIONS if key not in SINGLE}
        return cls(title=clean(texts.get("title", "")), anyway=clean(texts.get("anyway", "")),
                   lists=lists)

    @property
    def blank(self) -> bool:
        """Whether no question was answered at all."""
        return not (self.title or self.anyway or any(self.lists.values()))

    def many(self, key: str) -> list[str]:
        """The answers to a question that takes several."""
        return self.lists.get(key, [])
