"""The critique in a diff: findings compared by rule and elements (not by line), checklist items by state."""

from __future__ import annotations

from tests.diff.helpers import HEADER, diff_texts
from toc.diff.critique import compare_findings
from toc.language.diagnostics import Diagnostic, Severity
from toc.model.span import Span

OLD = HEADER + """intervention act "Act"
outcome o "Result" { horizon: long }
context spare "Spare"
act -> o
"""


def finding(code: str, line: int, *nodes: str) -> Diagnostic:
    return Diagnostic(code, Severity.WARNING, f"{code} here", Span("x.toc", line, 1, line, 2),
                      nodes=nodes, name=code.lower())


def test_a_finding_that_moved_to_another_line_is_the_same_finding() -> None:
    resolved, introduced = compare_findings([finding("W1", 3, "a")], [finding("W1", 30, "a")], str)
    assert resolved == introduced == []


def test_findings_differ_by_rule_or_by_elements() -> None:
    old = [finding("W1", 3, "a"), finding("W2", 4, "b", "c")]
    new = [finding("W1", 3, "b"), finding("W2", 4, "c", "b")]  # the order of elements is no matter
    resolved, introduced = compare_findings(old, new, str)
    assert [(f.code, f.nodes) for f in resolved] == [("W1", ("a",))]
    assert [(f.code, f.nodes) for f in introduced] == [("W1", ("b",))]
    assert resolved[0].where.side == "old" and introduced[0].where.side == "new"


def test_a_finding_twice_is_counted_twice() -> None:
    resolved, introduced = compare_findings([finding("W1", 1), finding("W1", 2)], [finding("W1", 5)], str)
    assert (len(resolved), introduced) == (1, [])


def test_a_renamed_element_keeps_its_findings() -> None:
    made = diff_texts(OLD, OLD.replace("spare", "unused_one"))
    assert [c.action.value for c in made.changes] == ["renamed"]
    assert made.resolved == made.introduced == made.checklist == ()


def test_using_a_loose_context_resolves_its_finding_and_ticks_the_item() -> None:
    made = diff_texts(OLD, OLD.replace("act -> o", "act -> o { when: spare }"))
    assert [f.name for f in made.resolved] == ["unused-declaration"]
    assert made.resolved[0].nodes == ("spare",)
    # The context now conditions a link, which is the evidence the item on contexts needs too.
    assert [(m.key, m.old, m.new) for m in made.checklist] == [
        ("contexts", "open", "ticked"), ("loose", "open", "ticked")]


def test_a_silencing_comment_changes_the_critique_and_not_the_meaning() -> None:
    silenced = OLD.replace('context spare "Spare"', 'context spare "Spare"  # toc: ignore[unused-declaration]')
    made = diff_texts(OLD, silenced)
    assert made.same and [f.name for f in made.resolved] == ["unused-declaration"]


def test_without_the_critique_only_the_meaning_is_compared() -> None:
    made = diff_texts(OLD, OLD.replace("act -> o", "act -> o { when: spare }"), critique=False)
    assert len(made.changes) == 1 and made.resolved == made.checklist == ()
