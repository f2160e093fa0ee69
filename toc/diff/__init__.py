"""`toc diff`: what changed in meaning between two versions of a theory, and in its critique.

`build(old, new, ...)` compares two loaded versions and returns a `Diff`, plain
data with a JSON form; `text`, `markdown`, `picture` and `listing` tell it.
Nothing here reads or writes a file.
"""

from toc.diff.build import build, side_of
from toc.diff.changes import Action, Change, Diff, Finding, ItemMove, Side, Step, Where

__all__ = ["Action", "Change", "Diff", "Finding", "ItemMove", "Side", "Step", "Where", "build", "side_of"]
