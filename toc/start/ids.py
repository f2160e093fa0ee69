"""Ids made from a writer's own words: short, readable, valid names of the language, unique in one theory."""

from __future__ import annotations

import re
import unicodedata

from toc.language.parser import lexicon

# An id is meant to be typed again in links and lists: a few words, not a sentence.
MAX_LENGTH = 24
# What separates the words of an id; runs of anything else become one.
_NOT_WORD = re.compile(r"[\W_]+")


def slug(label: str) -> str:
    """The words of a label as an id: lower case, accents dropped, joined by '_', at most MAX_LENGTH long.

    "Ouders & kinderen!" gives "ouders_kinderen", "Financiële vaardigheden"
    "financiele_vaardigheden". Letters without an unaccented form (ß, ø, Greek)
    are kept, since the language allows letters of any script. The result may
    be empty or start with a digit; `Ids.make` handles that.
    """
    # NFKD splits "ë" into "e" and a combining mark, which is then dropped.
    decomposed = unicodedata.normalize("NFKD", label)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    words = [word for word in _NOT_WORD.split(plain.casefold()) if word]
    kept: list[str] = []
    for word in words:
        if kept and len("_".join([*kept, word])) > MAX_LENGTH:
            break
        kept.append(word)
    return "_".join(kept)[:MAX_LENGTH].rstrip("_")


class Ids:
    """Hands out ids for one theory, each a valid name and none given twice."""

    def __init__(self) -> None:
        self.taken: set[str] = set()

    def make(self, label: str, fallback: str) -> str:
        """An id for `label`; `fallback` (a keyword such as 'outcome') when its words make no valid id.

        A second 'skills' becomes 'skills_2', and so on.
        """
        base = slug(label)
        if not lexicon().is_name(base):
            # "2 districts" keeps its words behind the keyword: outcome_2_districts.
            base = f"{fallback}_{base}" if base else fallback
            if not lexicon().is_name(base):
                base = fallback
        candidate, number = base, 1
        while candidate in self.taken:
            number += 1
            candidate = f"{base}_{number}"
        self.taken.add(candidate)
        return candidate
