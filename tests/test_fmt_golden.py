"""Golden cases of the formatter: tests/fmt/cases/NAME.in.toc must format to NAME.out.toc.

The comparison is byte for byte, so byte-order marks and CRLF line endings are
checked too. After a deliberate change of the layout, regenerate the expected
files and review their diff before committing:

    python tests/test_fmt_golden.py --regenerate
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from toc.fmt import format_text

CASES = Path(__file__).resolve().parent / "fmt" / "cases"
INPUTS = sorted(CASES.glob("*.in.toc"))


def expected_path(source: Path) -> Path:
    return source.with_name(source.name.replace(".in.toc", ".out.toc"))


def format_file(source: Path) -> bytes:
    """Format a case file's bytes as `toc fmt` would (UTF-8, BOM and line endings kept)."""
    text = source.read_bytes().decode("utf-8")
    return format_text(text, source.name).text.encode("utf-8")


def test_every_input_has_its_expected_output() -> None:
    assert len(INPUTS) >= 10
    missing = [p.name for p in INPUTS if not expected_path(p).is_file()]
    assert missing == []


@pytest.mark.parametrize("source", INPUTS, ids=lambda p: p.name.removesuffix(".in.toc"))
def test_golden_case(source: Path) -> None:
    assert format_file(source) == expected_path(source).read_bytes()


@pytest.mark.parametrize("source", INPUTS, ids=lambda p: p.name.removesuffix(".in.toc"))
def test_expected_output_is_already_formatted(source: Path) -> None:
    expected = expected_path(source)
    assert format_file(expected) == expected.read_bytes()


def test_conventions_of_the_byte_cases_are_kept() -> None:
    crlf, bom = (expected_path(CASES / f"{name}.in.toc").read_bytes() for name in ("crlf", "bom"))
    assert crlf.count(b"\r\n") == crlf.count(b"\n") > 0
    assert bom.startswith(b"\xef\xbb\xbf") and b"\r\n" not in bom


def regenerate() -> None:
    """Write every expected output from the current formatter."""
    for source in INPUTS:
        expected_path(source).write_bytes(format_file(source))
        print(f"wrote {expected_path(source).relative_to(CASES.parent.parent.parent)}")


if __name__ == "__main__":
    if sys.argv[1:] != ["--regenerate"]:
        sys.exit("usage: python tests/test_fmt_golden.py --regenerate")
    regenerate()
