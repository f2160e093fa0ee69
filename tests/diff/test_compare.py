"""The change in meaning: what counts as a change, renames, links, nested parts, and fields the model gains."""

from __future__ import annotations

from pydantic import Field

from tests.diff.helpers import HEADER, diff_texts, told
from toc.diff.compare import compare_models
from toc.diff.outline import outline
from toc.diff.words import Words
from toc.model import Located, Node, Theory
from toc.model.kinds import NodeKind

BASE = HEADER + """actor staff "Staff"
actor kids "Children"
intervention act "Act" { by: staff, kids }
mechanism learn "Learn"
outcome skills "Skills" {
  horizon: short
  indicator "Score" { kind: number  baseline: 2  target: 3 }
}
context trust "Trust" { kind: enabling }
act -> learn -> skills { when: trust }
counterfactual skills { "Would learn anyway." deadweight: 20% }
"""


def test_the_same_text_is_no_change() -> None:
    assert diff_texts(BASE, BASE).same


def test_layout_comments_and_order_are_no_change() -> None:
    shuffled = HEADER + """# a comment that was not there
context trust "Trust" {   kind: enabling }
outcome skills "Skills" { indicator "Score" { target: 3  baseline: 2  kind: number } horizon: short }
mechanism learn "Learn"   # another
intervention act "Act" { by: kids, staff }
actor kids "Children"
actor staff "Staff"
counterfactual skills { deadweight: 20% "Would learn anyway." }
act -> learn { when: trust }
learn -> skills { when: trust }
"""
    made = diff_texts(BASE, shuffled)
    assert made.same, told(made)
    assert made.resolved == made.introduced == made.checklist == ()


def test_an_added_element_and_link() -> None:
    new = BASE + 'external school "School"\nschool -> skills\n'
    assert told(diff_texts(BASE, new)) == [("added", "node", "school", ""),
                                          ("added", "link", "school,skills,increases", "")]


def test_a_rename_is_one_change_however_many_references_follow_it() -> None:
    new = BASE.replace("act ", "practise ").replace(" act ", " practise ")
    assert "act" not in new.split()
    made = diff_texts(BASE, new)
    assert told(made) == [("renamed", "node", "practise", "")]
    assert (made.changes[0].old, made.changes[0].new) == ("act", "practise")
    assert made.resolved == made.introduced == ()


def test_a_new_id_with_a_new_label_is_a_removal_and_an_addition() -> None:
    new = BASE.replace('mechanism learn "Learn"', 'mechanism study "Study"').replace("-> learn ->", "-> study ->")
    actions = sorted((a, part, key) for a, part, key, _ in told(diff_texts(BASE, new)))
    assert ("added", "node", "study") in actions and ("removed", "node", "learn") in actions
    assert not any(a == "renamed" for a, *_ in actions)


def test_twins_with_one_label_are_told_apart_by_their_links() -> None:
    old = HEADER + """intervention a "A"
intervention b "B"
mechanism m1 "Same"
mechanism m2 "Same"
outcome o "O"
a -> m1 -> o
b -| m2
"""
    new = old.replace("m1", "first").replace("m2", "second")
    made = diff_texts(old, new, critique=False)
    assert sorted((c.old, c.new) for c in made.changes) == [("m1", "first"), ("m2", "second")]
    # Declared the other way round, the links still tell: m1 is the one on the pathway.
    crossed = old.replace("a -> m1 -> o", "a -> m2 -> o").replace("b -| m2", "b -| m1")
    crossed = crossed.replace("m1", "second").replace("m2", "first")
    assert crossed.index("mechanism second") < crossed.index("mechanism first")
    made = diff_texts(old, crossed, critique=False)
    assert sorted((c.old, c.new) for c in made.changes if c.action.value == "renamed") \
        == [("m1", "first"), ("m2", "second")]


def test_a_changed_polarity_is_a_changed_link_not_two() -> None:
    made = diff_texts(BASE, BASE.replace("act -> learn -> skills", "act -| learn -> skills"))
    assert told(made) == [("changed", "link", "act,learn,reduces", "polarity")]
    assert (made.changes[0].old, made.changes[0].new) == ("increases", "reduces")


def test_link_attributes_and_references_as_sets() -> None:
    new = BASE.replace("{ when: trust }", '{ when: trust  evidence: weak  label: "by doing" }')
    new = new.replace('context trust "Trust" { kind: enabling }',
                      'context trust "Trust" { kind: enabling }\ncontext time "Time"')
    new = new.replace("when: trust", "when: time, trust", 1)
    changes = {(key, field): (c.old, c.new) for c, (_, _, key, field)
               in zip(diff_texts(BASE, new).changes, told(diff_texts(BASE, new)))}
    assert changes[("act,learn,increases", "when")] == (["trust"], ["time", "trust"])
    assert changes[("learn,skills,increases", "evidence")] == (None, "weak")
    assert changes[("learn,skills,increases", "label")] == (None, "by doing")


