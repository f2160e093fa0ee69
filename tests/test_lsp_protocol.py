"""`toc lsp` over the protocol: diagnostics, hover, definition, references, completion, outline, rename."""

from __future__ import annotations

import asyncio
import sys

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from tests.conftest import EXAMPLES
from tests.lsp_helpers import apply_edits, position_of, utf16_units
from toc.api import load
from toc.lsp.adapters import find_lint, lint_findings

WAIT = 30  # seconds; a server that never answers fails the test instead of hanging it
URI = "file:///tmp/toc-lsp-test/plan.toc"

# Emoji (two UTF-16 units each) and Dutch diacritics stand before the positions tested.
PLAN = """theorie "Zakgeld 😀 als oefenplek" {
  taal: nl
}
actor ouders "Ouders 👪 met weinig geld" { rol: deelnemer }
actor kinderen "Kinderen" { rol: deelnemer }
interventie oefenen "Oefenen 🎲 met één munt per week" { door: ouders, kinderen }
context vertrouwen "Vertrouwen in het team" { soort: bevorderend }
aanname wekelijks "Gezinnen kunnen elke week geven" { risico: hoog }
uitkomst vaardigheden "Financiële vaardigheden" { termijn: kort }
oefenen -> vaardigheden { als: vertrouwen  veronderstelt: wekelijks }
counterfactual vaardigheden { sowieso: 20% }
"""


# One server for the module (starting one takes a second); each test opens its own text.
pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_lsp.fixture(scope="module",
                   config=ClientServerConfig(server_command=[sys.executable, "-m", "toc", "lsp"]))
async def client(lsp_client: LanguageClient):
    # A client that prefers UTF-8 positions: the server must still choose UTF-16.
    capabilities = types.ClientCapabilities(
        general=types.GeneralClientCapabilities(position_encodings=[
            types.PositionEncodingKind.Utf8, types.PositionEncodingKind.Utf32,
            types.PositionEncodingKind.Utf16]),
        text_document=types.TextDocumentClientCapabilities(
            rename=types.RenameClientCapabilities(prepare_support=True)))
    result = await lsp_client.initialize_session(types.InitializeParams(capabilities=capabilities))
    lsp_client.server_capabilities = result.capabilities
    yield
    await lsp_client.shutdown_session()


async def open_document(client: LanguageClient, text: str, uri: str = URI) -> list[types.Diagnostic]:
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(uri=uri, language_id="toc", version=1, text=text)))
    await asyncio.wait_for(
        client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), WAIT)
    return list(client.diagnostics[uri])


def expected_codes(text: str, path: str = "/tmp/toc-lsp-test/plan.toc") -> list[str]:
    """The codes `toc check` and, when it is installed, `toc lint` give for a text."""
    loaded = load(text, path)
    return [d.code for d in loaded.diagnostics + lint_findings(loaded, find_lint())]


def at(position: types.Position, uri: str = URI) -> dict:
    return {"text_document": types.TextDocumentIdentifier(uri), "position": position}


async def test_the_server_offers_its_features_in_utf16(client: LanguageClient) -> None:
    capabilities = client.server_capabilities
    assert capabilities.position_encoding == types.PositionEncodingKind.Utf16
    assert capabilities.hover_provider and capabilities.definition_provider
    assert capabilities.references_provider and capabilities.document_symbol_provider
    assert capabilities.document_formatting_provider
    assert capabilities.rename_provider.prepare_provider is True
    assert ":" in capabilities.completion_provider.trigger_characters


async def test_a_valid_theory_shows_what_check_and_lint_find(client: LanguageClient) -> None:
    diagnostics = await open_document(client, PLAN)
    assert [d.code for d in diagnostics] == expected_codes(PLAN)
    assert all(d.severity != types.DiagnosticSeverity.Error for d in diagnostics)


async def test_diagnostics_are_positioned_in_utf16_with_code_severity_and_hint(
        client: LanguageClient) -> None:
    # A name with no near one: the hint says how to declare it (as an actor, which 'door:' takes).
    broken = PLAN.replace("door: ouders, kinderen", "door: buurtteam, kinderen")
    diagnostics = await open_document(client, broken)
    assert [d.code for d in diagnostics] == ["E102"]
    problem = diagnostics[0]
    assert problem.severity == types.DiagnosticSeverity.Error
    assert problem.source == "toc"
    hint = load(broken, "plan.toc").diagnostics[0].hint
    assert "buurtteam" in problem.message and hint and 'actor buurtteam "..."' in hint
    assert hint in problem.message
    start = position_of(broken, "buurtteam")
    assert problem.range.start == start
    assert problem.range.end == types.Position(start.line, start.character + len("buurtteam"))
    # The emoji before it counts twice in UTF-16, once in code points.
    line_text = broken.split("\n")[start.line]
    assert start.character == line_text.index("buurtteam") + 1
    # A near name: the correction alone.
    misspelt = await open_document(client, PLAN.replace("door: ouders, kinderen", "door: ouderz, kinderen"))
    assert "bedoel je 'ouders'" in misspelt[0].message and "Beschrijf" not in misspelt[0].message


