"""The TextMate grammar for editors, generated from the grammar's terminals and the bilingual vocabulary."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from typing import Any

from toc.language import vocabulary as v
from toc.language.lexicon import ESCAPE, ESCAPES
from toc.language.parser import lexicon

SCOPE = "source.toc"
# Python's regular expressions spelt the way Oniguruma (the engine of TextMate and
# VS Code) spells them; everything else the grammar's terminals use means the same in both.
_ONIGURUMA = ((re.compile(r"\(\?P<"), "(?<"), (re.compile(r"\(\?P=(\w+)\)"), r"\\k<\1>"),
              (re.compile(r"(?<!\\)((?:\\\\)*)\\Z"), r"\1\\z"))


def oniguruma(pattern: str) -> str:
    """A Python regular expression from the grammar, as Oniguruma reads it."""
    for python, onig in _ONIGURUMA:
        pattern = python.sub(onig, pattern)
    return pattern


_SHAPE = lexicon()
NAME = oniguruma(_SHAPE.terminals["NAME"].pattern)
_NUMBER = oniguruma(_SHAPE.terminals["NUMBER"].pattern)
_COMMENT = oniguruma(_SHAPE.terminals["COMMENT"].pattern)
_QUOTE = _SHAPE.quote  # plain characters, never special in a regular expression
_MARK = _SHAPE.comment_mark
# A name list such as `generations, poverty` (the targets of a counterfactual).
_NAME_LIST = rf"(?:{NAME}\s*(?:,\s*{NAME}\s*)*)?"
# Where a value inside `key: value, value` ends: right after a value's last character
# when no comma follows, before the block's `}`, or before the next `key:`.
_PAIR_END = rf"(?<=[\w{_QUOTE}%])(?!\s*,)|(?=\}})|(?=\b{NAME}\s*:)"


def _comment_rule() -> dict:
    """COMMENT of the grammar, with its first character (the `#`) as punctuation."""
    rest = _COMMENT[len(_SHAPE.comment_mark):]
    return {
        "match": f"({_MARK}){rest}",
        "name": "comment.line.number-sign.toc",
        "captures": {"1": {"name": "punctuation.definition.comment.toc"}},
    }


def _string_rule() -> dict:
    """STRING of the grammar, as begin and end so that escapes get scopes of their own."""
    known = "".join(re.escape(char) for char in ESCAPES)
    return {
        "begin": _QUOTE,
        "beginCaptures": {"0": {"name": "punctuation.definition.string.begin.toc"}},
        # A text stays on one line: an unclosed quote ends at the line's end.
        "end": f"{_QUOTE}|$",
        "endCaptures": {"0": {"name": "punctuation.definition.string.end.toc"}},
        "name": "string.quoted.double.toc",
        "patterns": [
            {"match": rf"\\[{known}]", "name": "constant.character.escape.toc"},
            {"match": oniguruma(ESCAPE.pattern), "name": "invalid.illegal.unknown-escape.toc"},
        ],
    }


def _number_rule() -> dict:
    """NUMBER of the grammar, told apart by its `%`, and not inside a name or another number."""
    return {"patterns": [
        {"match": rf"(?<![\w.])(?:{_NUMBER})(?<=%)(?!\w)", "name": "constant.numeric.percentage.toc"},
        {"match": rf"(?<![\w.])(?:{_NUMBER})(?<!%)(?![\w%])", "name": "constant.numeric.toc"},
    ]}


def _alternation(spellings: set[str] | list[str] | tuple[str, ...]) -> str:
    """A regex alternation of words, longest first so no word shadows a longer one."""
    words = sorted(set(spellings), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in words)


def _all_attributes() -> list[v.Attribute]:
    """Every attribute of every statement, in vocabulary order."""
    groups = [v.THEORY_ATTRIBUTES, *v.NODE_ATTRIBUTES.values(), v.LINK_ATTRIBUTES,
              v.COUNTERFACTUAL_ATTRIBUTES, v.INDICATOR_ATTRIBUTES, v.GROUP_ATTRIBUTES]
    return [attribute for group in groups for attribute in group]


def _value_kinds() -> dict[tuple[bool, frozenset[str]], set[str]]:
    """Group attribute spellings by what their values may be: (ids or not, enumerations).

    One spelling can name different attributes on different statements (`kind:` of a
    context takes enabling/hindering, of an indicator number/story), so the kinds of
    value are merged per spelling before spellings with the same kinds are grouped.
    Texts and numbers need no group of their own: strings and numbers are known anywhere.
    """
    refs: dict[str, bool] = defaultdict(bool)
    enums: dict[str, set[str]] = defaultdict(set)
    for attribute in _all_attributes():
        for spelling in attribute.word.spellings:
            refs[spelling] |= attribute.type in (v.ValueType.REFS, v.ValueType.MEMBERS)
            if attribute.enum:
                enums[spelling].add(attribute.enum)
    grouped: dict[tuple[bool, frozenset[str]], set[str]] = defaultdict(set)
    for spelling in refs:
        grouped[(refs[spelling], frozenset(enums[spelling]))].add(spelling)
    return grouped


def _enum_words(enums: frozenset[str]) -> set[str]:
    return {s for enum in enums for word in v.ENUMS[enum].values() for s in word.spellings}


def _pair_rule(spellings: set[str], refs: bool, enums: frozenset[str]) -> dict:
    """`key: value, value` for a group of attribute spellings whose values look alike."""
    patterns: list[dict[str, Any]] = [{"include": "#comment"}, {"include": "#string"},
                                      {"include": "#number"}, {"include": "#comma"}]
    if enums:
        patterns.append({"match": rf"\b(?:{_alternation(_enum_words(enums))})\b",
                         "name": "constant.language.enum.toc"})
    if refs:
        patterns.append({"include": "#node-reference"})
    else:
        patterns.append({"match": NAME, "name": "meta.value.unknown.toc"})
    return {
        "begin": rf"\b({_alternation(spellings)})\s*(:)",
        "beginCaptures": {"1": {"name": "support.type.property-name.toc"},
                          "2": {"name": "punctuation.separator.key-value.toc"}},
        "end": _PAIR_END,
        "name": "meta.attribute.toc",
        "patterns": patterns,
    }


def _declaration_rules() -> list[dict]:
    """`outcome skills "..."`: one rule per node kind, so themes can tell kinds apart."""
    rules = []
    kinds = [(kind.value, word) for kind, word in v.NODE_WORDS.items()] + [("group", v.GROUP)]
    for kind, word in kinds:
        rules.append({
            "match": rf"\b({_alternation(word.spellings)})\s+({NAME})(?=\s*{_QUOTE})",
            "captures": {"1": {"name": f"keyword.other.declaration.{kind}.toc"},
                         "2": {"name": f"entity.name.type.{kind}.toc"}},
        })
    return rules


def _flags() -> set[str]:
    return {s for flag in v.RESULT_FLAGS for s in flag.word.spellings}


def grammar() -> dict[str, Any]:
    """Build the TextMate grammar as a JSON-ready dictionary."""
    pairs = [_pair_rule(spellings, refs, enums)
             for (refs, enums), spellings in sorted(_value_kinds().items(),
                                                     key=lambda item: sorted(item[1]))]
    return {
        "$schema": "https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json",
        "name": "Theory of change",
        "scopeName": SCOPE,
        "fileTypes": ["toc"],
        "comment": "Generated by scripts/gen_tmlanguage.py from grammar/toc.lark and "
                   "toc/language/vocabulary.py; do not edit.",
        "patterns": [
            {"include": "#comment"},
            {"include": "#header"},
            {"include": "#declaration"},
            {"include": "#counterfactual"},
            {"include": "#attributes"},
            {"include": "#string"},
            {"include": "#arrow"},
            {"include": "#comma"},
            {"include": "#number"},
            {"include": "#node-reference"},
        ],
        "repository": {
            "comment": _comment_rule(),
            "string": _string_rule(),
            "header": {"patterns": [
                {"match": rf"\b({_alternation(v.THEORY.spellings)})\b(?=\s*{_QUOTE})",
                 "captures": {"1": {"name": "keyword.other.theory.toc"}}},
                {"match": rf"\b({_alternation(v.USE.spellings)})\b(?=\s*{_QUOTE})",
                 "captures": {"1": {"name": "keyword.control.import.toc"}}},
            ]},
            "declaration": {"patterns": _declaration_rules()},
            "counterfactual": {
                "match": rf"\b({_alternation(v.COUNTERFACTUAL.spellings)})\b"
                         rf"(?=\s*{_NAME_LIST}(?:\{{|{_MARK}|$))",
                "captures": {"1": {"name": "keyword.other.counterfactual.toc"}},
            },
            "attributes": {
                "begin": r"\{",
                "beginCaptures": {"0": {"name": "punctuation.section.block.begin.toc"}},
                "end": r"\}",
                "endCaptures": {"0": {"name": "punctuation.section.block.end.toc"}},
                "name": "meta.block.attributes.toc",
                "patterns": [
                    {"include": "#comment"},
                    {"include": "#indicator"},
                    *pairs,
                    {"include": "#unknown-attribute"},
                    {"include": "#flag"},
                    {"include": "#attributes"},
                    {"include": "#string"},
                    {"include": "#number"},
                    {"include": "#comma"},
                ],
            },
            "indicator": {
                "match": rf"\b({_alternation(v.INDICATOR.spellings)})\b(?=\s*{_QUOTE})",
                "captures": {"1": {"name": "keyword.other.indicator.toc"}},
            },
            "unknown-attribute": {
                "begin": rf"\b({NAME})\s*(:)",
                "beginCaptures": {"1": {"name": "entity.other.attribute-name.toc"},
                                  "2": {"name": "punctuation.separator.key-value.toc"}},
                "end": _PAIR_END,
                "name": "meta.attribute.toc",
                "patterns": [{"include": "#comment"}, {"include": "#string"},
                             {"include": "#number"}, {"include": "#comma"},
                             {"include": "#node-reference"}],
            },
            "flag": {
                "match": rf"\b(?:{_alternation(_flags())})\b(?!\s*:)",
                "name": "storage.modifier.flag.toc",
            },
            "arrow": {"patterns": [
                {"match": "->", "name": "keyword.operator.arrow.causes.toc"},
                {"match": r"-\|", "name": "keyword.operator.arrow.hinders.toc"},
            ]},
            "comma": {"match": ",", "name": "punctuation.separator.comma.toc"},
            "number": _number_rule(),
            "node-reference": {"match": NAME, "name": "variable.other.node.toc"},
        },
    }


def render() -> str:
    """The grammar as the JSON text committed to the repository."""
    return json.dumps(grammar(), ensure_ascii=False, indent=2) + "\n"


def vocabulary_summary() -> dict[str, list[str]]:
    """The words an editor should recognise, for tests of the grammar that do not read it."""
    attributes = {s for a in _all_attributes() for s in a.word.spellings}
    enums = {s for values in v.ENUMS.values() for w in values.values() for s in w.spellings}
    enum_attributes = {s for a in _all_attributes() if a.enum for s in a.word.spellings}
    return {
        "theory": sorted(v.THEORY.spellings),
        "use": sorted(v.USE.spellings),
        "declarations": sorted(s for w in (*v.NODE_WORDS.values(), v.GROUP) for s in w.spellings),
        "counterfactual": sorted(v.COUNTERFACTUAL.spellings),
        "indicator": sorted(v.INDICATOR.spellings),
        "keywords": v.all_keywords(),
        "attributes": sorted(attributes),
        "enum_attributes": sorted(enum_attributes),
        "enum_values": sorted(enums),
        "flags": sorted(_flags()),
    }
