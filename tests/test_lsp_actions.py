"""Quick fixes over the protocol: each action's edit, applied to the text, leaves a theory without the problem."""

from __future__ import annotations

import asyncio
import itertools
import sys

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from tests.lsp_helpers import apply_edits, position_of
from toc.api import lint, load
from toc.language.diagnostics import Diagnostic
from toc.model.kinds import CONDITION_KINDS

WAIT = 30  # seconds; a server that never answers fails the test instead of hanging it
_NUMBERS = itertools.count()

DUTCH = """theorie "Zakgeld als oefenplek" { taal: nl }
actor ouders "Ouders met weinig geld" { rol: deelnemer }
interventie oefenen "Oefenen met zakgeld" { door: ouderz }
context vertrouwen "Vertrouwen in het team" { soort: bevorderend }
uitkomst vaardigheden "Financiële vaardigheden" { termijn: kort }
oefenen -> vaardigheden { als: steun_thuis }
"""

ENGLISH = """theory "Pocket money" { lang: en }
actor parents "Parents" { role: participant }
intervention practice "Practising" { by: parents }
mechanism choosing "Choosing"
outcome skills "Skills" { horizon: short }
practice -> choosing
choosing -> skills
"""

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_lsp.fixture(scope="module",
                   config=ClientServerConfig(server_command=[sys.executable, "-m", "toc", "lsp"]))
async def client(lsp_client: LanguageClient):
    result = await lsp_client.initialize_session(types.InitializeParams(capabilities=types.ClientCapabilities()))
    lsp_client.server_capabilities = result.capabilities
    yield
    await lsp_client.shutdown_session()


async def actions_at(client: LanguageClient, text: str, needle: str, after: str = "",
                     only: list[str] | None = None) -> tuple[str, list[types.CodeAction]]:
    """Open `text` (as a new document), wait for its findings, and ask for the actions at `needle`."""
    uri = f"file:///tmp/toc-lsp-actions/plan{next(_NUMBERS)}.toc"
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(uri=uri, language_id="toc", version=1, text=text)))
    # The findings of this document (not the emptied list of the one closed before it), lint's among them.
    while uri not in client.diagnostics:
        await asyncio.wait_for(client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), WAIT)
    position = position_of(text, needle, after=after)
    actions = await asyncio.wait_for(client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri), range=types.Range(position, position),
        context=types.CodeActionContext(diagnostics=client.diagnostics.get(uri, []), only=only))), WAIT)
    client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri)))
    return uri, list(actions or [])


def applied(uri: str, action: types.CodeAction, text: str) -> str:
    assert action.kind == types.CodeActionKind.QuickFix
    assert set(action.edit.changes) == {uri}
    return apply_edits(text, action.edit.changes[uri])


def findings(text: str) -> list[Diagnostic]:
    """What `toc check` and then `toc lint` say about a text."""
    loaded = load(text, "/tmp/toc-lsp-actions/plan.toc")
    return loaded.diagnostics + (lint(loaded) if loaded.ok else [])


def titled(actions: list[types.CodeAction], start: str) -> types.CodeAction:
    [action] = [a for a in actions if a.title.startswith(start)]
    return action


async def test_the_server_offers_quick_fixes(client: LanguageClient) -> None:
    assert list(client.server_capabilities.code_action_provider.code_action_kinds) == [
        types.CodeActionKind.QuickFix]


# Replace with the suggestion ---------------------------------------------------------------------


async def test_a_misspelt_reference_is_replaced_by_the_suggestion_first(client: LanguageClient) -> None:
    uri, actions = await actions_at(client, DUTCH, "ouderz")
    first = actions[0]
    assert first.title == "Vervang door 'ouders'" and first.is_preferred
    assert [d.code for d in first.diagnostics] == ["E102"]
    # Clients that keep a diagnostic's data find the suggestion there, and the kinds it may be.
    assert first.diagnostics[0].data == {"name": "unknown-node", "suggestion": "ouders", "kinds": ["actor"]}
    fixed = applied(uri, first, DUTCH)
    assert "{ door: ouders }" in fixed
    assert [d.code for d in load(fixed, "plan.toc").diagnostics] == ["E102"]  # only `steun_thuis` is left
    # A near miss is a typo: declaring it as a new element is not offered.
    assert not [a for a in actions if "ouderz" in a.title]


