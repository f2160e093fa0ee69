"""The formatter's proof: each check refuses the kind of damage it is there for."""

from __future__ import annotations

import pytest

from toc.api import load
from toc.fmt import NotParsed, UnsafeFormat, format_text, safety
from toc.fmt.printer import print_document

PATH = "t.toc"
ORIGINAL = '# keep\nactor a "A" { role: participant }\nintervention i "I" { by: a }\n'


def prove(formatted: str, original: str = ORIGINAL) -> None:
    before, after = load(original, PATH), load(formatted, PATH)
    safety.prove(before, after, PATH, formatted, print_document)


def refusal(formatted: str, original: str = ORIGINAL) -> UnsafeFormat:
    with pytest.raises(UnsafeFormat) as caught:
        prove(formatted, original)
    return caught.value


def test_the_canonical_layout_passes() -> None:
    prove(print_document(load(ORIGINAL, PATH).documents[PATH]))


def test_a_result_that_does_not_parse() -> None:
    assert refusal(ORIGINAL + "a ->\n").check == "parses"


def test_changed_words() -> None:
    problem = refusal(ORIGINAL.replace("role", "rol"))
    assert (problem.check, problem.detail) == ("words", "2")


def test_a_dropped_statement() -> None:
    problem = refusal("# keep\nactor a \"A\" { role: participant }\n")
    assert (problem.check, problem.detail) == ("words", "3")


def test_a_changed_model_with_the_same_words(monkeypatch: pytest.MonkeyPatch) -> None:
    # The word check would see it first; switch it off to show the model check on its own.
    monkeypatch.setattr(safety, "_same_words", lambda before, after: True)
    assert refusal(ORIGINAL.replace("participant", "funder")).check == "model"


def test_different_findings(monkeypatch: pytest.MonkeyPatch) -> None:
    # Both texts build the same (partial) model; only the errors found differ.
    monkeypatch.setattr(safety, "_same_words", lambda before, after: True)
    problem = refusal('intervention i "I" { colour: red }\n', 'intervention i "I"\n')
    assert (problem.check, problem.detail) == ("findings", "E105")


def test_a_lost_or_changed_comment() -> None:
    assert refusal(ORIGINAL.replace("# keep\n", "")).detail == "# keep"
    assert refusal(ORIGINAL.replace("# keep", "# kept")).detail == "# keep"
    assert refusal(ORIGINAL + "# new\n").detail == "# new"


def test_trailing_spaces_in_comments_are_layout() -> None:
    canonical = print_document(load(ORIGINAL, PATH).documents[PATH])
    prove(canonical, ORIGINAL.replace("# keep", "# keep  "))


def test_an_unstable_result() -> None:
    canonical = print_document(load(ORIGINAL, PATH).documents[PATH])
    assert refusal(canonical.replace("{ by: a }", "{by:a}")).check == "stable"


def test_every_check_has_a_message_in_both_languages() -> None:
    from toc import i18n

    for check in safety.CHECKS:
        for lang in ("en", "nl"):
            assert i18n.text(f"fmt.unsafe.{check}", lang, detail="x")


def test_syntax_errors_are_refused_before_printing() -> None:
    with pytest.raises(NotParsed) as caught:
        format_text('actor a "A\n', PATH)
    assert [d.code for d in caught.value.errors] == ["E002"]
    with pytest.raises(NotParsed):
        format_text('actor a "bad \\q escape"\n', PATH)
