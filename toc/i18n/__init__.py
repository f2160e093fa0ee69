"""Message catalogues in English and Dutch, keyed by message or rule code.

The texts live in gettext catalogues beside this file, in the format
translators' tools (Poedit, Weblate) read: `toc.pot` is the English source and
`nl.po` the Dutch translation, each message with its code as context. The
wheel carries them compiled (`en.mo`, `nl.mo`, made by `compiler` when the
package is built); a checkout without them reads the PO files through Babel.
"""

from __future__ import annotations

import gettext
import string
from functools import cache
from pathlib import Path
from typing import Any

LANGUAGES = ("en", "nl")
DEFAULT_LANG = "en"
_FOLDER = Path(__file__).resolve().parent
# gettext joins a message's context and its English text with this character.
_CONTEXT_SEPARATOR = "\x04"


@cache
def catalogue(lang: str) -> dict[str, str]:
    """Return every message of a language by code."""
    from toc.i18n.compiler import SOURCES

    compiled = _FOLDER / f"{lang}.mo"
    source = _FOLDER / SOURCES[lang]
    if compiled.is_file() and (not source.is_file()
                               or compiled.stat().st_mtime >= source.stat().st_mtime):
        return _read_compiled(compiled)
    try:
        from toc.i18n.compiler import read_source

        return read_source(source, lang)
    except ImportError:
        if compiled.is_file():
            return _read_compiled(compiled)  # older than its source, but Babel is not here
        raise


def _read_compiled(path: Path) -> dict[str, str]:
    with path.open("rb") as stream:
        translations = gettext.GNUTranslations(stream)
    # toc looks messages up by code alone, so the catalogue is re-keyed by context;
    # gettext keeps its entries in `_catalog` as "context\x04English text" (private, so
    # typeshed leaves it out).
    entries: dict[Any, str] = translations._catalog  # type: ignore[attr-defined]
    return {key.split(_CONTEXT_SEPARATOR, 1)[0]: value for key, value in entries.items()
            if isinstance(key, str) and _CONTEXT_SEPARATOR in key}


def text(key: str, lang: str = DEFAULT_LANG, **values: Any) -> str:
    """Return the message for a key in a language, filled with values.

    Falls back to English when the language or the translation is missing, so a
    message is never lost.
    """
    return template(key, lang).format(**values)


def template(key: str, lang: str = DEFAULT_LANG) -> str:
    """Return the message for a key unfilled, its placeholders in braces (English as fallback).

    For outputs that must escape the text and its values each in their own way.
    """
    messages = catalogue(lang if lang in LANGUAGES else DEFAULT_LANG)
    return messages.get(key) or catalogue(DEFAULT_LANG)[key]


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
