"""The bilingual vocabulary of the language: keywords, attributes and their values."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import cached_property

from toc.model.kinds import CONDITION_KINDS, NODE_FIELDS, RESULT_KINDS, NodeKind


@dataclass(frozen=True)
class Word:
    """A canonical English word with its Dutch form and any further aliases."""

    en: str
    nl: str
    aliases: tuple[str, ...] = ()

    @cached_property
    def spellings(self) -> tuple[str, ...]:
        # Asked for each statement of a large theory: made once per word.
        return (self.en, self.nl, *self.aliases)

    def spelt(self, lang: str) -> str:
        """How a theory in `lang` writes the word."""
        return self.nl if lang == "nl" else self.en


# Statement keywords ---------------------------------------------------------

NODE_WORDS: dict[NodeKind, Word] = {
    NodeKind.ACTOR: Word("actor", "actor", ("betrokkene",)),
    NodeKind.VALUE: Word("value", "waarde"),
    NodeKind.INTERVENTION: Word("intervention", "interventie", ("activity", "activiteit")),
    NodeKind.INPUT: Word("input", "inzet"),
    NodeKind.OUTPUT: Word("output", "prestatie"),
    NodeKind.MECHANISM: Word("mechanism", "mechanisme"),
    NodeKind.CONTEXT: Word("context", "context", ("omstandigheid",)),
    NodeKind.OUTCOME: Word("outcome", "uitkomst"),
    NodeKind.IMPACT: Word("impact", "impact", ("maatschappelijk_effect",)),
    NodeKind.EFFECT: Word("effect", "effect", ("neveneffect",)),
    NodeKind.EXTERNAL: Word("external", "extern"),
    NodeKind.ASSUMPTION: Word("assumption", "aanname"),
}
THEORY = Word("theory", "theorie")
USE = Word("use", "gebruik")
COUNTERFACTUAL = Word("counterfactual", "tegenfeitelijk", ("contrafeitelijk",))
INDICATOR = Word("indicator", "indicator")
GROUP = Word("group", "groep")


# Enumerated values ----------------------------------------------------------

ENUMS: dict[str, dict[str, Word]] = {
    "role": {
        "participant": Word("participant", "deelnemer"),
        "implementer": Word("implementer", "uitvoerder"),
        "funder": Word("funder", "financier"),
        "policymaker": Word("policymaker", "beleidsmaker"),
        "partner": Word("partner", "partner"),
        "volunteer": Word("volunteer", "vrijwilliger"),
        "researcher": Word("researcher", "onderzoeker"),
        "other": Word("other", "overig"),
    },
    "influence": {
        "enabling": Word("enabling", "bevorderend"),
        "hindering": Word("hindering", "belemmerend"),
    },
    "horizon": {
        "during": Word("during", "tijdens"),
        "short": Word("short", "kort"),
        "medium": Word("medium", "middellang"),
        "long": Word("long", "lang"),
    },
    "level": {
        "person": Word("person", "persoon"),
        "group": Word("group", "groep"),
        "community": Word("community", "gemeenschap"),
        "system": Word("system", "systeem"),
    },
    "track": {
        "efficiency": Word("efficiency", "doelmatigheid"),
        "meaning": Word("meaning", "betekenisgeving"),
        "craft": Word("craft", "vakmanschap"),
    },
    "indicator_kind": {
        "number": Word("number", "getal"),
        "story": Word("story", "verhaal"),
    },
    "risk": {
        "low": Word("low", "laag"),
        "medium": Word("medium", "middel"),
        "high": Word("high", "hoog"),
        "unrated": Word("unrated", "onbeoordeeld"),
    },
    "evidence": {
        "strong": Word("strong", "sterk"),
        "moderate": Word("moderate", "matig"),
        "weak": Word("weak", "zwak"),
        "untested": Word("untested", "ongetoetst"),
        "unrated": Word("unrated", "onbeoordeeld"),
    },
    # the words an indicator's baseline or target may take besides a figure
    "measure": {
        "unknown": Word("unknown", "onbekend"),
    },
    "aim": {
        "more": Word("more", "meer", ("increase", "toename")),
        "less": Word("less", "minder", ("reduce", "afname")),
    },
    "loop": {
        "reinforcing": Word("reinforcing", "versterkend"),
        "balancing": Word("balancing", "balancerend"),
    },
    "delay": {
        "short": Word("short", "kort"),
        "long": Word("long", "lang"),
    },
    "lang": {
        "en": Word("en", "en"),
        "nl": Word("nl", "nl"),
    },
}


# Attributes -----------------------------------------------------------------


class ValueType(str, Enum):
    """What an attribute's value must look like."""

    TEXT = "text"
    ENUM = "enum"
    REFS = "refs"
    NUMBER = "number"
    PERCENT = "percent"
    # a number, a percentage or `unknown` (an indicator's baseline and target)
    MEASURE = "measure"
    # a percentage, or a text in the source's own words (a link's confidence)
    PERCENT_OR_TEXT = "percent_or_text"
    # elements or groups, of any kind (a group's members)
    MEMBERS = "members"


