"""The message catalogues as tests see them: by area, as the PO files group them."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

FOLDER = Path(__file__).resolve().parent.parent / "toc" / "i18n"
FILES = {"en": FOLDER / "toc.pot", "nl": FOLDER / "nl.po"}


@cache
def read(lang: str) -> Catalog:
    with FILES[lang].open("rb") as stream:
        return read_po(stream)


def area(name: str, lang: str) -> dict[str, str]:
    """The messages of one area (`#. area: lint`) by code, in a language."""
    found = {}
    for message in read(lang):
        if message.context and f"area: {name}" in message.auto_comments:
            found[message.context] = message.id if lang == "en" else message.string
    return found


def problems(template: Catalog, translation: Catalog) -> dict[str, list[str]]:
    """What keeps a translation from following its English source, by kind of problem."""
    english = {m.context: m for m in template if m.context}
    translated = {m.context: m for m in translation if m.context}
    from toc.i18n import placeholders

    return {
        "missing": sorted(set(english) - set(translated)),
        "obsolete": sorted(set(translated) - set(english)),
        "stale": sorted(c for c, m in translated.items()
                        if c in english and (m.fuzzy or m.id != english[c].id)),
        "empty": sorted(c for c, m in translated.items() if not m.string),
        "placeholders": sorted(c for c, m in translated.items()
                               if m.string and placeholders(m.string) != placeholders(m.id)),
    }
