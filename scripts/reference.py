"""The bilingual vocabulary as Markdown tables, for both language reference pages (kept in sync by a test)."""

from __future__ import annotations

from toc.language.vocabulary import (
    COUNTERFACTUAL,
    COUNTERFACTUAL_ATTRIBUTES,
    ENUMS,
    GROUP,
    GROUP_ATTRIBUTES,
    INDICATOR,
    INDICATOR_ATTRIBUTES,
    LINK_ATTRIBUTES,
    NODE_ATTRIBUTES,
    NODE_WORDS,
    RESULT_FLAGS,
    THEORY,
    THEORY_ATTRIBUTES,
    USE,
    Attribute,
    Word,
)
from toc.model import INDICATOR_KINDS, RESULT_KINDS, NodeKind

BEGIN_PREFIX = "<!-- vocabulary:begin"
BEGIN = (f"{BEGIN_PREFIX} (generated from toc/language/vocabulary.py; "
         "TOC_UPDATE_GOLDEN=1 pytest tests/test_docs.py rewrites it) -->")
END = "<!-- vocabulary:end -->"

# The few words of the tables themselves; everything else comes from the vocabulary.
TEXTS = {
    "en": {
        "statements": "Statements", "attributes": "Attributes", "values": "Values",
        "flags": "Flags ({kinds})", "this": "English", "other": "Dutch", "also": "also",
        "declares": "what it declares", "allowed": "allowed on", "for": "for",
        "node": "a node of kind {kind}", "theory": "the theory header", "use": "an included file",
        "counterfactual": "what would have happened anyway",
        "indicator": "an indicator, inside {kinds}",
        "group": "a box around nodes and groups, claiming no cause",
        "place.theory": "theory", "place.link": "link", "place.counterfactual": "counterfactual",
        "place.indicator": "indicator", "place.group": "group",
    },
    "nl": {
        "statements": "Regels", "attributes": "Attributen", "values": "Waarden",
        "flags": "Vlaggen ({kinds})", "this": "Nederlands", "other": "Engels", "also": "ook",
        "declares": "wat het beschrijft", "allowed": "mag staan bij", "for": "bij",
        "node": "een element van de soort {kind}", "theory": "de kop van de theorie",
        "use": "een ingevoegd bestand", "counterfactual": "wat er zonder het programma ook was gebeurd",
        "indicator": "een indicator, in {kinds}",
        "group": "een kader om elementen en groepen, zonder oorzaak te beweren",
        "place.theory": "theorie", "place.link": "verband", "place.counterfactual": "tegenfeitelijk",
        "place.indicator": "indicator", "place.group": "groep",
    },
}


def _spell(word: Word, lang: str) -> str:
    return word.nl if lang == "nl" else word.en


def _other(word: Word, lang: str) -> str:
    return word.en if lang == "nl" else word.nl


def _kinds(kinds: tuple[NodeKind, ...], lang: str) -> str:
    return ", ".join(_spell(NODE_WORDS[kind], lang) for kind in kinds)


# Every word that can start a statement (or a statement inside braces).
STATEMENT_WORDS = (*NODE_WORDS.values(), THEORY, USE, COUNTERFACTUAL, INDICATOR, GROUP)


def attribute_places(lang: str) -> list[tuple[str, tuple[Attribute, ...]]]:
    """Every place that takes attributes, named in a language, with its attributes."""
    text = TEXTS[lang]
    return [(text["place.theory"], THEORY_ATTRIBUTES),
            *((_spell(NODE_WORDS[kind], lang), attributes) for kind, attributes in NODE_ATTRIBUTES.items()),
            (text["place.link"], LINK_ATTRIBUTES),
            (text["place.counterfactual"], COUNTERFACTUAL_ATTRIBUTES),
            (text["place.indicator"], INDICATOR_ATTRIBUTES),
            (text["place.group"], GROUP_ATTRIBUTES)]


def _row(word: Word, lang: str, where: str) -> str:
    aliases = ", ".join(f"`{a}`" for a in word.aliases)
    return f"| `{_spell(word, lang)}` | `{_other(word, lang)}` | {aliases} | {where} |"