def test_a_changed_kind_and_label() -> None:
    new = BASE.replace('mechanism learn "Learn"', 'outcome learn "Learning"')
    fields = [(key, field) for action, _, key, field in told(diff_texts(BASE, new)) if action == "changed"]
    assert ("learn", "kind") in fields and ("learn", "label") in fields


def test_indicators_are_matched_by_label() -> None:
    new = BASE.replace("target: 3 }", 'target: 4 }\n  indicator "Stories" { kind: story }')
    assert told(diff_texts(BASE, new)) == [
        ("added", "indicator", "Stories", ""), ("changed", "indicator", "Score", "target")]
    path = diff_texts(BASE, new).changes[1].path
    assert [step.part for step in path] == ["node", "indicator"]


def test_counterfactual_figures_and_targets() -> None:
    made = diff_texts(BASE, BASE.replace("deadweight: 20%", "deadweight: 35%  attribution: 10%"))
    assert told(made) == [("changed", "counterfactual", "skills", "deadweight"),
                          ("changed", "counterfactual", "skills", "attribution")]
    assert (made.changes[0].old, made.changes[0].new) == (20.0, 35.0)
    moved = diff_texts(BASE, BASE.replace("counterfactual skills", "counterfactual"))
    assert sorted(told(moved)) == [("added", "counterfactual", "", ""),
                                   ("removed", "counterfactual", "skills", "")]


def test_the_header_is_compared_too() -> None:
    made = diff_texts(BASE, BASE.replace('{ lang: en }', '{ lang: en  version: "2"  scope: "one town" }'))
    assert told(made) == [("changed", "theory", "", "version"), ("changed", "theory", "", "scope")]


def test_repeated_keys_pair_one_to_one() -> None:
    one = Theory(nodes=[Node(id="a", kind=NodeKind.INTERVENTION, label="A"),
                        Node(id="b", kind=NodeKind.OUTCOME, label="B")],
                 links=[{"source": "a", "target": "b"}, {"source": "a", "target": "b"}])
    two = one.model_copy(update={"links": one.links[:1]})
    changes, _ = compare_models(one, two)
    assert [(c.action.value, c.subject.key) for c in changes] == [("removed", ("a", "b", "increases"))]


class Group(Located):
    """A part the model might gain: a named group of elements."""

    id: str
    label: str
    members: list[str] = Field(default_factory=list)


class WiderTheory(Theory):
    """The theory with fields the language might gain: a new value, a new list of parts."""

    aim_to_reduce: str | None = None
    groups: list[Group] = Field(default_factory=list)


def test_fields_the_model_gains_are_compared_and_named_without_code_changes() -> None:
    nodes = [Node(id="a", kind=NodeKind.INTERVENTION, label="A"),
             Node(id="b", kind=NodeKind.OUTCOME, label="B")]
    old = WiderTheory(nodes=nodes, groups=[Group(id="g", label="Group", members=["a"])])
    renamed = [nodes[0].model_copy(update={"id": "act"}), nodes[1]]
    new = WiderTheory(nodes=renamed, aim_to_reduce="debts",
                      groups=[Group(id="g", label="Group", members=["act", "b"]),
                              Group(id="h", label="Other")])
    changes, renames = compare_models(old, new)
    assert renames == {"a": "act"}
    assert [(c.action.value, c.subject.part if c.subject else "theory", c.field) for c in changes] == [
        ("changed", "theory", "aim_to_reduce"), ("renamed", "node", None),
        ("added", "group", None), ("changed", "group", "members")]
    # The members are compared with the rename applied: only b is new.
    assert (changes[-1].old, changes[-1].new) == (["act"], ["act", "b"])
    words = Words("nl", str)
    assert words.sentence([changes[0]]) == "theorie: aim to reduce niet ingevuld → “debts”"
    # The field takes its name from the vocabulary (members is 'leden' in Dutch); a list
    # of texts the vocabulary does not know as references is shown quoted.
    assert words.sentence([changes[3]]) == "groep g “Group”: leden + “b”"
    assert words.sentence([changes[2]]) == "toegevoegd: groep h “Other”"


def test_sections_follow_the_model() -> None:
    new = BASE.replace('{ lang: en }', '{ lang: en  version: "2" }').replace("deadweight: 20%", "deadweight: 30%")
    new += 'external school "School"\nschool -> skills\n'
    # An unintended effect drawn ticks the checklist's item on unintended effects.
    new += 'effect strain "Strain on staff" { unintended  negative }\nact -> strain\n'
    titles = [s.title for s in outline(diff_texts(BASE, new), Words("en", str)).sections]
    assert titles == ["Theory", "Elements", "Links", "Counterfactuals", "Critique", "Checklist"]
