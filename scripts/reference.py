"""The bilingual vocabulary as Markdown tables, for docs/language.md (kept in sync by a test)."""

from __future__ import annotations

from toc.language.vocabulary import (
    COUNTERFACTUAL,
    COUNTERFACTUAL_ATTRIBUTES,
    ENUMS,
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

BEGIN = ("<!-- vocabulary:begin (generated from toc/vocabulary.py; "
         "TOC_UPDATE_GOLDEN=1 pytest tests/test_docs.py rewrites it) -->")
END = "<!-- vocabulary:end -->"


def _row(word: Word, where: str) -> str:
    aliases = ", ".join(f"`{a}`" for a in word.aliases)
    return f"| `{word.en}` | `{word.nl}` | {aliases} | {where} |"


def _attributes(attributes: tuple[Attribute, ...], where: str, seen: dict[str, list[str]]) -> None:
    for attribute in attributes:
        key = f"{attribute.word.en}|{attribute.word.nl}"
        seen.setdefault(key, []).append(where)


def vocabulary_tables() -> str:
    """Return the keyword, attribute and value tables in English and Dutch."""
    lines = ["### Statements", "", "| English | Dutch | also | what it declares |",
             "| --- | --- | --- | --- |"]
    for kind, word in NODE_WORDS.items():
        lines.append(_row(word, f"a node of kind {kind.value}"))
    lines += [_row(THEORY, "the theory header"), _row(USE, "an included file"),
              _row(COUNTERFACTUAL, "what would have happened anyway"),
              _row(INDICATOR, "an indicator, inside an outcome, impact or effect")]
    seen: dict[str, list[str]] = {}
    _attributes(THEORY_ATTRIBUTES, "theory", seen)
    for kind, attributes in NODE_ATTRIBUTES.items():
        _attributes(attributes, kind.value, seen)
    _attributes(LINK_ATTRIBUTES, "link", seen)
    _attributes(COUNTERFACTUAL_ATTRIBUTES, "counterfactual", seen)
    _attributes(INDICATOR_ATTRIBUTES, "indicator", seen)
    lines += ["", "### Attributes", "", "| English | Dutch | allowed on |", "| --- | --- | --- |"]
    for key, places in seen.items():
        en, nl = key.split("|")
        lines.append(f"| `{en}:` | `{nl}:` | {', '.join(dict.fromkeys(places))} |")
    lines += ["", "### Flags (outcome, impact, effect)", "", "| English | Dutch |", "| --- | --- |"]
    lines += [f"| `{flag.word.en}` | `{flag.word.nl}` |" for flag in RESULT_FLAGS]
    lines += ["", "### Values", "", "| list | English | Dutch |", "| --- | --- | --- |"]
    for name, words in ENUMS.items():
        for word in words.values():
            lines.append(f"| {name} | `{word.en}` | `{word.nl}` |")
    return "\n".join([BEGIN, *lines, END])


def replace_tables(markdown: str) -> str:
    """Return a Markdown text with its generated block replaced by the current tables."""
    start, end = markdown.index(BEGIN), markdown.index(END) + len(END)
    return markdown[:start] + vocabulary_tables() + markdown[end:]
