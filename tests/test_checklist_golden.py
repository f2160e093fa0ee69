"""Golden checklists: every example, in English and in Dutch, exactly as `toc checklist` prints it.

Regenerate on purpose with TOC_UPDATE_GOLDEN=1 and read the diff before committing.
"""

from __future__ import annotations

import os

import pytest

from tests.conftest import EXAMPLES, ROOT, run_cli

GOLDEN = ROOT / "tests" / "golden" / "checklist"
CASES = [(path, lang) for path in EXAMPLES for lang in ("en", "nl")]


@pytest.mark.parametrize("path,lang", CASES, ids=[f"{p.stem}.{lang}" for p, lang in CASES])
def test_checklist_matches_golden(path, lang) -> None:
    result = run_cli("checklist", str(path), "--lang", lang)
    assert (result.exit_code, result.stderr) == (0, "")
    golden = GOLDEN / f"{path.stem}.{lang}.md"
    if os.environ.get("TOC_UPDATE_GOLDEN"):
        golden.write_text(result.stdout, encoding="utf-8")
    assert golden.exists(), f"no golden file {golden.name}; run with TOC_UPDATE_GOLDEN=1"
    assert result.stdout == golden.read_text(encoding="utf-8")


def test_every_golden_belongs_to_an_example() -> None:
    # A renamed or removed example must not leave a stale golden behind.
    expected = {f"{path.stem}.{lang}.md" for path, lang in CASES}
    assert {p.name for p in GOLDEN.glob("*.md")} == expected


def test_the_language_follows_the_theory_without_lang_option() -> None:
    dutch = next(p for p in EXAMPLES if "theorie " in p.read_text(encoding="utf-8"))
    result = run_cli("checklist", str(dutch))
    assert result.stdout == (GOLDEN / f"{dutch.stem}.nl.md").read_text(encoding="utf-8")


def test_the_logframe_example_opens_the_linear_reasoning_items_and_a_rich_one_does_not() -> None:
    logframe = (GOLDEN / "job-matching-logframe.en.md").read_text(encoding="utf-8")
    rich = (GOLDEN / "pocket-money.en.md").read_text(encoding="utf-8")
    assert "- [ ] **1.1 " in logframe and "- [ ] **1.2 " in logframe
    assert "- [x] **1.1 " in rich


def test_the_examples_in_the_docs_are_real_checklists() -> None:
    # Every paragraph of every Markdown example in docs/checklist.md must come from a golden file,
    # so the documentation cannot drift from what the command prints.
    docs = (ROOT / "docs" / "checklist.md").read_text(encoding="utf-8")
    blocks = [block.split("```", 1)[0] for block in docs.split("```markdown\n")[1:]]
    assert len(blocks) >= 3
    goldens = "\n".join(p.read_text(encoding="utf-8") for p in GOLDEN.glob("*.md"))
    for block in blocks:
        for chunk in block.strip().split("\n\n"):
            assert chunk in goldens, chunk