async def test_a_syntax_error_is_reported_and_then_cleared_by_an_edit(client: LanguageClient) -> None:
    broken = PLAN.replace('"Kinderen" {', '"Kinderen {')
    diagnostics = await open_document(client, broken)
    assert "E002" in [d.code for d in diagnostics]
    start = position_of(broken, '"Kinderen {')
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(uri=URI, version=2),
        [types.TextDocumentContentChangePartial(
            range=types.Range(types.Position(start.line, start.character + 9),
                              types.Position(start.line, start.character + 9)),
            text='"')]))
    await asyncio.wait_for(
        client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), WAIT)
    assert [d.code for d in client.diagnostics[URI]] == expected_codes(PLAN)


async def test_hover_shows_kind_label_attributes_and_links(client: LanguageClient) -> None:
    await open_document(client, PLAN)
    position = position_of(PLAN, "ouders", after="door: ")
    hover = await client.text_document_hover_async(types.HoverParams(**at(position)))
    assert hover is not None and hover.contents.kind == types.MarkupKind.Markdown
    assert "**actor** `ouders`" in hover.contents.value
    assert "Ouders 👪 met weinig geld" in hover.contents.value
    assert "rol: deelnemer" in hover.contents.value
    assert "`oefenen` (door)" in hover.contents.value
    assert hover.range.start == position
    outcome = await client.text_document_hover_async(types.HoverParams(
        **at(position_of(PLAN, "vaardigheden", after="counterfactual "))))
    assert "Inkomende verbanden (1)" in outcome.contents.value
    assert "`oefenen -> vaardigheden`" in outcome.contents.value
    assert "termijn: kort" in outcome.contents.value


async def test_hover_off_an_id_answers_nothing(client: LanguageClient) -> None:
    await open_document(client, PLAN)
    hover = await client.text_document_hover_async(types.HoverParams(
        **at(position_of(PLAN, "Zakgeld"))))
    assert hover is None


async def test_definition_of_a_reference_after_an_emoji(client: LanguageClient) -> None:
    await open_document(client, PLAN)
    result = await client.text_document_definition_async(types.DefinitionParams(
        **at(position_of(PLAN, "kinderen", after="door: "))))
    assert result.uri == URI
    assert result.range.start == position_of(PLAN, "kinderen", after="actor ")


async def test_references_cover_declaration_links_attributes_and_counterfactuals(
        client: LanguageClient) -> None:
    await open_document(client, PLAN)
    position = position_of(PLAN, "vaardigheden", after="uitkomst ")
    found = await client.text_document_references_async(types.ReferenceParams(
        **at(position), context=types.ReferenceContext(include_declaration=True)))
    assert sorted(r.range.start.line for r in found) == [8, 9, 10]
    without = await client.text_document_references_async(types.ReferenceParams(
        **at(position), context=types.ReferenceContext(include_declaration=False)))
    assert len(without) == len(found) - 1


async def test_completion_offers_ids_of_the_kind_the_attribute_needs(client: LanguageClient) -> None:
    text = PLAN + "oefenen -> vaardigheden { als: "
    await open_document(client, text)
    end = types.Position(text.count("\n"), utf16_units(text.split("\n")[-1]))
    result = await client.text_document_completion_async(types.CompletionParams(**at(end)))
    items = result.items if isinstance(result, types.CompletionList) else result
    # the context first; a result may condition a link too (a realist ripple effect)
    assert [item.label for item in items] == ["vertrouwen", "vaardigheden"]


async def test_completion_of_many_ids_offers_a_first_part_and_says_there_is_more(
        client: LanguageClient) -> None:
    uri = "file:///tmp/toc-lsp-test/many.toc"
    text = "".join(f'outcome o{n} "O {n}"\n' for n in range(250)) + "o1 -> "
    await open_document(client, text, uri)
    end = types.Position(text.count("\n"), len(text.split("\n")[-1]))
    result = await client.text_document_completion_async(types.CompletionParams(**at(end, uri)))
    assert isinstance(result, types.CompletionList) and result.is_incomplete
    assert 0 < len(result.items) <= 100
    typed = text + "o24"
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        [types.TextDocumentContentChangeWholeDocument(text=typed)]))
    end = types.Position(typed.count("\n"), len(typed.split("\n")[-1]))
    result = await client.text_document_completion_async(types.CompletionParams(**at(end, uri)))
    assert not result.is_incomplete
    assert [item.label for item in result.items][:2] == ["o24", "o124"]


