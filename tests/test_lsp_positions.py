"""Positions: toc's 1-based code points against the protocol's 0-based UTF-16 units."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from lsprotocol import types

from tests.lsp_helpers import utf16_units
from toc.language.source import Source
from toc.lsp.positions import (
    end_position,
    from_position,
    offset_to_position,
    position_to_offset,
    span_to_range,
    to_position,
    utf16_length,
    utf16_to_code_points,
)

TEXT = 'actor één "Één 😀 ouder"\r\noutcome x "🧑‍🤝‍🧑 samen" { by: één }\nlast'


def test_utf16_length_counts_astral_characters_twice() -> None:
    assert utf16_length("abc") == 3
    assert utf16_length("één") == 3
    assert utf16_length("😀") == 2
    assert utf16_length("a😀é🧑‍🤝‍🧑") == utf16_units("a😀é🧑‍🤝‍🧑")


def test_a_column_after_diacritics_and_emoji() -> None:
    source = Source("t.toc", TEXT)
    column = source.line_text(1).index("ouder") + 1  # 1-based code points
    position = to_position(source, 1, column)
    assert position == types.Position(0, utf16_units(source.line_text(1)[: column - 1]))
    assert position.character == column - 1 + 1  # one emoji before: one extra unit
    assert from_position(source, position) == (1, column)


def test_a_reference_after_a_joined_emoji_sequence() -> None:
    source = Source("t.toc", TEXT)
    line_text = source.line_text(2)
    column = line_text.index("één") + 1
    position = to_position(source, 2, column)
    assert position.character == utf16_units(line_text[: column - 1])
    assert from_position(source, position) == (2, column)
    assert position_to_offset(source, position) == TEXT.index("één }")


def test_a_position_inside_a_surrogate_pair_falls_back_to_the_character_start() -> None:
    assert utf16_to_code_points("a😀b", 2) == 1
    assert utf16_to_code_points("a😀b", 3) == 2
    assert utf16_to_code_points("a😀b", 99) == 3


def test_positions_past_the_end_are_clamped() -> None:
    source = Source("t.toc", TEXT)
    assert from_position(source, types.Position(0, 500)) == (1, len(source.line_text(1)) + 1)
    assert to_position(source, 99, 1) == end_position(source)
    assert end_position(source) == types.Position(2, 4)


def test_a_span_becomes_a_range() -> None:
    source = Source("t.toc", TEXT)
    start = TEXT.index("Één")
    span = source.span(start, start + len("Één 😀 ouder"))
    rng = span_to_range(source, span)
    assert rng.start == types.Position(0, utf16_units('actor één "'))
    assert rng.end.character - rng.start.character == utf16_units("Één 😀 ouder")


@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12),
                min_size=1, max_size=5),
       st.data())
def test_every_code_point_position_survives_a_round_trip(lines: list[str], data) -> None:
    text = "\n".join(line.replace("\n", " ").replace("\r", " ") for line in lines)
    source = Source("t.toc", text)
    offset = data.draw(st.integers(0, len(text)))
    position = offset_to_position(source, offset)
    line_start = text.rfind("\n", 0, offset) + 1
    assert position.character == utf16_units(text[line_start:offset])
    assert position_to_offset(source, position) == offset
