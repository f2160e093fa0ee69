"""The rule registry: unique codes and names, full documentation in both languages, examples that prove themselves."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import toc.lint.rules as rules_package
from tests.conftest import load_text
from toc import i18n
from toc.lint import DOC_PARTS, RULES, Config, Theme, find, lint

ISSUE_NAMES = {
    "orphan-node", "dead-end-intervention", "unreached-outcome", "unused-declaration",
    "undeclared-loop", "linear-chain", "logframe-staging", "miracle-leap", "single-pathway",
    "sole-attribution", "transitivity-trap", "missing-counterfactual", "counterfactual-zero",
    "no-unintended-effects", "no-negative-effects", "effect-without-polarity",
    "context-free-mechanism", "context-free-theory", "missing-mechanism", "single-perspective",
    "participants-without-voice", "efficiency-only", "untested-critical-assumption",
    "implicit-link", "numbers-only", "stories-only", "outcome-without-indicator",
}


def test_codes_and_names_are_unique_and_well_formed() -> None:
    codes = [rule.code for rule in RULES]
    names = [rule.name for rule in RULES]
    assert len(set(codes)) == len(codes)
    assert len(set(names)) == len(names)
    assert all(re.fullmatch(r"TOC[1-9]\d\d", code) for code in codes)
    assert all(re.fullmatch(r"[a-z]+(-[a-z]+)*", name) for name in names)


def test_the_whole_minimum_catalogue_is_there() -> None:
    assert ISSUE_NAMES <= {rule.name for rule in RULES}


def test_every_rule_module_is_listed_and_defines_one_rule() -> None:
    modules = {m.name for m in pkgutil.iter_modules(rules_package.__path__)}
    listed = {rule.check.__module__.rsplit(".", 1)[1] for rule in RULES}
    assert modules == listed
    for name in modules:
        module = importlib.import_module(f"toc.lint.rules.{name}")
        assert module.__doc__ and module.RULE.name.replace("-", "_") == name


def test_codes_follow_the_themes_in_order() -> None:
    order = list(Theme)
    themes = [order.index(rule.theme) for rule in RULES]
    assert themes == sorted(themes)
    assert [rule.code for rule in RULES] == sorted(rule.code for rule in RULES)


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_every_rule_is_documented_and_has_messages(rule, lang) -> None:
    messages = i18n.catalogue(lang)
    for part in DOC_PARTS:
        assert messages.get(f"{rule.code}.{part}", "").strip(), (rule.name, part, lang)
    assert messages.get(rule.code) and messages.get(f"{rule.code}.hint")


def test_both_languages_have_the_same_keys_and_placeholders() -> None:
    english, dutch = i18n.catalogue("en"), i18n.catalogue("nl")
    assert set(english) == set(dutch)
    for key in english:
        assert i18n.placeholders(english[key]) == i18n.placeholders(dutch[key]), key


def test_dutch_documentation_is_not_english() -> None:
    same = [f"{r.code}.{p}" for r in RULES for p in ("what", "why")
            if r.doc(p, "en") == r.doc(p, "nl")]
    assert same == []


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_example_triggers_the_rule_and_instead_does_not(rule, lang) -> None:
    only = Config(select=frozenset({rule.code}))
    example = load_text(rule.doc("example", lang), "example.toc", lang=lang)
    instead = load_text(rule.doc("instead", lang), "instead.toc", lang=lang)
    assert example.ok and instead.ok
    assert [d.name for d in lint(example, only)], f"the example of {rule.name} does not trigger it"
    assert lint(instead, only) == [], f"the 'instead' of {rule.name} still triggers it"


def test_rules_are_found_by_name_or_code() -> None:
    assert find("miracle-leap").code == find("toc203").code == "TOC203"
    assert find("miracle-leep") is None