@pytest.mark.parametrize(("wrong", "right", "code"), [
    ("outcome skills", "outcom skills", "E101"),  # a keyword
    ("horizon: short", "horizn: short", "E105"),  # an attribute
    ("horizon: short", "horizon: shrt", "E106"),  # a value
    ("horizon: short", "horizon: short  unintnded", "E116"),  # a flag
])
async def test_every_did_you_mean_is_a_preferred_fix(client: LanguageClient, wrong: str, right: str,
                                                     code: str) -> None:
    broken = ENGLISH.replace(wrong, right)
    word = {"E101": "outcom", "E105": "horizn", "E106": "shrt", "E116": "unintnded"}[code]
    uri, actions = await actions_at(client, broken, word)
    first = actions[0]
    assert first.is_preferred and [d.code for d in first.diagnostics] == [code]
    fixed = applied(uri, first, broken)
    assert code not in [d.code for d in load(fixed, "plan.toc").diagnostics]
    assert load(fixed, "plan.toc").ok


async def test_a_fraction_for_a_percentage_becomes_the_percentage(client: LanguageClient) -> None:
    broken = ENGLISH + "counterfactual skills { deadweight: 0.3 }\n"
    uri, actions = await actions_at(client, broken, "0.3")
    assert actions[0].title == "Replace with '30%'"
    fixed = applied(uri, actions[0], broken)
    assert "deadweight: 30%" in fixed and load(fixed, "plan.toc").ok


# Declare the missing element ---------------------------------------------------------------------


async def test_an_unknown_id_is_declared_as_each_kind_its_place_allows(client: LanguageClient) -> None:
    uri, actions = await actions_at(client, DUTCH, "steun_thuis")
    declared = [a for a in actions if "steun_thuis" in a.title]
    # `als:` takes contexts and results, so those are the kinds offered, in Dutch.
    assert [a.title for a in declared] == [
        "Voeg 'steun_thuis' toe als " + kind for kind in
        ("context", "prestatie", "uitkomst", "impact", "effect", "externe factor")]
    assert len(declared) == len(CONDITION_KINDS) and not any(a.is_preferred for a in declared)
    for action, kind in zip(declared, CONDITION_KINDS, strict=True):
        fixed = applied(uri, action, DUTCH.replace("ouderz", "ouders"))
        loaded = load(fixed, "plan.toc")
        assert loaded.ok, (kind, [d.message for d in loaded.diagnostics])
        assert {n.id: n.kind for n in loaded.theory.nodes}["steun_thuis"] is kind


async def test_a_declaration_goes_after_its_kind_or_the_last_declaration_in_the_files_language(
        client: LanguageClient) -> None:
    uri, actions = await actions_at(client, DUTCH, "steun_thuis")
    lines = applied(uri, titled(actions, "Voeg 'steun_thuis' toe als context"), DUTCH).split("\n")
    # After the other context, with a label made from the id.
    assert lines[lines.index('context vertrouwen "Vertrouwen in het team" { soort: bevorderend }') + 1] \
        == 'context steun_thuis "Steun thuis"'
    lines = applied(uri, titled(actions, "Voeg 'steun_thuis' toe als externe factor"), DUTCH).split("\n")
    # No external factor yet: after the last declaration, before the links.
    assert lines[-4:-1] == ['uitkomst vaardigheden "Financiële vaardigheden" { termijn: kort }',
                            'extern steun_thuis "Steun thuis"',
                            "oefenen -> vaardigheden { als: steun_thuis }"]


async def test_a_declaration_keeps_the_files_line_breaks_and_indentation(client: LanguageClient) -> None:
    text = 'theory "T"\r\n  outcome skills "Skills"\r\n  skills -> grades\r\n'
    uri, actions = await actions_at(client, text, "grades")
    fixed = applied(uri, titled(actions, "Declare 'grades' as outcome"), text)
    assert fixed == 'theory "T"\r\n  outcome skills "Skills"\r\n  outcome grades "Grades"\r\n  skills -> grades\r\n'
    text = 'theory "T"\nactor a "A"\nintervention i "I" { by: a, ngo }'  # no line break at the end
    uri, actions = await actions_at(client, text, "ngo")
    assert [a.title for a in actions] == ["Declare 'ngo' as actor"]  # `by:` takes actors only
    fixed = applied(uri, actions[0], text)
    assert fixed == 'theory "T"\nactor a "A"\nactor ngo "Ngo"\nintervention i "I" { by: a, ngo }'
    assert load(fixed, "plan.toc").ok


# Silence a lint finding ----------------------------------------------------------------------------


async def test_a_lint_finding_is_silenced_with_a_comment_on_its_line(client: LanguageClient) -> None:
    uri, actions = await actions_at(client, ENGLISH, "practice -> choosing")
    names = [d.name for d in findings(ENGLISH) if d.span and d.span.line == 6]
    assert names, "the example should have a finding on its link"
    for name in names:
        action = titled(actions, f"Ignore {name} on this line")
        fixed = applied(uri, action, ENGLISH)
        assert f"practice -> choosing  # toc: ignore[{name}]" in fixed
        assert name not in [d.name for d in findings(fixed)]
        assert len(findings(fixed)) == len(findings(ENGLISH)) - 1


