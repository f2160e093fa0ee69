"""'Did you mean': the nearest known word to a misspelt one, and the one way a message offers it."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from toc import i18n

# "Did you mean" compares a word with every candidate; a badly broken large file
# could ask thousands of times, so the comparisons of one run can be budgeted.
SUGGESTION_BUDGET = 200_000
# How alike two words must be (difflib's ratio) to be offered.
CUTOFF = 0.6


class Budget:
    """How many comparisons a run may still make; past that, no more suggestions."""

    def __init__(self, comparisons: int = SUGGESTION_BUDGET) -> None:
        self.left = comparisons

    def spend(self, comparisons: int) -> bool:
        """Take comparisons from the budget; False (and nothing taken) when too few are left."""
        if comparisons > self.left:
            return False
        self.left -= comparisons
        return True


def suggest(word: str, candidates: Iterable[str], budget: Budget | None = None) -> str | None:
    """The candidate most like `word`, if one is alike enough (and the budget allows the search)."""
    choices = list(candidates)
    if budget is not None and not budget.spend(len(choices)):
        return None
    matches = difflib.get_close_matches(word, choices, n=1, cutoff=CUTOFF)
    return matches[0] if matches else None


def offer(message: str, guess: str | None, lang: str) -> str:
    """A message with its suggestion: `message — did you mean 'guess'?`, or the message alone."""
    if not guess:
        return message
    return f"{message} — {i18n.text('did_you_mean', lang, guess=guess)}"
