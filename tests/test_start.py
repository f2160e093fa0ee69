"""The parts of `toc new` that need no terminal: quoting user words, ids from them, the draft, the new-file writer."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import load_text
from toc.cli.writer import create_new
from toc.language.escapes import quote
from toc.language.parser import lexicon
from toc.language.source import LINE_END
from toc.start.draft import draft
from toc.start.ids import MAX_LENGTH, Ids, slug
from toc.start.questions import Answers


@pytest.mark.parametrize("words", [
    'She said "yes"', "C:\\Users\\plan", "two\nlines", "crlf\r\nend", "lone\rcr", "tab\there",
    '\\"', "\\n is not a line break", "# not a comment", "{ braces } and -> arrows",
])
def test_a_quoted_text_means_exactly_the_words(words: str) -> None:
    loaded = load_text(f"outcome a {quote(words)}\n")
    assert loaded.ok
    assert loaded.theory.nodes[0].label == LINE_END.sub("\n", words)


@given(st.text())
def test_any_text_quoted_is_one_text_on_one_line_with_its_meaning(words: str) -> None:
    quoted = quote(f"x{words}")  # a label must not be empty (E108)
    assert not LINE_END.search(quoted)
    loaded = load_text(f"outcome a {quoted}\n")
    assert loaded.ok and loaded.theory.nodes[0].label == LINE_END.sub("\n", f"x{words}")


@pytest.mark.parametrize(("label", "expected"), [
    ("Ouders & kinderen!", "ouders_kinderen"),
    ("Financiële vaardigheden van kinderen", "financiele_vaardigheden"),
    ("Children learn by making their own choices", "children_learn_by_making"),
    ("Straße", "strasse"),
    ("Αθήνα", "αθηνα"),
    ("  --  ", ""),
])
def test_slug_keeps_a_few_plain_words(label: str, expected: str) -> None:
    assert slug(label) == expected


def test_ids_are_unique_and_fall_back_to_the_keyword() -> None:
    ids = Ids()
    made = [ids.make(label, "outcome") for label in
            ("Skills", "skills!", "!!!", "", "2 districts", "2 districts")]
    assert made == ["skills", "skills_2", "outcome", "outcome_2", "outcome_2_districts",
                    "outcome_2_districts_2"]


@given(st.lists(st.text(), max_size=8))
def test_every_id_is_a_valid_name_and_none_is_given_twice(labels: list[str]) -> None:
    ids = Ids()
    made = [ids.make(label, "outcome") for label in labels]
    assert all(lexicon().is_name(name) for name in made)
    assert len(set(made)) == len(made)
    assert all(len(slug(label)) <= MAX_LENGTH for label in labels)


def test_line_breaks_and_tabs_in_answers_are_kept_as_escapes() -> None:
    answers = Answers.from_texts({"title": "Plan\r\nversion 2", "for_whom": "Parents\nwith\tlittle money",
                                  "anyway": 'Some "would" learn \\ anyway'})
    text = draft(answers, "en", "plan.toc")
    assert 'actor parents_with_little "Parents\\nwith\\tlittle money" { role: participant }' in text
    loaded = load_text(text, "plan.toc")
    assert loaded.ok
    assert loaded.theory.label == "Plan\nversion 2"
    assert loaded.theory.nodes[0].label == "Parents\nwith\tlittle money"
    assert loaded.theory.counterfactuals[0].scenario == 'Some "would" learn \\ anyway'


def test_control_characters_typed_into_an_answer_are_dropped() -> None:
    answers = Answers.from_texts({"for_whom": "Pa\x1b[31mrents\x07; \x00 ;Kids"})
    assert answers.many("for_whom") == ["Pa[31mrents", "Kids"]


def test_a_new_file_is_written_whole_and_never_over_another(tmp_path: Path) -> None:
    target = tmp_path / "plan.toc"
    create_new(str(target), b"theory \"A\"\n")
    assert target.read_bytes() == b"theory \"A\"\n"
    with pytest.raises(FileExistsError):
        create_new(str(target), b"other\n")
    assert target.read_bytes() == b"theory \"A\"\n"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.toc"]  # no temporary file left


def test_a_new_file_is_not_written_through_a_dangling_symbolic_link(tmp_path: Path) -> None:
    link = tmp_path / "plan.toc"
    link.symlink_to(tmp_path / "elsewhere.toc")
    with pytest.raises(FileExistsError):
        create_new(str(link), b"x\n")
    assert not (tmp_path / "elsewhere.toc").exists()


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_example_lines_in_the_notes_make_a_valid_theory_when_uncommented(lang: str) -> None:
    text = draft(Answers.from_texts({"title": "Only a title"}), lang, "plan.toc")
    # An example line is a statement behind '# ': a declaration, a block or a chain of ids.
    statement = re.compile(r'# (\w+ \w+ "|\w+ \w+ \{|\w+( -> \w+)+$)')
    examples = [line[2:] for line in text.splitlines() if statement.match(line)]
    assert len(examples) == 10  # actors, interventions, ..., links, counterfactual
    loaded = load_text("\n".join(examples) + "\n", lang=lang)
    assert loaded.ok and len(loaded.theory.links) == 2 and len(loaded.theory.counterfactuals) == 1
