"""The render messages exist in English and Dutch with the same placeholders."""

from __future__ import annotations

from toc import i18n
from toc.i18n import render_en, render_nl


def test_both_languages_have_the_same_keys_and_placeholders() -> None:
    assert render_en.MESSAGES.keys() == render_nl.MESSAGES.keys()
    for key, english in render_en.MESSAGES.items():
        assert i18n.placeholders(english) == i18n.placeholders(render_nl.MESSAGES[key]), key
