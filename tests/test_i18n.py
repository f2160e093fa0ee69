"""English and Dutch catalogues agree, and every code the code uses has both texts."""

from __future__ import annotations

import re
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from tests import catalogues
from toc import i18n

SOURCE = Path(__file__).resolve().parent.parent / "toc"


def test_both_languages_have_the_same_keys() -> None:
    assert set(i18n.catalogue("en")) == set(i18n.catalogue("nl"))


def test_both_languages_fill_in_the_same_placeholders() -> None:
    english, dutch = i18n.catalogue("en"), i18n.catalogue("nl")
    for key, template in english.items():
        assert i18n.placeholders(template) == i18n.placeholders(dutch[key]), key


def test_every_message_code_used_in_the_code_exists() -> None:
    used = set()
    for path in SOURCE.rglob("*.py"):
        used |= set(re.findall(r'"(E\d{3}(?:\.[a-z_]+)?)"', path.read_text(encoding="utf-8")))
    missing = sorted(code for code in used if not i18n.has(code))
    assert missing == []


def test_dutch_texts_are_not_copies_of_english() -> None:
    english, dutch = i18n.catalogue("en"), i18n.catalogue("nl")
    def words(template: str) -> str:
        return re.sub(r"\{[^}]*\}|[^A-Za-z]", "", template)

    same = [k for k in english if english[k] == dutch[k] and len(words(english[k])) > 12]
    assert same == []


def test_unknown_language_falls_back_to_english() -> None:
    assert i18n.text("E108", "fr") == i18n.text("E108", "en")


def test_plurals() -> None:
    assert i18n.count("node", 1) == "1 node"
    assert i18n.count("node", 3, "nl") == "3 elementen"


def test_no_code_appears_twice_in_a_catalogue() -> None:
    for lang in i18n.LANGUAGES:
        codes = [m.context for m in catalogues.read(lang) if m.context]
        assert len(codes) == len(set(codes)), lang


def test_every_dutch_entry_follows_its_english_source() -> None:
    """Missing, stale (fuzzy, or made for another English text), empty or with other placeholders."""
    found = catalogues.problems(catalogues.read("en"), catalogues.read("nl"))
    assert found == {"missing": [], "obsolete": [], "stale": [], "empty": [], "placeholders": []}


def _reread(lang: str) -> Catalog:
    with catalogues.FILES[lang].open("rb") as stream:
        return read_po(stream)


def test_a_changed_english_text_makes_its_dutch_entry_stale() -> None:
    template, dutch = _reread("en"), _reread("nl")
    old = next(m for m in template if m.context == "E108")
    template.delete(old.id, "E108")
    template.add(old.id + " (reworded)", context="E108")
    assert catalogues.problems(template, dutch)["stale"] == ["E108"]
    dutch.update(template)  # what Poedit's "update from POT" does: the entry becomes fuzzy
    assert next(m for m in dutch if m.context == "E108").fuzzy
    assert catalogues.problems(template, dutch)["stale"] == ["E108"]


def test_missing_entries_and_other_placeholders_are_found() -> None:
    template, dutch = _reread("en"), _reread("nl")
    entry = next(m for m in dutch if m.context == "E102")
    entry.string = entry.string.replace("{name}", "{naam}")
    removed = next(m for m in dutch if m.context == "E108")
    dutch.delete(removed.id, "E108")
    found = catalogues.problems(template, dutch)
    assert found["missing"] == ["E108"] and found["placeholders"] == ["E102"]


def test_compiled_catalogues_say_the_same_as_their_sources(tmp_path) -> None:
    from toc.i18n.compiler import compile_catalogues, read_source

    for path in compile_catalogues(catalogues.FOLDER, tmp_path):
        lang = path.stem
        compiled = i18n._read_compiled(path)
        assert compiled == read_source(catalogues.FILES[lang], lang)
        assert len(compiled) > 500
