"""The words a first theory is written in: keywords, attributes and values in English or Dutch."""

from __future__ import annotations

from toc.language.vocabulary import (
    COUNTERFACTUAL,
    COUNTERFACTUAL_ATTRIBUTES,
    ENUMS,
    LINK_ATTRIBUTES,
    NODE_ATTRIBUTES,
    THEORY,
    THEORY_ATTRIBUTES,
    Attribute,
    Word,
    word_for,
)
from toc.model.kinds import NodeKind


def spelled(word: Word, lang: str) -> str:
    """A word of the language as a writer of `lang` spells it."""
    return word.nl if lang == "nl" else word.en


def _attribute(english: str, attributes: tuple[Attribute, ...], lang: str) -> str:
    (found,) = (attribute for attribute in attributes if attribute.word.en == english)
    return spelled(found.word, lang)


class Words:
    """The spellings of one language, asked for by their English form."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.theory = spelled(THEORY, lang)
        self.counterfactual = spelled(COUNTERFACTUAL, lang)

    def kind(self, kind: NodeKind) -> str:
        return word_for(kind, self.lang)

    def node(self, kind: NodeKind, english: str) -> str:
        """An attribute of an element of some kind: `by`, `for`, `valued_by`, ..."""
        return _attribute(english, NODE_ATTRIBUTES[kind], self.lang)

    def link(self, english: str) -> str:
        return _attribute(english, LINK_ATTRIBUTES, self.lang)

    def header(self, english: str) -> str:
        return _attribute(english, THEORY_ATTRIBUTES, self.lang)

    def scenario(self, english: str) -> str:
        """An attribute of a counterfactual."""
        return _attribute(english, COUNTERFACTUAL_ATTRIBUTES, self.lang)

    def value(self, enum: str, english: str) -> str:
        return spelled(ENUMS[enum][english], self.lang)
