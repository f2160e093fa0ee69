"""Message catalogues in English and Dutch, keyed by message or rule code."""

from __future__ import annotations

import string
from typing import Any

from toc.i18n import en, nl

CATALOGUES: dict[str, dict[str, str]] = {"en": en.MESSAGES, "nl": nl.MESSAGES}
LANGUAGES = tuple(CATALOGUES)
DEFAULT_LANG = "en"


def text(key: str, lang: str = DEFAULT_LANG, **values: Any) -> str:
    """Return the message for a key in a language, filled with values.

    Falls back to English when the language is unknown, so a message is never lost.
    """
    catalogue = CATALOGUES.get(lang, CATALOGUES[DEFAULT_LANG])
    template = catalogue.get(key) or CATALOGUES[DEFAULT_LANG][key]
    return template.format(**values)


def has(key: str) -> bool:
    """Tell whether a key exists in the catalogue."""
    return key in CATALOGUES[DEFAULT_LANG]


def placeholders(template: str) -> set[str]:
    """Return the names a template fills in (used to check catalogues agree)."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def join_words(words: list[str], lang: str = DEFAULT_LANG) -> str:
    """Join words as a reader expects: 'a, b or c' / 'a, b of c'."""
    quoted = [f"'{w}'" for w in words]
    if len(quoted) <= 1:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + f" {text('word.or', lang)} " + quoted[-1]


def count(key: str, n: int, lang: str = DEFAULT_LANG) -> str:
    """Return '1 node' / '3 nodes' in a language, from a 'singular|plural' entry."""
    one, many = text(f"plural.{key}", lang, n=n).split("|")
    return one if n == 1 else many
