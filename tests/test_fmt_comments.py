"""Comment attachment: each comment goes to the statement, attribute or brace it belongs to."""

from __future__ import annotations

from toc.api import load
from toc.fmt.comments import Attached, attach
from toc.language.syntax import Document


def attached(text: str) -> tuple[Document, Attached]:
    document = load(text, "t.toc").documents["t.toc"]
    assert document.diagnostics == []
    return document, attach(document)


def leading(attachment: Attached, element: object) -> list[tuple[str, bool]]:
    return [(c.text, c.blank_before) for c in attachment.of(element).leading]


def test_leading_comments_and_blank_lines() -> None:
    document, found = attached("# one\n\n# two\n# three\n\na -> b\n")
    assert leading(found, document.statements[0]) == [
        ("# one", False), ("# two", True), ("# three", False)]
    assert found.of(document.statements[0]).blank_before is True


def test_trailing_comment_of_a_statement() -> None:
    document, found = attached("a -> b  # why\nc -> d\n")
    first, second = document.statements
    assert found.of(first).trailing == "# why"
    assert found.of(second).leading == [] and found.of(second).trailing is None


def test_comments_inside_braces() -> None:
    document, found = attached(
        'outcome o "O" { # open\n'
        "  # before horizon\n"
        "  horizon: short # after horizon\n"
        '  indicator "I" { # open inner\n'
        "    kind: story\n"
        "    # closing inner\n"
        "  } # after indicator\n"
        "\n"
        "  # closing\n"
        "} # after statement\n")
    statement = document.statements[0]
    horizon, indicator = statement.attributes.items
    assert found.of(statement.attributes).opening == "# open"
    assert leading(found, horizon) == [("# before horizon", False)]
    assert found.of(horizon).trailing == "# after horizon"
    assert found.of(indicator.attributes).opening == "# open inner"
    assert [c.text for c in found.of(indicator.attributes).closing] == ["# closing inner"]
    assert found.of(indicator).trailing == "# after indicator"
    assert [(c.text, c.blank_before) for c in found.of(statement.attributes).closing] == [
        ("# closing", True)]
    assert found.of(statement).trailing == "# after statement"


def test_trailing_comment_goes_to_the_last_attribute_on_its_line() -> None:
    document, found = attached('effect e "E" {\n  unintended negative # both\n}\n')
    first, second = document.statements[0].attributes.items
    assert found.of(first).trailing is None
    assert found.of(second).trailing == "# both"


def test_comments_between_the_words_of_a_statement_move_before_it() -> None:
    document, found = attached("# lead\n\na -> # arrow\n  b, # comma\n  c\n")
    statement = document.statements[0]
    assert leading(found, statement) == [("# lead", False), ("# arrow", True), ("# comma", False)]
    assert found.of(statement).blank_before is False


def test_comments_inside_a_list_of_values_move_before_the_attribute() -> None:
    document, found = attached('intervention i "I" {\n  by: a, # first\n    b\n}\n')
    pair = document.statements[0].attributes.items[0]
    assert leading(found, pair) == [("# first", False)]


def test_comments_at_the_end_of_the_file() -> None:
    document, found = attached("a -> b\n\n# end\n  # indented\n")
    assert [(c.text, c.blank_before) for c in found.end] == [("# end", True), ("# indented", False)]


def test_a_file_of_only_comments() -> None:
    document, found = attached("# only\n\n# comments\n")
    assert document.statements == []
    assert [(c.text, c.blank_before) for c in found.end] == [
        ("# only", False), ("# comments", True)]


def test_blank_lines_between_attributes_without_comments() -> None:
    document, found = attached('outcome o "O" {\n\n  horizon: short\n\n  level: person\n}\n')
    horizon, level = document.statements[0].attributes.items
    assert found.of(horizon).blank_before is False  # never right after `{`
    assert found.of(level).blank_before is True