async def test_completion_of_enumerated_values_puts_dutch_first(client: LanguageClient) -> None:
    text = PLAN.replace("termijn: kort", "termijn: ")
    await open_document(client, text)
    position = position_of(text, "}", after="termijn: ")
    result = await client.text_document_completion_async(types.CompletionParams(**at(position)))
    items = result.items if isinstance(result, types.CompletionList) else result
    ordered = [item.label for item in sorted(items, key=lambda i: i.sort_text)]
    assert set(ordered) >= {"kort", "short", "lang", "long"}
    assert ordered.index("kort") < ordered.index("short")


async def test_outline_groups_nodes_by_kind(client: LanguageClient) -> None:
    await open_document(client, PLAN)
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(
        types.TextDocumentIdentifier(URI)))
    by_name = {s.name: s for s in symbols}
    assert [c.name for c in by_name["Actoren"].children] == ["ouders", "kinderen"]
    assert [c.name for c in by_name["Verbanden"].children] == ["oefenen -> vaardigheden"]
    assert "Tegenfeitelijke scenario's" in by_name
    ouders = by_name["Actoren"].children[0]
    assert ouders.selection_range.start == position_of(PLAN, "ouders")


async def test_groups_over_the_protocol(client: LanguageClient) -> None:
    uri = "file:///tmp/toc-lsp-test/groups.toc"
    text = ('theorie "Buurt" { taal: nl }\n'
            'interventie bezoek "Huisbezoek" { indicator "Bezoeken" { nulmeting: onbekend } }\n'
            'uitkomst minder_eenzaam "Minder eenzaam" { streven: minder }\n'
            'groep aanpak "De aanpak" { leden: bezoek }\n'
            'groep geheel "Het geheel" { leden: aanpak, minder_eenzaam }\n'
            'bezoek -> minder_eenzaam\n')
    assert [d.code for d in await open_document(client, text, uri)] == expected_codes(
        text, "/tmp/toc-lsp-test/groups.toc")
    hover = await client.text_document_hover_async(types.HoverParams(
        **at(position_of(text, "aanpak", after="leden: "), uri)))
    assert "**groep** `aanpak`: De aanpak" in hover.contents.value
    assert "- groep: `geheel` (Het geheel)" in hover.contents.value
    definition = await client.text_document_definition_async(types.DefinitionParams(
        **at(position_of(text, "aanpak", after="leden: "), uri)))
    assert definition.range.start == position_of(text, "aanpak")
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(
        types.TextDocumentIdentifier(uri)))
    (groups,) = [s for s in symbols if s.name == "Groepen"]
    assert [g.name for g in groups.children] == ["geheel"]
    assert [c.name for c in groups.children[0].children] == ["aanpak", "minder_eenzaam"]
    end = position_of(text, "aanpak", after="leden: ")
    result = await client.text_document_completion_async(types.CompletionParams(**at(end, uri)))
    items = result.items if isinstance(result, types.CompletionList) else result
    assert {"aanpak", "bezoek", "minder_eenzaam"} <= {item.label for item in items}


async def test_rename_rewrites_every_occurrence(client: LanguageClient) -> None:
    await open_document(client, PLAN)
    position = position_of(PLAN, "vaardigheden", after="-> ")
    prepared = await client.text_document_prepare_rename_async(types.PrepareRenameParams(**at(position)))
    assert prepared.start == position
    edit = await client.text_document_rename_async(types.RenameParams(
        **at(position), new_name="geldvaardigheid"))
    renamed = apply_edits(PLAN, edit.changes[URI])
    assert "vaardigheden" not in renamed.replace("Financiële vaardigheden", "")
    loaded = load(renamed, "plan.toc")
    assert loaded.ok and loaded.theory.node("geldvaardigheid") is not None
    assert loaded.theory.counterfactuals[0].targets == ["geldvaardigheid"]


@pytest.mark.parametrize("new_name, reason", [("2e_doel", "kan geen id zijn"),
                                              ("ouders", "wordt al gebruikt")])
