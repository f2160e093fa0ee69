"""The change in the picture: the new version drawn with what is new and changed marked, the removed faint."""

from __future__ import annotations

from tests.conftest import load_text
from tests.diff.helpers import HEADER, diff_texts
from tests.render_helpers import HOSTILE_LABELS, hostile_theory
from toc.diff.build import build, side_of
from toc.diff.picture import drawn, picture
from toc.language.load import Loaded
from toc.render.dot import to_dot
from toc.render.marks import COLOURS, Mark

OLD = HEADER + """actor staff "Staff"
intervention act "Act" { by: staff }
mechanism learn "Learn"
mechanism old_way "The old way"
outcome o "Result" { horizon: short }
context trust "Trust"
context gone "Gone context"
act -> learn -> o { when: trust }
act -> old_way -> o { when: gone }
counterfactual o { "Anyway." deadweight: 20% }
"""
NEW = HEADER + """actor staff "Staff"
intervention act "Act" { by: staff }
mechanism learn "Learn"
outcome o "Result" { horizon: medium }
context trust "Trust"
context time "Time"
act -> learn -> o { when: trust, time }
"""


def parts(dot: str, label: str) -> str:
    """The DOT line of the node whose label ends with this text."""
    return next(line for line in dot.splitlines() if f"{label}>" in line and " -> " not in line)


def make(old: str = OLD, new: str = NEW) -> tuple[str, Loaded, Loaded]:
    before, after = load_text(old, "old.toc"), load_text(new, "new.toc")
    made = build(before, after, side_of(before, "old.toc"), side_of(after, "new.toc"), "en")
    return picture(before.theory, after.theory, made, "en"), before, after


def test_new_changed_and_removed_elements_are_marked() -> None:
    dot, _, _ = make()
    assert f'color="{COLOURS[Mark.ADDED]}"' in parts(dot, "Time") and "<b>new</b>" in parts(dot, "Time")
    assert f'color="{COLOURS[Mark.CHANGED]}"' in parts(dot, "Result")
    removed = parts(dot, "The old way")
    assert "dashed" in removed and "fontcolor=" in removed and "<b>removed</b>" in removed
    assert "<b>" not in parts(dot, "Learn").split("<br/>")[0].replace("</font>", "")


def test_removed_links_are_drawn_faintly_where_they_were() -> None:
    dot, _, _ = make()
    def faint(line: str) -> bool:
        return f'color="{COLOURS[Mark.REMOVED]}"' in line and 'style="dashed"' in line

    ids = {label: parts(dot, label).split()[0] for label in ("Act", "The old way", "Gone context")}
    starts = {line.split()[0] for line in dot.splitlines() if faint(line) and " -> " in line}
    # act -> old_way -> o ran through junctions (it held when: gone): each half is faint, and
    # the removed context is attached to its junctions, faintly.
    assert {ids["Act"], ids["The old way"], ids["Gone context"]} <= starts


def test_a_changed_link_is_marked() -> None:
    dot, _, _ = make()
    changed = [line for line in dot.splitlines() if f'color="{COLOURS[Mark.CHANGED]}"' in line and " -> " in line]
    # act -> learn -> o gained `when: time`: both links, each in two halves through its junction.
    assert len(changed) == 4


def test_the_removed_counterfactual_note_is_faint() -> None:
    dot, _, _ = make()
    note = next(line for line in dot.splitlines() if "Anyway." in line)
    assert "filled,dashed" in note and "<b>removed</b>" in note


def test_the_legend_explains_only_the_marks_drawn() -> None:
    dot, _, _ = make()
    assert "new in this version" in dot and "changed in this version" in dot
    assert "removed: drawn faintly where it was" in dot
    only_added, _, _ = make(NEW, NEW + 'external school "School"\n')
    assert "new in this version" in only_added and "removed:" not in only_added
    assert "Changes since old.toc" in dot


def test_the_drawn_theory_holds_the_new_version_and_the_removed_parts() -> None:
    _, before, after = make()
    made = diff_texts(OLD, NEW)
    theory, marks = drawn(before.theory, after.theory, made)
    assert [n.id for n in theory.nodes] == [*(n.id for n in after.theory.nodes), "old_way", "gone"]
    assert marks.nodes == {"time": Mark.ADDED, "old_way": Mark.REMOVED, "gone": Mark.REMOVED,
                           "o": Mark.CHANGED}
    assert after.theory.nodes[-1].id == "time"  # the new version itself is left as it was


def test_renamed_ends_are_followed() -> None:
    renamed = OLD.replace("old_way", "other_way")
    before, after = load_text(OLD, "o.toc"), load_text(renamed, "n.toc")
    made = build(before, after, side_of(before, "o"), side_of(after, "n"), "en", with_critique=False)
    theory, marks = drawn(before.theory, after.theory, made)
    assert len(theory.nodes) == len(after.theory.nodes) and marks.nodes == {"other_way": Mark.CHANGED}
    assert marks.links == {}


def test_without_marks_the_diagram_is_the_ordinary_one() -> None:
    before = load_text(OLD)
    made = build(before, before, side_of(before, "a"), side_of(before, "b"), "en", with_critique=False)
    theory, marks = drawn(before.theory, before.theory, made)
    assert (marks.nodes, marks.links, marks.notes) == ({}, {}, {})
    plain = to_dot(before.theory)
    assert to_dot(theory) == plain


def test_hostile_labels_stay_labels_in_the_picture_of_a_change() -> None:
    old = hostile_theory()
    new = old.model_copy(update={"nodes": old.nodes[:-1], "links": old.links[:-1]})
    fake_old = Loaded(old, [], "en")
    fake_new = Loaded(new, [], "en")
    made = build(fake_old, fake_new, side_of(fake_old, HOSTILE_LABELS[2]), side_of(fake_new, "n"), "en",
                 with_critique=False)
    dot = picture(old, new, made, "en")
    assert "<script>" not in dot and "&lt;script&gt;" in dot
    assert 'image="' not in dot and 'URL="' not in dot


def test_a_removed_link_alone_is_explained_in_the_legend() -> None:
    with_school = NEW + 'external school "School"\n'
    dot, _, _ = make(with_school + "school -> o\n", with_school)
    assert "removed: drawn faintly where it was" in dot and "new in this version" not in dot
