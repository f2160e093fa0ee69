"""The server knows the constructs of real plans: groups and members, indicators on what the programme
does, assumptions on elements and the theory, a link's actors and confidence, an aim, the theory's source."""

from __future__ import annotations

from tests.conftest import load_text
from toc.lsp.completion import complete, place_at
from toc.lsp.hover import hover_text
from toc.lsp.occurrences import Role, all_occurrences, declarations, occurrence_at, occurrences
from toc.lsp.outline import outline
from toc.lsp.rename import rename_spans

PLAN = """theory "Nobody alone" { lang: en  assumes: funding  source: "Evaluation 2024"  evidence: moderate }
actor older "Older residents" { role: participant }
actor officer "M&E officer"
assumption funding "Funding continues" { risk: unrated }
assumption staff "Staff stay"
activity visits "Home visits" { assumes: staff
  indicator "Visits made" { kind: number  baseline: unknown  target: 400  unit: "visits"
                            verification: "diary"  timing: "monthly"  by: officer }
}
output met "Residents met" { indicator "Share met" { baseline: 20%  target: 90% } }
mechanism trust "Trust grows"
outcome lonely "Loneliness" { aim: less  horizon: medium }
group delivery "Delivery" { members: visits, met  description: "Months 3-12" }
group programme "The programme" { members: delivery, lonely }
visits -> met -> trust { for: older  confidence: 30%  source: "Pilot study" }
trust -| lonely { confidence: "may reduce"  assumes: staff }
"""
LINES = PLAN.split("\n")


def loaded():
    result = load_text(PLAN)
    assert result.ok, [d.message for d in result.diagnostics]
    return result


def document():
    return loaded().documents["t.toc"]


def labels(text_before: str, lang: str = "en") -> list[str]:
    return [item.label for item in complete(text_before, loaded().documents.values(), lang)]


def line_of(text: str) -> int:
    return next(number for number, line in enumerate(LINES, 1) if line.startswith(text))


# Where ids are written -----------------------------------------------------------------------------


def test_group_ids_and_members_are_occurrences() -> None:
    found = {(o.name, o.role) for o in occurrences(document())}
    assert ("delivery", Role.DECLARATION) in found and ("delivery", Role.REFERENCE) in found
    assert ("met", Role.REFERENCE) in found and ("lonely", Role.REFERENCE) in found
    declared = declarations([document()])
    assert declared["programme"].group and declared["programme"].kind is None
    assert not declared["visits"].group
    # every place that names an assumption: the header, an element, a link
    assert len(all_occurrences([document()], "staff")) == 1 + 2
    assert len(all_occurrences([document()], "funding")) == 1 + 1
    # an indicator's collector and a link's actors
    assert len(all_occurrences([document()], "officer")) == 1 + 1
    assert len(all_occurrences([document()], "older")) == 1 + 1


def test_the_cursor_on_a_member_finds_it() -> None:
    line = line_of("group programme")
    column = LINES[line - 1].index("delivery,") + 1
    assert occurrence_at(document(), line, column).name == "delivery"


def test_renaming_a_group_renames_its_declaration_and_its_uses_as_a_member() -> None:
    doc = document()
    spans = rename_spans([doc], declarations([doc])["delivery"], "stage_two", "en")["t.toc"]
    renamed = PLAN
    for span in sorted(spans, key=lambda s: s.start, reverse=True):
        renamed = renamed[:span.start] + "stage_two" + renamed[span.end:]
    again = load_text(renamed)
    assert again.ok and [g.id for g in again.theory.groups] == ["stage_two", "programme"]
    assert again.theory.groups[1].members == ["stage_two", "lonely"]


# Outline -------------------------------------------------------------------------------------------


def test_the_outline_nests_groups_and_their_members() -> None:
    symbols = {s.name: s for s in outline(document(), "en")}
    groups = symbols["Groups"]
    assert [g.name for g in groups.children] == ["programme"]  # delivery sits inside it
    programme = groups.children[0]
    assert programme.detail == "The programme"
    assert [c.name for c in programme.children] == ["delivery", "lonely"]
    assert [c.name for c in programme.children[0].children] == ["visits", "met"]
    assert "Groepen" in {s.name for s in outline(document(), "nl")}

    def inside(parent) -> None:
        for child in parent.children:
            assert parent.span.start <= child.span.start <= child.span.end <= parent.span.end
            inside(child)

    inside(groups)