@dataclass(frozen=True)
class Attribute:
    """An attribute a statement may carry: its spelling, value type and model field."""

    word: Word
    type: ValueType
    field: str
    enum: str | None = None
    ref_kinds: tuple[NodeKind, ...] = ()
    many: bool = False
    # PERCENT_OR_TEXT: the model field that keeps the words when a text is given
    text_field: str | None = None


@dataclass(frozen=True)
class Flag:
    """A bare word that sets a yes/no property, e.g. `unintended`."""

    word: Word
    field: str
    value: bool


def _text(en: str, nl: str, field: str | None = None) -> Attribute:
    return Attribute(Word(en, nl), ValueType.TEXT, field or en)


def _enum(en: str, nl: str, enum: str, field: str | None = None) -> Attribute:
    return Attribute(Word(en, nl), ValueType.ENUM, field or en, enum=enum)


def _refs(en: str, nl: str, kinds: tuple[NodeKind, ...], field: str | None = None) -> Attribute:
    return Attribute(Word(en, nl), ValueType.REFS, field or en, ref_kinds=kinds, many=True)


def _percent(en: str, nl: str) -> Attribute:
    return Attribute(Word(en, nl), ValueType.PERCENT, en)


DESCRIPTION = _text("description", "beschrijving")
EVIDENCE = _enum("evidence", "bewijs", "evidence")
SOURCE = _text("source", "bron")
ASSUMES = _refs("assumes", "veronderstelt", (NodeKind.ASSUMPTION,))

THEORY_ATTRIBUTES = (
    _text("version", "versie"),
    _text("scope", "reikwijdte"),
    _enum("lang", "taal", "lang"),
    DESCRIPTION,
    SOURCE,
    EVIDENCE,
    ASSUMES,
)

_DOERS = _refs("by", "door", (NodeKind.ACTOR,))
_SERVES = _refs("serves", "dient", (NodeKind.VALUE,))
_FOR = _refs("for", "voor", (NodeKind.ACTOR,), field="for_actors")

RESULT_ATTRIBUTES = (
    DESCRIPTION,
    _enum("horizon", "termijn", "horizon"),
    _enum("level", "niveau", "level"),
    _enum("track", "spoor", "track"),
    _enum("aim", "streven", "aim"),
    _refs("valued_by", "gewaardeerd_door", (NodeKind.ACTOR,)),
    _FOR,
    _SERVES,
    ASSUMES,
)

# Every node attribute by the model field it sets.
_NODE_ATTRIBUTE_BY_FIELD: dict[str, Attribute] = {
    attribute.field: attribute
    for attribute in (*RESULT_ATTRIBUTES, _DOERS, _enum("role", "rol", "role"),
                      _enum("kind", "soort", "influence", field="influence"),
                      _enum("risk", "risico", "risk"), EVIDENCE, SOURCE)
}
NODE_ATTRIBUTES: dict[NodeKind, tuple[Attribute, ...]] = {
    kind: tuple(_NODE_ATTRIBUTE_BY_FIELD[name] for name in fields)
    for kind, fields in NODE_FIELDS.items()
}

