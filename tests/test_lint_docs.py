"""The rules pages in docs/ are generated from the registry and must be up to date."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT, assert_page_is_generated

PAGES = {"en": ROOT / "docs" / "rules.md", "nl": ROOT / "docs" / "rules.nl.md"}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_rules_page_is_up_to_date(lang: str) -> None:
    assert_page_is_generated(PAGES[lang], "rules", "--lang", lang)


def test_rules_page_tables_keep_their_columns() -> None:
    rows = [line for line in PAGES["en"].read_text(encoding="utf-8").splitlines()
            if line.startswith("| TOC")]
    assert rows and all(line.replace("\\|", "").count("|") == 6 for line in rows)