async def test_rename_refuses_bad_or_taken_names_in_the_theorys_language(
        client: LanguageClient, new_name: str, reason: str) -> None:
    await open_document(client, PLAN)
    with pytest.raises(Exception, match=reason):
        await client.text_document_rename_async(types.RenameParams(
            **at(position_of(PLAN, "kinderen")), new_name=new_name))


async def test_an_included_file_is_read_from_disk(client: LanguageClient, tmp_path) -> None:
    (tmp_path / "common.toc").write_text(
        'actor team "Het team" { rol: uitvoerder }\ncontext rust "Rust" { soort: bevorderend, x }\n',
        encoding="utf-8")
    uri = (tmp_path / "plan.toc").as_uri()
    text = 'gebruik "common.toc"\ninterventie gesprek "Gesprek" { door: team }\n'
    diagnostics = await open_document(client, text, uri)
    # The included file's error (two values for one kind) shows on the `use` line.
    assert [d.code for d in diagnostics] == ["E112"]
    assert diagnostics[0].range.start.line == 0 and "common.toc:2" in diagnostics[0].message
    result = await client.text_document_definition_async(types.DefinitionParams(
        **at(position_of(text, "team"), uri)))
    assert result.uri == (tmp_path / "common.toc").as_uri()
    assert result.range.start == types.Position(0, len("actor "))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
async def test_every_example_opens_as_check_sees_it_and_has_an_outline(client: LanguageClient, path) -> None:
    uri = path.as_uri()
    text = path.read_text(encoding="utf-8")
    assert [d.code for d in await open_document(client, text, uri)] == expected_codes(text, str(path))
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(
        types.TextDocumentIdentifier(uri)))
    assert sum(len(s.children or []) for s in symbols) >= len(load(
        path.read_text(encoding="utf-8"), str(path)).theory.nodes)



async def test_lone_carriage_returns_are_line_breaks_for_positions_and_formatting(
        client: LanguageClient) -> None:
    from pygls.workspace import TextDocument

    uri = "file:///tmp/toc-lsp-test/old-mac.toc"
    broken = 'outcome  a "A"\routcome   b "B"\ra->c\r'
    diagnostics = await open_document(client, broken, uri)
    (unknown,) = [d for d in diagnostics if d.code == "E102"]
    assert unknown.range.start == types.Position(2, 3)

    text = 'outcome  a "A"\routcome   b "B"\ra->b\r'
    await open_document(client, text, "file:///tmp/toc-lsp-test/old-mac-2.toc")
    edits = await client.text_document_formatting_async(types.DocumentFormattingParams(
        types.TextDocumentIdentifier("file:///tmp/toc-lsp-test/old-mac-2.toc"),
        types.FormattingOptions(tab_size=2, insert_spaces=True)))
    document = TextDocument("file:///tmp/x.toc", source=text)  # applies edits as editors do
    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character),
                       reverse=True):
        document.apply_change(types.TextDocumentContentChangePartial(
            range=edit.range, text=edit.new_text))
    # The layout changes, the line ending stays (as `toc fmt` keeps it on the command line).
    assert document.source == 'outcome a "A"\routcome b "B"\ra -> b\r'


async def test_rename_is_refused_while_the_theory_has_syntax_errors(client: LanguageClient) -> None:
    text = 'outcome a "A"\noutcome b "B"\na -> b {\n  when: =\n}\nb -> a\n'
    uri = "file:///tmp/toc-lsp-test/half.toc"
    await open_document(client, text, uri)
    with pytest.raises(Exception, match="syntax errors"):
        await client.text_document_rename_async(types.RenameParams(
            **at(position_of(text, "a"), uri), new_name="zz"))


async def test_an_open_theory_sees_its_included_file_change(client: LanguageClient, tmp_path) -> None:
    common = tmp_path / "common.toc"
    common.write_text('outcome a "A"\n', encoding="utf-8")
    plan_uri, common_uri = (tmp_path / "plan.toc").as_uri(), common.as_uri()
    plan = 'use "common.toc"\nintervention i "I"\ni -> b\n'
    diagnostics = await open_document(client, plan, plan_uri)
    assert [d.code for d in diagnostics] == ["E102"]
    await open_document(client, 'outcome a "A"\n', common_uri)
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(version=2, uri=common_uri),
        [types.TextDocumentContentChangeWholeDocument(text='outcome a "A"\noutcome b "B"\n')]))
    for _ in range(WAIT * 10):
        if [d.code for d in client.diagnostics.get(plan_uri, [])] != ["E102"]:
            break
        await asyncio.sleep(0.1)
    assert "E102" not in [d.code for d in client.diagnostics.get(plan_uri, [])]