RESULT_FLAGS = (
    Flag(Word("intended", "bedoeld"), "intended", True),
    Flag(Word("unintended", "onbedoeld"), "intended", False),
    Flag(Word("positive", "positief"), "positive", True),
    Flag(Word("negative", "negatief"), "positive", False),
    Flag(Word("direct", "direct"), "direct", True),
    Flag(Word("indirect", "indirect"), "direct", False),
)

LINK_ATTRIBUTES = (
    _refs("when", "als", CONDITION_KINDS),
    _FOR,
    ASSUMES,
    EVIDENCE,
    Attribute(Word("confidence", "vertrouwen"), ValueType.PERCENT_OR_TEXT, "confidence",
              text_field="confidence_wording"),
    SOURCE,
    _enum("loop", "lus", "loop"),
    _enum("delay", "vertraging", "delay"),
    _text("label", "label"),
)

COUNTERFACTUAL_TARGET_KINDS = RESULT_KINDS
COUNTERFACTUAL_ATTRIBUTES = (
    _percent("deadweight", "sowieso"),
    _percent("attribution", "toerekening"),
    _percent("displacement", "verplaatsing"),
    _percent("drop_off", "uitdoving"),
    _refs(
        "contributors",
        "bijdragers",
        (NodeKind.EXTERNAL, NodeKind.INTERVENTION, NodeKind.ACTOR),
    ),
)

INDICATOR_ATTRIBUTES = (
    _enum("kind", "soort", "indicator_kind"),
    DESCRIPTION,
    Attribute(Word("baseline", "nulmeting"), ValueType.MEASURE, "baseline", enum="measure"),
    Attribute(Word("target", "streefwaarde"), ValueType.MEASURE, "target", enum="measure"),
    _text("unit", "eenheid"),
    # Logframes call it the means of verification.
    Attribute(Word("source", "bron", ("verification", "verificatie")), ValueType.TEXT, "source"),
    _text("timing", "meetmoment"),
    _DOERS,
)
# `baseline: unknown`: not known yet, said on purpose.
UNKNOWN = ENUMS["measure"]["unknown"]
# Units that mean a `%` on a baseline or target is consistent.
PERCENT_UNITS = ("%", "percent", "procent", "percentage")

GROUP_ATTRIBUTES = (
    Attribute(Word("members", "leden"), ValueType.MEMBERS, "members", many=True),
    DESCRIPTION,
)


def index(words: dict[str, Word] | list[Word]) -> dict[str, str]:
    """Map every spelling of some words to their canonical English form."""
    items = words.values() if isinstance(words, dict) else words
    return {spelling: word.en for word in items for spelling in word.spellings}


NODE_KIND_BY_WORD: dict[str, NodeKind] = {
    spelling: kind for kind, word in NODE_WORDS.items() for spelling in word.spellings
}


def attribute_index(attributes: tuple[Attribute, ...]) -> dict[str, Attribute]:
    """Map every spelling of the given attributes to the attribute."""
    return {spelling: a for a in attributes for spelling in a.word.spellings}


def flag_index(flags: tuple[Flag, ...]) -> dict[str, Flag]:
    """Map every spelling of the given flags to the flag."""
    return {spelling: f for f in flags for spelling in f.word.spellings}


def enum_value(enum: str, spelling: str) -> str | None:
    """Return the canonical value of an enumeration for any spelling, or None."""
    return _ENUM_VALUES[enum].get(spelling)


# Every spelling of every enumerated value, by enumeration: the first word that has it wins.
_ENUM_VALUES: dict[str, dict[str, str]] = {
    enum: {spelling: canonical for canonical, word in reversed(words.items()) for spelling in word.spellings}
    for enum, words in ENUMS.items()
}


def word_for(kind: NodeKind, lang: str = "en") -> str:
    """Return the keyword of a node kind in a language."""
    word = NODE_WORDS[kind]
    return word.nl if lang == "nl" else word.en


def all_keywords() -> list[str]:
    """Every statement keyword in every spelling (for editors and docs)."""
    words = [*NODE_WORDS.values(), THEORY, USE, COUNTERFACTUAL, INDICATOR, GROUP]
    return sorted({s for w in words for s in w.spellings})
