"""The render messages: English and Dutch with the same placeholders, in the tone of the rest of toc."""

from __future__ import annotations

import re

from tests import catalogues
from toc import i18n


def test_both_languages_have_the_same_keys_and_placeholders() -> None:
    english, dutch = catalogues.area("render", "en"), catalogues.area("render", "nl")
    assert english and english.keys() == dutch.keys()
    for key, text in english.items():
        assert i18n.placeholders(text) == i18n.placeholders(dutch[key]), key


def test_dutch_speaks_to_the_reader_as_je_like_the_rest_of_toc() -> None:
    formal = [key for key, text in catalogues.area("render", "nl").items()
              if re.search(r"\b(u|uw|bedoelt u|ziet u|kunt u)\b", text)]
    assert formal == []
    assert i18n.text("did_you_mean", "nl", guess="x") == "bedoel je 'x'?"


def test_loop_letters_are_the_initials_of_each_languages_words() -> None:
    for lang, reinforcing, balancing in (("en", "reinforcing", "balancing"),
                                         ("nl", "versterkende", "balancerende")):
        markers = i18n.text("render.legend.markers", lang)
        first, second = i18n.text("render.loop.reinforcing", lang), i18n.text("render.loop.balancing", lang)
        assert (first, second) == (reinforcing[0].upper(), balancing[0].upper())
        assert f"{first} {reinforcing}" in markers and f"{second} {balancing}" in markers
