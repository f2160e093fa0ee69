"""The language reference in English and Dutch is checked against the tool, so it cannot drift.

Every fenced block says what it holds (```toc, ```text). A ```toc block is a complete theory in
the layout of `toc fmt`; one marked `<!-- error: E124 -->` gives exactly that error instead, and
a ```text block after it that starts with `plan.toc:` is what `toc check plan.toc` prints for
it. A block marked `<!-- file: common/actors.toc -->` is a file the other examples may `use`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from scripts.reference import STATEMENT_WORDS, attribute_places
from tests.conftest import ROOT, run_cli
from toc.api import Loaded, format_text, load
from toc.language import syntax
from toc.language.vocabulary import ENUMS, RESULT_FLAGS, ValueType

PAGES = {"en": ROOT / "docs" / "language.md", "nl": ROOT / "docs" / "language.nl.md"}
FENCE = re.compile(r"^```(\S*)\n(.*?)^```$", re.M | re.S)
MARK = re.compile(r"<!-- (error|file): (\S+) -->\n\n?$")
# The spellings an example may use besides its page's own: both pages show that an
# intervention may be called an activity, as logframes do.
ALIASES_SHOWN = {"en": {"activity"}, "nl": {"activiteit"}}


@dataclass(frozen=True)
class Block:
    info: str
    text: str
    mark: tuple[str, str] | None
    line: int

    def __str__(self) -> str:
        return f"the block on line {self.line}"

    @property
    def path(self) -> str:
        """Where the example stands: the file it is marked as, or the plan.toc of the text."""
        return self.mark[1] if self.mark and self.mark[0] == "file" else "plan.toc"

    @property
    def error(self) -> str | None:
        return self.mark[1] if self.mark and self.mark[0] == "error" else None


def blocks(page: Path) -> list[Block]:
    markdown = page.read_text(encoding="utf-8")
    found = []
    for fence in FENCE.finditer(markdown):
        mark = MARK.search(markdown, 0, fence.start())
        found.append(Block(fence.group(1), fence.group(2),
                           mark.groups() if mark and mark.end() == fence.start() else None,
                           markdown.count("\n", 0, fence.start()) + 1))
    return found


def included(page: Path) -> dict[str, str]:
    return {block.path: block.text for block in blocks(page) if block.path != "plan.toc"}


def reader(files: dict[str, str]) -> Callable[[str], str]:
    def read(path: str) -> str:
        if path not in files:
            raise FileNotFoundError(path)
        return files[path]
    return read


def examples(lang: str) -> list[tuple[str, Block]]:
    return [(lang, block) for block in blocks(PAGES[lang]) if block.info == "toc"]


ALL_EXAMPLES = examples("en") + examples("nl")


def check(lang: str, block: Block) -> Loaded:
    return load(block.text, block.path, lang=lang, read=reader(included(PAGES[lang])))


def test_both_pages_have_many_examples_and_every_block_says_what_it_holds() -> None:
    for page in PAGES.values():
        found = blocks(page)
        assert len([b for b in found if b.info == "toc"]) > 25
        assert {b.info for b in found} <= {"toc", "text"}, page
        assert all(b.info == "toc" for b in found if b.mark), page


def test_the_dutch_page_follows_the_english_one() -> None:
    """The same sections, the same examples and the same errors, in the same order."""
    def shape(page: Path) -> tuple[list[str], list[tuple[str, str | None, bool]]]:
        markdown = page.read_text(encoding="utf-8")
        headings = re.findall(r"^(#+) ", FENCE.sub("", markdown), re.M)
        marks = [(b.info, b.error, b.path == "plan.toc") for b in blocks(page)]
        return headings, marks

    assert shape(PAGES["nl"]) == shape(PAGES["en"])


@pytest.mark.parametrize("lang, block", ALL_EXAMPLES, ids=lambda value: str(value))
def test_every_example_is_a_theory_or_exactly_the_error_it_shows(lang: str, block: Block) -> None:
    loaded = check(lang, block)
    found = [d.code for d in loaded.diagnostics]
    if block.error:
        assert found == [block.error], [d.message for d in loaded.diagnostics]
    else:
        assert found == [], [d.message for d in loaded.diagnostics]


@pytest.mark.parametrize("lang, block", ALL_EXAMPLES, ids=lambda value: str(value))
def test_every_example_is_in_the_canonical_layout(lang: str, block: Block) -> None:
    assert format_text(block.text, block.path, read=reader(included(PAGES[lang]))).text == block.text


@pytest.mark.parametrize("lang", PAGES)
def test_the_messages_shown_are_what_toc_check_prints(lang: str, tmp_path: Path, monkeypatch) -> None:
    found = blocks(PAGES[lang])
    shown = [(before, after) for before, after in zip(found, found[1:])
             if after.info == "text" and after.text.startswith("plan.toc:")]
    assert len(shown) == 2
    monkeypatch.chdir(tmp_path)
    for before, after in shown:
        assert before.error, after
        (tmp_path / "plan.toc").write_text(before.text, encoding="utf-8")
        result = run_cli("check", "--lang", lang, "plan.toc")
        assert result.exit_code == 2
        assert after.text in result.stderr, result.stderr


def _words() -> tuple[dict[str, set[str]], set[str]]:
    """Each spelling of a keyword, attribute, flag or value with the page forms it stands for,
    and the attribute spellings whose values are words of a list."""
    words = [*STATEMENT_WORDS, *(flag.word for flag in RESULT_FLAGS),
             *(w for e in ENUMS.values() for w in e.values())]
    listed = set()
    for _, attributes in attribute_places("en"):
        for attribute in attributes:
            words.append(attribute.word)
            if attribute.type in (ValueType.ENUM, ValueType.MEASURE):
                listed.update(attribute.word.spellings)
    forms: dict[str, set[str]] = {}
    for word in words:
        for spelling in word.spellings:
            forms.setdefault(spelling, set()).update({("en", word.en), ("nl", word.nl)})
    return forms, listed


FORMS, LISTED = _words()


def _spelled(document: syntax.Document) -> list[str]:
    """The keywords, attribute names, flags and listed values of a parsed file, as written."""
    out: list[str] = []

    def attributes(block: syntax.Attributes | None) -> None:
        for item in block.items if block else ():
            if isinstance(item, syntax.Pair):
                out.append(item.key.text)
                if item.key.text in LISTED:
                    out.extend(value.text for value in item.values if value.type == "name")
            elif isinstance(item, syntax.FlagItem):
                out.append(item.word.text)
            elif isinstance(item, syntax.Nested):
                out.append(item.keyword.text)
                attributes(item.attributes)

    for statement in document.statements:
        if not isinstance(statement, syntax.LinkStatement):
            out.append(statement.keyword.text)
        attributes(statement.attributes)
    return out


@pytest.mark.parametrize("lang", PAGES)
def test_the_examples_speak_the_language_of_their_page(lang: str) -> None:
    for _, block in examples(lang):
        document = check(lang, block).documents[block.path]
        foreign = [w for w in _spelled(document)
                   if w in FORMS and (lang, w) not in FORMS[w] and w not in ALIASES_SHOWN[lang]]
        assert foreign == [], block
