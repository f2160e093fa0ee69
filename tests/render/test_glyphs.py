"""Letters the engine's fonts cannot draw: found in the labels, and told in words, in both languages."""

from __future__ import annotations

import re
import shutil
import struct
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import run_cli
from toc.render import engines, glyphs
from toc.render.engines import Engine

KOREAN = Path(__file__).parent / "stress" / "korean-labels.toc"


def _tables(data: bytes, start: int) -> dict[bytes, int]:
    count = struct.unpack(">H", data[start + 4:start + 6])[0]
    entries = (struct.unpack(">4sIII", data[start + 12 + 16 * i:start + 28 + 16 * i])
               for i in range(count))
    return {tag: start + offset for tag, _, offset, _ in entries}


def _family(data: bytes, table: int) -> str:
    count, strings = struct.unpack(">HH", data[table + 2:table + 6])
    for i in range(count):
        platform, _, _, name, length, offset = struct.unpack(
            ">HHHHHH", data[table + 6 + 12 * i:table + 18 + 12 * i])
        if platform == 3 and name == 1:
            start = table + strings + offset
            return data[start:start + length].decode("utf-16-be")
    return ""


def _character_map(data: bytes, table: int) -> set[int]:
    """The code points of a font's format 12 (or else format 4) character map."""
    count = struct.unpack(">H", data[table + 2:table + 4])[0]
    subtables = [table + struct.unpack(">I", data[table + 8 + 8 * i:table + 12 + 8 * i])[0]
                 for i in range(count)]
    formats = {struct.unpack(">H", data[s:s + 2])[0]: s for s in subtables}
    codes: set[int] = set()
    if 12 in formats:
        start = formats[12]
        groups = struct.unpack(">I", data[start + 12:start + 16])[0]
        for i in range(groups):
            first, last, _ = struct.unpack(">III", data[start + 16 + 12 * i:start + 28 + 12 * i])
            codes.update(range(first, last + 1))
        return codes
    start = formats[4]
    size = struct.unpack(">H", data[start + 6:start + 8])[0]
    ends = struct.unpack(f">{size // 2}H", data[start + 14:start + 14 + size])
    firsts = struct.unpack(f">{size // 2}H", data[start + 16 + size:start + 16 + 2 * size])
    for first, last in zip(firsts, ends):
        if first != 0xFFFF:
            codes.update(range(first, last + 1))
    return codes


def test_the_built_in_ranges_are_those_of_the_installed_engines_font() -> None:
    data = Path(engines.find_embedded()).read_bytes()
    maps = []
    # A TrueType font starts with version 1.0 and a table count of ten to thirty-two.
    for found in re.finditer(rb"\x00\x01\x00\x00\x00[\x0a-\x20]", data):
        tables = _tables(data, found.start())
        if {b"cmap", b"glyf", b"name"} <= tables.keys() and _family(data, tables[b"name"]) == "Arimo":
            maps.append(_character_map(data, tables[b"cmap"]))
    assert maps, "no Arimo font found inside graphviz-pure"
    expected = {code for start, end in glyphs.EMBEDDED_RANGES for code in range(start, end + 1)}
    assert all(found == expected for found in maps)


def test_missing_letters_are_found_in_order_once_each() -> None:
    text = "Één café ↓ · — Ελληνικά Кириллица עברית 가족의 가족 ✓ العربية\t\n"
    assert glyphs.EMBEDDED.missing(text) == ["가", "족", "의", "✓", "ا", "ل", "ع", "ر", "ب", "ي", "ة"]
    assert glyphs.EMBEDDED.missing("Sociaal arrangeren: één café, naïef") == []


def test_fontconfig_listings_are_read_as_ranges() -> None:
    fonts = glyphs.parse_charsets("20-7e a0-17f 192\n ac00-d7a3 oops\n")
    assert "가" in fonts and "é" in fonts and "ƒ" in fonts and "日" not in fonts
    assert fonts.missing("가日本") == ["日", "本"]


@pytest.fixture
def korean(tmp_path) -> Path:
    copy = tmp_path / "plan.toc"
    shutil.copy(KOREAN, copy)
    return copy


def test_a_png_of_korean_labels_with_the_built_in_engine_warns_and_says_what_to_do(
        korean, no_system_dot) -> None:
    result = run_cli("render", str(korean), "-o", str(korean.with_suffix(".png")))
    assert result.exit_code == 0 and korean.with_suffix(".png").exists()
    assert result.stderr.startswith("toc render: warning: the graphviz-pure engine has no font for "
                                    "some characters in the labels (혼 자 사 는")
    assert "in the PNG they show as empty boxes" in result.stderr
    assert "hint: SVG keeps the text (-o plan.svg)" in result.stderr
    assert "--engine dot" in result.stderr and "fonts-noto-cjk" in result.stderr
    dutch = run_cli("render", str(korean), "-o", str(korean.with_suffix(".png")), "--lang", "nl")
    assert "toc render: waarschuwing: de engine graphviz-pure heeft geen lettertype" in dutch.stderr
    assert "SVG houdt de tekst" in dutch.stderr


def test_svg_keeps_the_text_so_it_needs_no_warning(korean, no_system_dot) -> None:
    result = run_cli("render", str(korean), "-o", str(korean.with_suffix(".svg")))
    assert (result.exit_code, result.stderr) == (0, "")
    assert "마을 돌봄 공동체" in korean.with_suffix(".svg").read_text(encoding="utf-8")


def test_latin_labels_give_no_warning(tmp_path, no_system_dot) -> None:
    plan = tmp_path / "plan.toc"
    plan.write_text('theory "Één café" { lang: nl }\nuitkomst a "Naïef — ↓ · €"\n', encoding="utf-8")
    result = run_cli("render", str(plan), "-o", str(tmp_path / "plan.png"))
    assert (result.exit_code, result.stderr) == (0, "")


def _program(folder: Path, name: str, body: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    program = folder / name
    program.write_text(f"#!{sys.executable}\nimport sys\n" + textwrap.dedent(body))
    program.chmod(0o755)


def test_the_system_engine_asks_fontconfig_what_the_installed_fonts_draw(
        korean, tmp_path, monkeypatch) -> None:
    folder = tmp_path / "bin"
    real_dot = shutil.which("dot")
    if real_dot is None:
        pytest.skip("system Graphviz 'dot' is not installed (CI installs Debian's graphviz)")
    _program(folder, "fc-list", 'sys.stdout.write("20-7e a0-17f\\n")\n')
    monkeypatch.setenv("PATH", f"{folder}:{Path(real_dot).parent}")
    engines._system_fonts.cache_clear()
    try:
        assert engines.missing_glyphs(Engine("dot", real_dot), "a 가") == ["가"]
        result = run_cli("render", str(korean), "-o", str(korean.with_suffix(".png")),
                         "--engine", "dot")
        assert "the dot engine has no font for some characters" in result.stderr
        assert "install fonts for these characters" in result.stderr
        _program(folder, "fc-list", 'sys.stdout.write("20-7e a0-17f ac00-d7a3\\n")\n')
        engines._system_fonts.cache_clear()
        assert engines.missing_glyphs(Engine("dot", real_dot), "a 가") == []
    finally:
        engines._system_fonts.cache_clear()


def test_without_fontconfig_the_system_engine_cannot_tell_and_says_nothing(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    engines._system_fonts.cache_clear()
    try:
        assert engines.missing_glyphs(Engine("dot", "/usr/bin/dot"), "가") == []
    finally:
        engines._system_fonts.cache_clear()
