"""English and Dutch catalogues agree, and every code the code uses has both texts."""

from __future__ import annotations

import re
from pathlib import Path

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
    missing = sorted(code for code in used if not i18n.has(code) and code not in {"E009"})
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


def test_no_key_is_defined_by_two_areas() -> None:
    import importlib
    import pkgutil

    from toc import i18n as package

    for lang in i18n.LANGUAGES:
        owners: dict[str, str] = {}
        for module in pkgutil.iter_modules(package.__path__):
            if module.name.endswith(f"_{lang}"):
                messages = importlib.import_module(f"toc.i18n.{module.name}").MESSAGES
                for key in messages:
                    assert key not in owners, f"{key} is in both {owners[key]} and {module.name}"
                    owners[key] = module.name
