"""The docs are the contract: the keyword tables are generated, and the README's examples are valid.

The examples of the language reference are checked in tests/test_language_docs.py.
"""

from __future__ import annotations

import os
import re

import pytest

from scripts.reference import replace_tables
from tests.conftest import ROOT, load_text

# The README's two commands (tests/test_quick_start.py runs them with a Python that refuses
# `pip install` outside a virtual environment).
QUICK_START = "python3 -m venv .venv && . .venv/bin/activate && pip install . && toc render examples/pocket-money.toc"
TEST_COMMAND = 'python3 -m venv .venv && . .venv/bin/activate && pip install ".[test]" && pytest'
# Each language page leads its keyword tables with its own language.
LANGUAGE_PAGES = {"en": ROOT / "docs" / "language.md", "nl": ROOT / "docs" / "language.nl.md"}


@pytest.mark.parametrize("lang", LANGUAGE_PAGES)
def test_keyword_tables_are_up_to_date(lang: str) -> None:
    page = LANGUAGE_PAGES[lang]
    text = page.read_text(encoding="utf-8")
    fresh = replace_tables(text, lang)
    if os.environ.get("TOC_UPDATE_GOLDEN") == "1":
        page.write_text(fresh, encoding="utf-8")
    assert text == fresh


def test_the_language_pages_link_to_each_other_and_the_readme_to_both() -> None:
    english, dutch = (page.read_text(encoding="utf-8") for page in LANGUAGE_PAGES.values())
    first_paragraph = english.split("\n\n")[1]
    assert "[language.nl.md](language.nl.md)" in first_paragraph
    assert "[language.md](language.md)" in dutch.split("\n\n")[1]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "`docs/language.md` (`docs/language.nl.md`)" in readme


def test_the_readme_theories_are_valid() -> None:
    blocks = re.findall(r"```toc\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    assert len(blocks) == 2
    english, dutch = (load_text(block) for block in blocks)
    assert english.ok and dutch.ok, english.diagnostics + dutch.diagnostics
    assert len(english.theory.nodes) == len(dutch.theory.nodes)


def test_the_readme_quick_start_has_the_two_commands_ci_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"```sh\n(.*?)\n```", readme)
    assert commands[:2] == [QUICK_START, TEST_COMMAND]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.rstrip().endswith(commands[1])