async def test_a_directive_there_takes_the_rule_and_another_comment_stays_where_it_is(
        client: LanguageClient) -> None:
    [rule] = [d.name for d in findings(ENGLISH) if d.span and d.span.line == 6]
    for directive in ("practice -> choosing  # toc: ignore[miracle-leap ]",
                      "# toc: ignore[miracle-leap ]\npractice -> choosing"):
        with_directive = ENGLISH.replace("practice -> choosing", directive)
        uri, actions = await actions_at(client, with_directive, "practice -> choosing")
        fixed = applied(uri, titled(actions, f"Ignore {rule}"), with_directive)
        assert fixed == with_directive.replace("miracle-leap ", f"miracle-leap, {rule} ")
        assert rule not in {d.name for d in findings(fixed)}
    with_note = ENGLISH.replace("practice -> choosing", "practice -> choosing  # seen in the pilot")
    uri, actions = await actions_at(client, with_note, "practice -> choosing")
    fixed = applied(uri, titled(actions, f"Ignore {rule}"), with_note)
    assert f"# toc: ignore[{rule}]\npractice -> choosing  # seen in the pilot\n" in fixed
    assert rule not in {d.name for d in findings(fixed)}


async def test_a_question_about_the_whole_theory_is_silenced_on_its_header(client: LanguageClient) -> None:
    text = DUTCH.replace("ouderz", "ouders").replace("steun_thuis", "vertrouwen")
    whole = [d for d in findings(text) if d.whole_theory]
    uri, actions = await actions_at(client, text, "theorie")
    action = titled(actions, f"Negeer {whole[0].name} voor deze theorie")
    fixed = applied(uri, action, text)
    assert fixed.startswith(f'theorie "Zakgeld als oefenplek" {{ taal: nl }}  # toc: ignore[{whole[0].name}]\n')
    assert whole[0].name not in {d.name for d in findings(fixed)}


async def test_load_errors_are_not_silenced(client: LanguageClient) -> None:
    _, actions = await actions_at(client, DUTCH, "ouderz")
    assert not [a for a in actions if "toc: ignore" in a.title]


# The critique's sure fixes ------------------------------------------------------------------------


@pytest.mark.parametrize(("arrow", "kind"), [("->", "reinforcing"), ("-|", "balancing")])
async def test_a_loop_whose_arrows_say_its_kind_is_marked(client: LanguageClient, arrow: str,
                                                         kind: str) -> None:
    text = ENGLISH + f"skills {arrow} practice\n"
    uri, actions = await actions_at(client, text, "practice -> choosing")
    action = titled(actions, f"Add 'loop: {kind}'")
    assert action.is_preferred
    fixed = applied(uri, action, text)
    assert f"practice -> choosing {{ loop: {kind} }}\n" in fixed
    assert "undeclared-loop" not in {d.name for d in findings(fixed)}
    assert len(findings(fixed)) == len(findings(text)) - 1


async def test_a_link_statement_of_several_links_is_left_to_the_writer(client: LanguageClient) -> None:
    # The loop's first link shares its statement with another: `loop:` would mark both.
    text = ENGLISH.replace("practice -> choosing", "practice -> choosing, skills") \
        + "choosing -> practice\n"
    assert "undeclared-loop" in {d.name for d in findings(text)}
    _, actions = await actions_at(client, text, "practice -> choosing")
    assert not [a for a in actions if a.title.startswith("Add 'loop")]
    assert [a for a in actions if a.title == "Ignore undeclared-loop on this line (# toc: ignore)"]


async def test_a_number_indicator_gets_an_unknown_baseline_in_the_files_language(
        client: LanguageClient) -> None:
    text = DUTCH.replace("ouderz", "ouders").replace("steun_thuis", "vertrouwen").replace("{ termijn: kort }",
                                                     '{ termijn: kort\n  indicator "Spaargeld" { soort: getal }\n}')
    uri, actions = await actions_at(client, text, "indicator")
    action = titled(actions, "Voeg 'nulmeting: onbekend' toe")
    fixed = applied(uri, action, text)
    assert 'indicator "Spaargeld" { soort: getal  nulmeting: onbekend }' in fixed
    assert "indicator-without-baseline" not in {d.name for d in findings(fixed)}


# What is not asked for ----------------------------------------------------------------------------


async def test_nothing_is_offered_away_from_a_finding_or_when_other_kinds_are_asked_for(
        client: LanguageClient) -> None:
    _, actions = await actions_at(client, DUTCH, "Ouders met")
    assert actions == []
    _, actions = await actions_at(client, DUTCH, "ouderz", only=[types.CodeActionKind.Refactor])
    assert actions == []
    _, actions = await actions_at(client, DUTCH, "ouderz", only=[types.CodeActionKind.QuickFix])
    assert actions[0].title == "Vervang door 'ouders'"

