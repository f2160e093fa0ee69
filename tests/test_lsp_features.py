"""The server's features as plain functions: ids, completion places, hover, outline and rename."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import EXAMPLES, load_text
from toc import i18n
from toc.escape.markdown import escape_markdown
from toc.language.vocabulary import ENUMS, NODE_WORDS
from toc.lsp.completion import complete, place_at
from toc.lsp.hover import hover_text
from toc.lsp.occurrences import Role, all_occurrences, declarations, occurrence_at, occurrences
from toc.lsp.outline import outline
from toc.lsp.rename import RenameRefused, rename_spans
from toc.model.kinds import NodeKind

PLAN = """theory "Pocket money" { lang: en }
actor parents "Parents" { role: participant }
actor team "Team" { role: implementer }
value dignity "Dignity"
intervention practice "Practising" { by: parents  serves: dignity }
context trust "Trust" { kind: enabling }
assumption weekly "Weekly money" { risk: high }
mechanism choosing "Choosing" { for: parents }
outcome skills "Skills" { horizon: short  valued_by: parents, team
  indicator "Compare prices" { kind: story }
}
external school "School"
practice -> choosing -> skills { when: trust  assumes: weekly }
school -> skills
counterfactual skills { deadweight: 20%  contributors: school }
"""


def labels(text_before: str, lang: str = "en") -> list[str]:
    loaded = load_text(PLAN)
    return [item.label for item in complete(text_before, loaded.documents.values(), lang)]


# Where ids are written -----------------------------------------------------------------------------


def test_every_role_of_an_id_is_found() -> None:
    document = load_text(PLAN).documents["t.toc"]
    roles = {(o.name, o.role) for o in occurrences(document)}
    assert ("skills", Role.DECLARATION) in roles
    assert ("skills", Role.LINK) in roles
    assert ("skills", Role.TARGET) in roles
    assert ("parents", Role.REFERENCE) in roles  # by:, for:, valued_by:
    assert ("trust", Role.REFERENCE) in roles and ("weekly", Role.REFERENCE) in roles
    assert ("school", Role.REFERENCE) in roles  # contributors:
    # Enumerated values and texts are not ids.
    assert not {name for name, _ in roles} & {"participant", "short", "story", "enabling"}
    assert len(all_occurrences([document], "parents")) == 1 + 3


def test_the_id_under_the_cursor_includes_its_last_character() -> None:
    document = load_text(PLAN).documents["t.toc"]
    line = PLAN.split("\n").index("school -> skills") + 1
    assert occurrence_at(document, line, 1).name == "school"
    assert occurrence_at(document, line, 7).name == "school"  # just after it
    assert occurrence_at(document, line, 8) is None  # on the arrow's space
    assert declarations([document])["skills"].kind is NodeKind.OUTCOME


# Completion ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("before, what, key", [
    ("", "statement", None),
    ("a -> b\n", "statement", None),
    ("a -> b\nou", "statement", None),
    ("a ->", "link_end", None),
    ("a, ", "link_end", None),
    ("a ->\n  ", "link_end", None),
    ("counterfactual ", "target", None),
    ("counterfactual a, ", "target", None),
    ("counterfactual a ", "nothing", None),
    ('outcome x "X" {\n  ', "key", None),
    ('outcome x "X" { horizon: short ', "key", None),
    ('outcome x "X" { horizon: ', "value", "horizon"),
    ('outcome x "X" { horizon: sh', "value", "horizon"),
    ('outcome x "X" { valued_by: a, ', "value", "valued_by"),
    ('outcome x "X" { indicator "I" { kind: ', "value", "kind"),
    ('outcome x "X" { indicator "I" { kind: story } ', "key", None),
    ('outcome x "X', "nothing", None),
    ("# a comment ", "nothing", None),
    ("outcome ", "nothing", None),
    # Unicode ids, CRLF line ends, and braces or quotes inside texts and comments.
    ('outcome één "Één" {\r\n  horizon: ', "value", "horizon"),
    ("a -> b # c\r\n", "statement", None),
    ('a -> "b', "nothing", None),
    ('outcome x "a \\" {" {\n  ', "key", None),
    ('outcome x "X" { # a { in a comment\n  horizon: ', "value", "horizon"),
    ('outcome x "X" { horizon: short }\r\nzelfredzaamheid -> ', "link_end", None),
])
def test_the_place_at_the_cursor(before: str, what: str, key: str | None) -> None:
    place = place_at(before)
    assert (place.what, place.key) == (what, key)


def test_ids_are_offered_by_the_kind_the_attribute_needs() -> None:
    assert labels('intervention x "X" { by: ') == ["parents", "team"]
    assert labels('intervention x "X" { by: parents, ') == ["team"]
    # contexts first, then the results and outside factors that may also condition a link
    assert labels("a -> b { when: ") == ["trust", "skills", "school"]
    assert labels("a -> b { assumes: ") == ["weekly"]
    assert labels('intervention x "X" { serves: ') == ["dignity"]
    assert labels("counterfactual ") == ["skills"]
    # in the order of the kinds the attribute takes: outside factors first
    assert labels("counterfactual { contributors: ") == ["school", "practice", "parents", "team"]
    linkable = labels("practice -> ")
    assert "choosing" in linkable and "parents" not in linkable and "weekly" not in linkable


def test_keywords_come_in_both_languages_with_the_documents_first() -> None:
    loaded = load_text(PLAN)
    for lang, first, second in (("en", "outcome", "uitkomst"), ("nl", "uitkomst", "outcome")):
        items = complete("", loaded.documents.values(), lang)
        ordered = [i.label for i in sorted(items, key=lambda i: i.sort_text)]
        assert ordered.index(first) < ordered.index(second)
    every_spelling = {s for w in NODE_WORDS.values() for s in w.spellings}
    assert every_spelling <= set(labels(""))


def test_enumerated_values_and_attribute_names() -> None:
    assert set(labels('outcome x "X" { horizon: ')) == {
        s for w in ENUMS["horizon"].values() for s in w.spellings}
    assert set(labels('context x "X" { kind: ')) == {"enabling", "hindering", "bevorderend",
                                                     "belemmerend"}
    keys = labels('outcome x "X" { ', "nl")
    assert {"termijn", "horizon", "onbedoeld", "indicator"} <= set(keys)
    assert "role" not in keys
    assert "when" in labels("a -> b { ") and "deadweight" in labels("counterfactual { ")


# Hover ----------------------------------------------------------------------------------------------


def test_user_text_is_escaped_for_markdown() -> None:
    label = "**bold** [link](x) `code` <b>"
    theory = load_text(f'outcome skills "{label}"').theory
    text = hover_text(theory, "skills", "en")
    assert escape_markdown(label) in text and label not in text


def test_hover_text_in_dutch_spells_keywords_and_values_in_dutch() -> None:
    text = hover_text(load_text(PLAN).theory, "skills", "nl")
    assert text.startswith("**uitkomst** `skills`: Skills")
    assert "termijn: kort" in text and "gewaardeerd_door: `parents`, `team`" in text
    assert "indicator: Compare prices (verhaal)" in text
    assert "Inkomende verbanden (2)" in text and "Genoemd door" not in text
    assert hover_text(load_text(PLAN).theory, "nowhere", "nl") is None


def test_hover_text_of_a_label_with_markup_shows_it_as_text() -> None:
    theory = load_text('outcome x "*not* bold_text"').theory
    assert r"\*not\* bold\_text" in hover_text(theory, "x", "en")


# Outline and rename --------------------------------------------------------------------------------


def test_outline_children_lie_inside_their_group() -> None:
    symbols = outline(load_text(PLAN).documents["t.toc"], "en")
    assert [s.name for s in symbols][:3] == ["Pocket money", "Actors", "Values"]
    for group in symbols:
        for child in group.children:
            assert group.span.start <= child.span.start <= child.span.end <= group.span.end


def test_rename_finds_every_occurrence_and_refuses_what_would_break() -> None:
    document = load_text(PLAN).documents["t.toc"]
    target = declarations([document])["skills"]
    spans = rename_spans([document], target, "abilities", "en")["t.toc"]
    assert len(spans) == len(all_occurrences([document], "skills")) == 4
    with pytest.raises(RenameRefused, match="cannot be an id"):
        rename_spans([document], target, "two words", "en")
    with pytest.raises(RenameRefused, match="al gebruikt"):
        rename_spans([document], target, "school", "nl")
    assert rename_spans([document], target, "skills", "en") == {}
    assert len(rename_spans([document], target, "vaardigheden_één", "en")["t.toc"]) == 4
    with pytest.raises(RenameRefused, match="cannot be an id"):
        rename_spans([document], target, "2de", "en")


def test_the_server_messages_exist_in_both_languages_with_the_same_placeholders() -> None:
    from tests import catalogues

    english, dutch = catalogues.area("lsp", "en"), catalogues.area("lsp", "nl")
    assert english and english.keys() == dutch.keys()
    for key, text in english.items():
        assert i18n.placeholders(text) == i18n.placeholders(dutch[key]), key


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_declared_id_in_the_examples_has_a_hover(path) -> None:
    loaded = load_text(path.read_text(encoding="utf-8"), str(path))
    for name in declarations(loaded.documents.values()):
        assert hover_text(loaded.theory, name, loaded.lang)


def test_toc_lsp_is_a_command_and_pygls_loads_only_when_it_runs() -> None:
    from tests.conftest import run_cli

    result = run_cli("lsp", "--help")
    assert result.exit_code == 0 and "language server" in result.stdout
    probe = subprocess.run([sys.executable, "-c", "import sys, toc.cli; print('pygls' in sys.modules)"],
                           capture_output=True, text=True, check=True)
    assert probe.stdout.strip() == "False"
