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


def test_a_text_in_its_layout_is_loaded_once_and_needs_no_proof(monkeypatch: pytest.MonkeyPatch) -> None:
    import toc.fmt as fmt

    canonical = print_document(load(ORIGINAL, PATH).documents[PATH])
    loads: list[str] = []
    real = fmt.load
    monkeypatch.setattr(fmt, "load", lambda text, path, **options: loads.append(text) or real(
        text, path, **options))
    assert not format_text(canonical, PATH).changed and loads == [canonical]
    loads.clear()
    assert format_text(ORIGINAL.replace("{ by: a }", "{by:a}"), PATH).changed and len(loads) == 2
    loads.clear()
    # A load the caller made of the same text is used, not made again.
    assert not format_text(canonical, PATH, loaded=load(canonical, PATH)).changed and loads == []


def test_the_original_tree_is_let_go_before_the_new_model_is_built(monkeypatch: pytest.MonkeyPatch) -> None:
    import gc
    import weakref

    import toc.fmt as fmt

    real = fmt.load
    trees: list[weakref.ref] = []
    let_go: list[bool] = []

    def watched(text: str, path: str, **options):  # noqa: ANN202
        proving = options.get("on_parsed")
        if proving is None:
            loaded = real(text, path, **options)
            trees.append(weakref.ref(loaded.documents[path]))
            return loaded

        def parsed(document, source) -> None:  # noqa: ANN001
            proving(document, source)
            gc.collect()
            let_go.append(trees[0]() is None)

        return real(text, path, **{**options, "on_parsed": parsed})

    monkeypatch.setattr(fmt, "load", watched)
    assert format_text(ORIGINAL.replace("{ by: a }", "{by:a}"), PATH).changed
    assert let_go == [True]


def test_the_formatter_compares_models_by_their_meaning(monkeypatch: pytest.MonkeyPatch) -> None:
    import toc.fmt as fmt
    from toc.fmt import printer

    real = printer.print_document
    monkeypatch.setattr(printer, "print_document",
                        lambda document: real(document).replace("participant", "funder"))
    monkeypatch.setattr(safety, "_same_words", lambda before, after: True)
    with pytest.raises(UnsafeFormat) as caught:
        fmt.format_text(ORIGINAL.replace("{ by: a }", "{by:a}"), PATH)
    assert caught.value.check == "model"


def test_the_meaning_digest_tells_theories_apart_as_equality_does() -> None:
    texts = [ORIGINAL, ORIGINAL.replace("participant", "funder"), ORIGINAL.replace("# keep\n", ""),
             ORIGINAL + 'outcome o "O" { indicator "I" { baseline: 2 } }\n',
             ORIGINAL + 'outcome o "O" { indicator "I" { baseline: 3 } }\n',
             "\n\n" + ORIGINAL.replace("{ by: a }", "{by:a}")]
    theories = [load(text, PATH).theory for text in texts]
    for one in theories:
        for other in theories:
            assert (safety.meaning_digest(one) == safety.meaning_digest(other)) == (one == other)
