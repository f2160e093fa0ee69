"""Compare two loaded versions of a theory: the change in meaning and, optionally, in the critique."""

from __future__ import annotations

from toc.diff.changes import Diff, Side
from toc.diff.compare import compare_models
from toc.diff.critique import compare_checklists, compare_findings, critique
from toc.diff.match import translator
from toc.language.load import Loaded


def side_of(loaded: Loaded, name: str, revision: str | None = None) -> Side:
    """How a version is named in a diff: as given, with its title and version from the header."""
    return Side(name, revision, loaded.theory.label, loaded.theory.version)


def build(old: Loaded, new: Loaded, old_side: Side, new_side: Side, lang: str = "en",
          with_critique: bool = True) -> Diff:
    """The diff of two valid versions; finding messages are in `lang`.

    Without the critique (for speed on very large theories) only the change in
    meaning is found; with it, both versions are linted and their checklists filled in.
    The critique is compared even when the meaning is the same: a comment that
    silences a rule changes the findings and nothing else.
    """
    changes, renamed = compare_models(old.theory, new.theory)
    if not with_critique:
        return Diff(old_side, new_side, tuple(changes))
    before, after = critique(old, lang), critique(new, lang)
    resolved, introduced = compare_findings(before.findings, after.findings, translator(renamed))
    moves = compare_checklists(before.checklist, after.checklist)
    return Diff(old_side, new_side, tuple(changes), tuple(resolved), tuple(introduced), tuple(moves))
