"""The constructs of real plans in the DOT: group boxes, element and theory assumptions, provenance,
an aim to reduce, confidence, `for:` on links, results as conditions and "not rated"."""

from __future__ import annotations

import re

from tests.conftest import load_text
from tests.render_helpers import HOSTILE_LABELS
from toc.escape.dot import html_text
from toc.render.dot import Options, to_dot
from toc.render.views import View, select

PLAN = """theory "Plan" { lang: en  source: "Evaluation 2023"  evidence: unrated  assumes: funding }
actor young "Young people"
assumption funding "Funding continues" { risk: high }
assumption staff "Staff stay" { risk: unrated  evidence: unrated }
assumption shared "Rooms are free"
context calm "A calm home" { kind: enabling }
intervention coach "Coaching" { assumes: shared }
output sessions "Sessions held" { assumes: staff }
mechanism trust "Trust grows" { assumes: shared }
outcome trusted "Trust built" { horizon: short }
outcome work "Paid work" { horizon: long }
outcome dropout "Dropping out" { aim: less }
outcome other "Elsewhere"
group stage1 "Stage 1: <Preparation> & more" { members: coach, sessions  description: "Months 1-3" }
group programme "The programme" { members: stage1, trust }
coach -> sessions -> trust { when: calm }
trust -> trusted { confidence: 70%  for: young }
coach -> work { when: trusted  confidence: 30% }
coach -| dropout { confidence: "may reduce" }
work -> other
"""


def dot(text: str = PLAN, **options) -> str:
    return to_dot(load_text(text).theory, Options(**options))


def node_id(text: str, label: str) -> str:
    return next(line for line in text.splitlines() if f"<br/>{label}>" in line).split()[0]


