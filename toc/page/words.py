"""The page's words in the reader's language: its own texts, kinds, field names and values.

Field names come from the catalogue when the page has a better word for them
(`page.field.PART.NAME` for one kind of part, such as an indicator's `by`, else
`page.field.NAME`), else from the language's own vocabulary (the attribute's
English or Dutch keyword), else from the field's name; so a field added to the
model later is still shown, in both languages, without a change here.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from toc import i18n
from toc.language import vocabulary
from toc.language.vocabulary import ENUMS, RESULT_FLAGS, Attribute, Word
from toc.model.kinds import NodeKind


def t(key: str, lang: str, **values: object) -> str:
    """A text of the page (`page.KEY`) in a language, filled with plain values."""
    return i18n.text(f"page.{key}", lang, **values)


def spoken(word: Word, lang: str) -> str:
    """A keyword as words: the Dutch or English spelling, underscores as spaces."""
    return (word.nl if lang == "nl" else word.en).replace("_", " ")


def kind_name(kind: NodeKind, lang: str) -> str:
    return i18n.text(f"kind.{kind.value}", lang)


@cache
def _attributes() -> dict[str, Attribute]:
    """Every attribute the language knows, by the model field it sets (the first one wins)."""
    found: dict[str, Attribute] = {}
    for value in vars(vocabulary).values():
        for known in _within(value):
            found.setdefault(known.field, known)
    return found


def _within(value: object) -> Iterator[Attribute]:
    """The attributes in a value of the vocabulary: itself, or inside its tuples and tables."""
    if isinstance(value, Attribute):
        yield value
    elif isinstance(value, (tuple, list)):
        for member in value:
            yield from _within(member)
    elif isinstance(value, dict):
        for member in value.values():
            yield from _within(member)


def attribute(field: str) -> Attribute | None:
    """The language's attribute that sets a model field, if there is one."""
    return _attributes().get(field)


def wording_of(field: str) -> Attribute | None:
    """The attribute whose value a field keeps in the authors' own words (`confidence: "may increase"`)."""
    return next((known for known in _attributes().values() if known.text_field == field), None)


def field_label(field: str, lang: str, part: str | None = None) -> str:
    """What a field is called on the page; `part` (indicator, link, theory...) may have its own word."""
    for key in ([f"page.field.{part}.{field}"] if part else []) + [f"page.field.{field}"]:
        if i18n.has(key):
            return i18n.text(key, lang)
    worded = wording_of(field)
    if worded is not None:
        return field_label(worded.field, lang, part)  # one fact, in numbers or in words
    known = attribute(field)
    if known is not None:
        return spoken(known.word, lang).capitalize()
    return field.replace("_", " ").capitalize()


def inverse_label(field: str, lang: str) -> str:
    """What a reference field means seen from the element it names: `by` → "carries out"."""
    key = f"page.inverse.{field}"
    if i18n.has(key):
        return i18n.text(key, lang)
    return t("inverse.other", lang, field=field_label(field, lang).lower())


def enum_name(field: str) -> str | None:
    """The enumeration a field's values come from, if the language or the page names one."""
    known = attribute(field)
    if known is not None and known.enum:
        return known.enum
    if field in ENUMS or field in _PAGE_ENUMS:
        return field
    return None


# Fixed values the language writes with symbols rather than words (`->`, `-|`).
_PAGE_ENUMS = frozenset({"polarity"})


def value_word(field: str, value: str, lang: str) -> str:
    """An enumerated value in words: the page's own (`short term`), else the keyword (`ongetoetst`)."""
    key = f"page.value.{field}.{value}"
    if i18n.has(key):
        return i18n.text(key, lang)  # the page has more words for it than the keyword
    word = ENUMS.get(enum_name(field) or "", {}).get(value)
    return spoken(word, lang) if word is not None else value


def flag_word(field: str, value: bool, lang: str) -> str:
    """A yes/no property as its flag (`unintended`), or plainly yes or no."""
    for flag in RESULT_FLAGS:
        if flag.field == field and flag.value == value:
            return spoken(flag.word, lang)
    return t("yes" if value else "no", lang)


def number(value: float) -> str:
    """A number without needless decimals."""
    return f"{value:g}"