def _statements(lang: str) -> list[str]:
    text = TEXTS[lang]
    lines = [f"### {text['statements']}", "",
             f"| {text['this']} | {text['other']} | {text['also']} | {text['declares']} |",
             "| --- | --- | --- | --- |"]
    for word in NODE_WORDS.values():
        lines.append(_row(word, lang, text["node"].format(kind=_spell(word, lang))))
    return lines + [_row(THEORY, lang, text["theory"]), _row(USE, lang, text["use"]),
                    _row(COUNTERFACTUAL, lang, text["counterfactual"]),
                    _row(INDICATOR, lang, text["indicator"].format(kinds=_kinds(INDICATOR_KINDS, lang))),
                    _row(GROUP, lang, text["group"])]


def _attributes(lang: str) -> list[str]:
    text = TEXTS[lang]
    # One row per spelling (with its aliases), listing every place that takes it.
    seen: dict[Word, list[str]] = {}
    for place, attributes in attribute_places(lang):
        for attribute in attributes:
            seen.setdefault(attribute.word, []).append(place)
    lines = ["", f"### {text['attributes']}", "",
             f"| {text['this']} | {text['other']} | {text['also']} | {text['allowed']} |",
             "| --- | --- | --- | --- |"]
    for word, places in seen.items():
        aliases = ", ".join(f"`{a}:`" for a in word.aliases)
        lines.append(f"| `{_spell(word, lang)}:` | `{_other(word, lang)}:` | {aliases} | "
                     f"{', '.join(dict.fromkeys(places))} |")
    return lines


def _flags(lang: str) -> list[str]:
    text = TEXTS[lang]
    lines = ["", f"### {text['flags'].format(kinds=_kinds(RESULT_KINDS, lang))}", "",
             f"| {text['this']} | {text['other']} |", "| --- | --- |"]
    return lines + [f"| `{_spell(flag.word, lang)}` | `{_other(flag.word, lang)}` |" for flag in RESULT_FLAGS]


def _enum_users(lang: str) -> dict[str, str]:
    """For each list of values, the attributes that take it (with their place where a spelling is shared)."""
    users: dict[str, dict[str, list[str]]] = {}
    enums_of: dict[str, set[str]] = {}
    for place, attributes in attribute_places(lang):
        for attribute in attributes:
            if attribute.enum:
                spelling = f"`{_spell(attribute.word, lang)}:`"
                users.setdefault(attribute.enum, {}).setdefault(spelling, []).append(place)
                enums_of.setdefault(spelling, set()).add(attribute.enum)
    return {enum: ", ".join(spelling if len(enums_of[spelling]) == 1
                            else f"{spelling} ({', '.join(dict.fromkeys(places))})"
                            for spelling, places in by_spelling.items())
            for enum, by_spelling in users.items()}


def _values(lang: str) -> list[str]:
    text = TEXTS[lang]
    users = _enum_users(lang)
    lines = ["", f"### {text['values']}", "",
             f"| {text['for']} | {text['this']} | {text['other']} | {text['also']} |",
             "| --- | --- | --- | --- |"]
    for name, words in ENUMS.items():
        for word in words.values():
            aliases = ", ".join(f"`{a}`" for a in word.aliases)
            lines.append(f"| {users[name]} | `{_spell(word, lang)}` | `{_other(word, lang)}` | {aliases} |")
    return lines


def vocabulary_tables(lang: str = "en") -> str:
    """Return the keyword, attribute and value tables, led by the page's own language."""
    lines = [*_statements(lang), *_attributes(lang), *_flags(lang), *_values(lang)]
    return "\n".join([BEGIN, *lines, END])


def replace_tables(markdown: str, lang: str = "en") -> str:
    """Return a Markdown text with its generated block replaced by the current tables."""
    start, end = markdown.index(BEGIN_PREFIX), markdown.index(END) + len(END)
    return markdown[:start] + vocabulary_tables(lang) + markdown[end:]