def cluster(text: str, number: int) -> list[str]:
    """The lines of one box, from its `subgraph` line to its closing brace."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if f"subgraph cluster_g{number} {{" in line)
    indent = len(lines[start]) - len(lines[start].lstrip())
    end = next(i for i in range(start + 1, len(lines)) if lines[i] == " " * indent + "}")
    return lines[start:end + 1]


def legend(text: str) -> str:
    label = next(line for line in text.splitlines() if line.startswith("  graph [label=<"))
    return label.split("<B>Legend</B>", 1)[1] if "<B>Legend</B>" in label else ""


def test_groups_are_nested_boxes_with_their_members_inside() -> None:
    text = dot()
    outer, inner = cluster(text, 2), cluster(text, 1)
    assert "subgraph cluster_g1 {" in "\n".join(outer)  # the stage sits in the programme
    members = {node_id(text, "Coaching"), node_id(text, "Sessions held")}
    assert members <= set(re.findall(r"n\d+", inner[-2]))
    trust = node_id(text, "Trust grows")
    assert trust in re.findall(r"n\d+", "\n".join(outer)) and trust not in "\n".join(inner)
    assert 'fillcolor="#f6f8fa"' in outer[1] and 'fillcolor="#eceff3"' in inner[1]


def test_a_box_label_is_escaped_and_names_its_kind_in_the_theory_language() -> None:
    text = dot()
    assert html_text("Stage 1: <Preparation> & more") in text and "<Preparation>" not in text
    assert '<font point-size="8" color="#555555">group</font>' in cluster(text, 1)[1]
    assert "Months 1-3" in cluster(text, 1)[1]
    assert ">groep</font>" in "\n".join(cluster(dot(lang="nl"), 1))


def test_hostile_group_labels_stay_inside_their_label() -> None:
    members = "\n".join(f'output o{i} "O{i}"' for i in range(len(HOSTILE_LABELS)))
    groups = "\n".join(f'group g{i} "{label}" {{ members: o{i} }}'
                       for i, label in enumerate(HOSTILE_LABELS)
                       if '"' not in label and "\\" not in label and "\x00" not in label)
    text = dot(members + "\n" + groups)
    outside = re.sub(r"=<.*?>(?=[,\]])", "=X", text)
    assert "<script>" not in text and "image=" not in outside and "URL" not in outside
    assert html_text("<b>bold</b> & <i>not</i> &amp; &#60;") in text


def test_group_ids_never_reach_the_dot() -> None:
    text = dot()
    assert "stage1" not in text and "programme" not in text.replace("The programme", "")


def test_hide_groups_draws_no_boxes() -> None:
    assert "subgraph" not in dot(view=View(hide=frozenset({"groups"})))
    assert "group (box)" in legend(dot())
    assert "group (box)" not in legend(dot(view=View(hide=frozenset({"groups"}))))


def test_the_junction_of_a_link_inside_a_box_stays_in_that_box() -> None:
    text = dot()
    junction = next(line.split()[2] for line in text.splitlines()
                    if line.startswith(f"  {node_id(text, 'Coaching')} -> j"))
    assert junction in re.findall(r"[nj]\d+", cluster(text, 1)[-2])


def test_an_assumption_of_one_element_sits_beside_it_and_a_shared_one_hangs_free() -> None:
    text = dot()
    staff, sessions = node_id(text, "Staff stay"), node_id(text, "Sessions held")
    assert re.search(rf"^  {sessions} -> {staff} \[minlen=0, style=\"dotted\"", text, re.M)
    assert f"{{rank=same; {sessions}; {staff}}}" in text
    shared = node_id(text, "Rooms are free")
    assert re.search(rf"^  {shared} -> {node_id(text, 'Coaching')} \[style=\"dotted\"", text, re.M)
    assert re.search(rf"^  {shared} -> {node_id(text, 'Trust grows')} \[style=\"dotted\"", text, re.M)
    assert "rank=same; " + shared not in text
    assert ">assumes<" in legend(text)


def test_the_theory_says_where_it_comes_from_and_what_it_assumes_under_its_title() -> None:
    text = dot()
    title = next(line for line in text.splitlines() if line.startswith("  graph [label=<"))
    assert "Source: Evaluation 2023 · Evidence: not rated" in title
    assert "Assumes, for the whole theory:" in title and "• Funding continues (risk high)" in title
    # An assumption only the header names is listed there, not drawn as an element.
    assert "<br/>Funding continues>" not in text
    dutch = next(line for line in dot(lang="nl").splitlines() if line.startswith("  graph [label=<"))
    assert "Bron: Evaluation 2023 · Bewijs: niet beoordeeld" in dutch
    assert "Veronderstelt, voor de hele theorie:" in dutch and "(risico hoog)" in dutch
    hidden = dot(view=View(hide=frozenset({"assumptions"})))
    assert "Assumes, for the whole theory" not in hidden


def test_unrated_risk_and_evidence_are_said_in_words() -> None:
    assert "assumption · risk not rated · evidence not rated</font><br/>Staff stay>" in dot()
    assert "aanname · risico niet beoordeeld · bewijs niet beoordeeld" in dot(lang="nl")


def test_an_aim_to_reduce_is_marked_in_the_caption() -> None:
    assert "outcome · ↓ aim: less</font><br/>Dropping out>" in dot()
    assert "uitkomst · ↓ streven: minder" in dot(lang="nl")
    assert "aim" not in next(line for line in dot().splitlines() if "<br/>Paid work>" in line)


def test_confidence_is_written_small_on_the_link_and_a_doubtful_link_is_thin_and_light() -> None:
    text = dot()
    coach, trust, trusted = (node_id(text, label) for label in ("Coaching", "Trust grows", "Trust built"))
    sure = next(line for line in text.splitlines() if line.startswith(f"  {trust} -> {trusted}"))
    assert '<font point-size="8" color="#555555">for Young people · 70%</font>' in sure
    assert "penwidth=0.7" not in sure and '"#455a64"' in sure
    doubtful = [line for line in text.splitlines() if "30%" in line]
    assert len(doubtful) == 1 and "penwidth=0.7" in doubtful[0] and '"#a7b6be"' in doubtful[0]
    worded = next(line for line in text.splitlines() if "may reduce" in line)
    assert worded.startswith(f"  {coach} -> ") and 'arrowhead="tee"' in worded
    assert "penwidth=0.7" not in worded  # words cannot be ranked, so the line stays as it is
    assert "confidence under 50%" in legend(text) and "how sure its authors are" in legend(text)


def test_the_confidence_legend_only_when_a_link_has_a_percentage() -> None:
    plain = "output a \"A\"\noutcome b \"B\"\na -> b { confidence: \"may\" }\n"
    assert "how sure" not in legend(dot(plain)) and "under 50%" not in legend(dot(plain))
    sure = "output a \"A\"\noutcome b \"B\"\na -> b { confidence: 80% }\n"
    assert "how sure" in legend(dot(sure)) and "under 50%" not in legend(dot(sure))


def test_a_result_as_condition_joins_the_link_like_a_context() -> None:
    text = dot()
    trusted, coach, work = (node_id(text, label) for label in ("Trust built", "Coaching", "Paid work"))
    junction = next(line.split()[2] for line in text.splitlines()
                    if line.startswith(f"  {coach} -> j") and "30%" not in line
                    and re.search(rf"^  {line.split()[2]} -> {work}\b", text, re.M))
    assert re.search(rf"^  {trusted} -> {junction} \[style=\"dashed\"", text, re.M)
    assert "holds when (context or earlier result)" in legend(text)
    only_contexts = PLAN.replace("{ when: trusted  confidence: 30% }", "{ confidence: 30% }")
    assert "holds when (context)" in legend(dot(only_contexts))


def test_focus_on_a_group_shows_its_members_and_their_neighbours() -> None:
    theory = load_text(PLAN).theory
    shown = select(theory, View(focus="stage1")).ids
    assert {"coach", "sessions", "trust", "work", "dropout"} <= shown  # members and one link on
    assert "other" not in shown
    assert ("trust", "trusted") not in {(l.source, l.target) for l in select(theory, View(focus="stage1")).links}
    deeper = select(theory, View(focus="stage1", depth=2))
    assert "other" in deeper.ids and ("trust", "trusted") in {(l.source, l.target) for l in deeper.links}
    text = to_dot(theory, Options(View(focus="stage1")))
    assert "penwidth=3.2" in cluster(text, 1)[1]
    assert "<B>Focus: Stage 1: &lt;Preparation&gt; &amp; more</B>" in text


def test_a_group_on_its_own_page_shows_only_its_members() -> None:
    theory = load_text(PLAN).theory
    page = select(theory, View(group="stage1"))
    assert {n.id for n in page.nodes if n.kind.value != "assumption"} <= {"coach", "sessions", "calm"}
    assert [(link.source, link.target) for link in page.links] == [("coach", "sessions")]
    text = to_dot(theory, Options(View(group="stage1"), lang="nl"))
    assert "<B>Groep: Stage 1: &lt;Preparation&gt; &amp; more</B>" in text
    assert "<br/>Paid work>" not in text


def test_perspective_follows_the_links_that_hold_for_the_actor() -> None:
    shown = select(load_text(PLAN).theory, View(perspective="young")).ids
    assert {"young", "trust", "trusted"} <= shown
