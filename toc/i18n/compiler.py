"""Compile the PO catalogues into gettext MO files (at packaging time) or read them directly (in a checkout).

Imports nothing from toc, so that the wheel's build hook can load this file on
its own. Babel does the reading and writing; it is needed only here.
"""

from __future__ import annotations

from pathlib import Path

# The English source (the template translators update from) and each translation.
SOURCES = {"en": "toc.pot", "nl": "nl.po"}


def read_source(path: Path, lang: str) -> dict[str, str]:
    """Every message of one PO or POT file by its context (the code); English reads the msgid."""
    from babel.messages.pofile import read_po

    with path.open("rb") as stream:
        catalog = read_po(stream)
    found: dict[str, str] = {}
    for message in catalog:
        if not message.context:
            continue
        text = message.id if lang == "en" else message.string
        if isinstance(text, str) and text and not message.fuzzy:
            found[message.context] = text
    return found


def compile_catalogues(folder: Path, target: Path) -> list[Path]:
    """Write `<lang>.mo` into `target` for every catalogue in `folder`; return the files written."""
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    written = []
    target.mkdir(parents=True, exist_ok=True)
    for lang, name in SOURCES.items():
        with (folder / name).open("rb") as stream:
            source = read_po(stream)
        compiled = Catalog(locale=lang, charset="utf-8")
        for message in source:
            if not message.context or message.fuzzy:
                continue  # a stale translation falls back to English rather than mislead
            text = message.id if lang == "en" else message.string
            if text:
                compiled.add(message.id, text, context=message.context)
        path = target / f"{lang}.mo"
        with path.open("wb") as stream:
            write_mo(stream, compiled)
        written.append(path)
    return written
