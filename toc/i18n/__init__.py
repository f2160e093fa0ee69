"""Message catalogues in English and Dutch, keyed by message or rule code.

Each area of toc keeps its messages in `<area>_en.py` and `<area>_nl.py` beside
this file (core, lint, render, ...); they are merged here into one catalogue per
language, and a test checks that both languages have the same keys and placeholders.
"""

from __future__ import annotations

import importlib
import pkgutil
import string
from functools import cache
from typing import Any

LANGUAGES = ("en", "nl")
DEFAULT_LANG = "en"


@cache
def catalogue(lang: str) -> dict[str, str]:
    """Return every message of a language, merged from the area modules."""
    merged: dict[str, str] = {}
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if module.name.endswith(f"_{lang}"):
            merged.update(importlib.import_module(f"{__name__}.{module.name}").MESSAGES)
    return merged


def text(key: str, lang: str = DEFAULT_LANG, **values: Any) -> str:
    """Return the message for a key in a language, filled with values.

    Falls back to English when the language is unknown, so a message is never lost.
    """
    messages = catalogue(lang if lang in LANGUAGES else DEFAULT_LANG)
    template = messages.get(key) or catalogue(DEFAULT_LANG)[key]
    return template.format(**values)


def has(key: str) -> bool:
    """Tell whether a key exists in the catalogue."""
    return key in catalogue(DEFAULT_LANG)


def placeholders(template: str) -> set[str]:
    """Return the names a template fills in (used to check catalogues agree)."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def count(key: str, n: int, lang: str = DEFAULT_LANG) -> str:
    """Return '1 node' / '3 nodes' in a language, from a 'singular|plural' entry."""
    one, many = text(f"plural.{key}", lang, n=n).split("|")
    return one if n == 1 else many


def literal(text: str) -> str:
    """Protect braces in a catalogue entry that is shown as written (a .toc snippet)."""
    return text.replace("{", "{{").replace("}", "}}")