def test_a_group_inside_itself_is_shown_once_and_the_outline_still_ends() -> None:
    broken = load_text('group a "A" { members: b }\ngroup b "B" { members: a }\n')
    (groups,) = outline(broken.documents["t.toc"], "en")
    assert [g.name for g in groups.children] == ["a"]
    assert [c.name for c in groups.children[0].children] == ["b"]


# Hover ---------------------------------------------------------------------------------------------


def test_hover_on_a_group_shows_its_label_description_members_and_own_group() -> None:
    text = hover_text(loaded().theory, "delivery", "en")
    assert text.startswith("**group** `delivery`: Delivery")
    assert "Months 3-12" in text
    assert "Members (2)" in text and "- `visits`: Home visits" in text
    assert "- group: `programme` (The programme)" in text
    dutch = hover_text(loaded().theory, "delivery", "nl")
    assert dutch.startswith("**groep** `delivery`") and "Leden (2)" in dutch


def test_hover_shows_indicator_columns_assumptions_and_the_group() -> None:
    text = hover_text(loaded().theory, "visits", "en")
    assert "- assumes: `staff`" in text
    assert "- indicator: Visits made (number)" in text
    for shown in ("baseline: unknown", "target: 400", "unit: visits", "source: diary",
                  "timing: monthly", "by: `officer`"):
        assert f"  - {shown}" in text, shown
    assert "- group: `delivery` (Delivery)" in text
    assert "nulmeting: onbekend" in hover_text(loaded().theory, "visits", "nl")


def test_hover_shows_an_aim_and_the_links_actors_and_confidence() -> None:
    lonely = hover_text(loaded().theory, "lonely", "en")
    assert "- aim: less" in lonely
    assert "`trust -| lonely` (assumes: `staff`; confidence: may reduce)" in lonely
    trust = hover_text(loaded().theory, "trust", "en")
    assert "`met -> trust` (for: `older`; confidence: 30%; source: Pilot study)" in trust


def test_hover_on_an_assumption_names_the_theory_and_on_an_actor_the_indicator() -> None:
    assert "- theory (assumes)" in hover_text(loaded().theory, "funding", "en")
    assert "- theorie (veronderstelt)" in hover_text(loaded().theory, "funding", "nl")
    assert "- `visits` (indicator, by)" in hover_text(loaded().theory, "officer", "en")


# Completion ----------------------------------------------------------------------------------------


def test_the_group_keyword_is_offered_in_both_languages() -> None:
    offered = labels("")
    assert "group" in offered and "groep" in offered


def test_members_offer_elements_and_groups() -> None:
    assert place_at('group x "X" { members: ').key == "members"
    offered = labels('group x "X" { members: ')
    assert {"visits", "lonely", "delivery", "programme", "older", "staff"} <= set(offered)
    assert "visits" not in labels('group x "X" { leden: visits, ')


def test_the_indicator_keyword_is_offered_in_every_kind_that_takes_indicators() -> None:
    for keyword in ("activity", "intervention", "input", "output", "outcome", "impact", "effect"):
        assert "indicator" in labels(f'{keyword} x "X" {{ '), keyword
    for keyword in ("mechanism", "context", "actor", "assumption"):
        assert "indicator" not in labels(f'{keyword} x "X" {{ '), keyword
    assert "members" in labels('group x "X" { ')


def test_unknown_is_offered_after_a_baseline_or_a_target() -> None:
    assert {"unknown", "onbekend"} <= set(labels('output o "O" { indicator "I" { baseline: '))
    assert "onbekend" in labels('output o "O" { indicator "I" { streefwaarde: ', "nl")


def test_the_new_attributes_complete_their_values() -> None:
    assert {"less", "minder", "more"} <= set(labels('outcome x "X" { aim: '))
    assert labels("a -> b { for: ") == ["older", "officer"]
    assert "unrated" in labels('theory "T" { evidence: ')
    assert labels('theory "T" { assumes: ') == ["funding", "staff"]
