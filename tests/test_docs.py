"""The docs are the contract: the keyword table is generated, and every example in them is valid."""

from __future__ import annotations

import os
import re

from scripts.reference import replace_tables
from tests.conftest import ROOT, load_text

LANGUAGE_DOC = ROOT / "docs" / "language.md"


def test_keyword_table_is_up_to_date() -> None:
    text = LANGUAGE_DOC.read_text(encoding="utf-8")
    fresh = replace_tables(text)
    if os.environ.get("TOC_UPDATE_GOLDEN") == "1":
        LANGUAGE_DOC.write_text(fresh, encoding="utf-8")
    assert text == fresh


def test_every_code_block_of_the_language_reference_parses() -> None:
    blocks = re.findall(r"```\n(.*?)```", LANGUAGE_DOC.read_text(encoding="utf-8"), re.S)
    assert len(blocks) > 15
    for block in blocks:
        if block.startswith("plan.toc:"):
            continue  # an example of an error message
        loaded = load_text(block)
        syntax = [d for d in loaded.diagnostics if d.code in {"E001", "E002", "E003", "E004", "E005"}]
        assert syntax == [], (block, syntax)


def test_the_readme_theories_are_valid() -> None:
    blocks = re.findall(r"```toc\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    assert len(blocks) == 2
    english, dutch = (load_text(block) for block in blocks)
    assert english.ok and dutch.ok, english.diagnostics + dutch.diagnostics
    assert len(english.theory.nodes) == len(dutch.theory.nodes)


def test_the_readme_quick_start_has_the_two_commands_ci_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"```sh\n(.*?)\n```", readme)
    assert commands[:2] == ["pip install . && toc render examples/pocket-money.toc",
                            'pip install ".[test]" && pytest']
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.rstrip().endswith(commands[1])
