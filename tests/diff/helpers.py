"""Shared by the diff tests: compare two theories given as text."""

from __future__ import annotations

from tests.conftest import load_text
from toc.diff.build import build, side_of
from toc.diff.changes import Diff

HEADER = 'theory "T" { lang: en }\n'


def diff_texts(old: str, new: str, lang: str = "en", critique: bool = True) -> Diff:
    """The diff of two theories written as text; both must load without errors."""
    before, after = load_text(old, "old.toc"), load_text(new, "new.toc")
    assert before.ok and after.ok, before.diagnostics + after.diagnostics
    return build(before, after, side_of(before, "old.toc"), side_of(after, "new.toc"), lang,
                 with_critique=critique)


def told(diff: Diff) -> list[tuple[str, ...]]:
    """Each change as (action, part, key, field) for short assertions."""
    return [(c.action.value, c.subject.part if c.subject else "theory",
             ",".join(c.subject.key) if c.subject else "", c.field or "") for c in diff.changes]
