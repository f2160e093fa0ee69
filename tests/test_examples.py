"""Every bundled example is a valid theory."""

from __future__ import annotations

import pytest

from tests.conftest import EXAMPLES, run_cli


def test_there_are_enough_examples() -> None:
    assert len(EXAMPLES) >= 3
    dutch = [p for p in EXAMPLES if "theorie " in p.read_text(encoding="utf-8")]
    assert dutch, "at least one example is written with Dutch keywords"


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_checks_clean(path) -> None:
    result = run_cli("check", str(path))
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert str(path) in result.stdout


def test_examples_are_in_the_canonical_layout() -> None:
    result = run_cli("fmt", "--check", *(str(p) for p in EXAMPLES))
    assert result.exit_code == 0, result.stdout
