"""The result of comparing two versions: changes, critique and checklist moves, as data with a JSON form."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from toc.model.span import Span

# Bumped when the JSON form changes in a way a reader must know about (docs/diff.md).
SCHEMA_VERSION = 1


class Action(str, Enum):
    """What happened to a part of the theory."""

    ADDED = "added"
    REMOVED = "removed"
    RENAMED = "renamed"
    CHANGED = "changed"


@dataclass(frozen=True)
class Where:
    """A place in one of the two versions: a file of the old or the new side, line and column."""

    side: str  # "old" or "new"
    file: str
    line: int
    column: int

    @classmethod
    def of(cls, span: Span | None, side: str) -> Where | None:
        return None if span is None else cls(side, span.file, span.line, span.column)

    def to_json_data(self) -> dict[str, Any]:
        return {"side": self.side, "file": self.file, "line": self.line, "column": self.column}


@dataclass(frozen=True)
class Step:
    """One part on the way to a change: its kind of part (`node`, `indicator`, ...) and its key.

    A node's key is its id, a link's its ends and polarity, a counterfactual's its
    targets, an indicator's its label; `title` says it in the user's own words
    (a label) and `kind` is a node's kind.
    """

    part: str
    key: tuple[str, ...]
    title: str | None = None
    kind: str | None = None

    def to_json_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"part": self.part, "key": list(self.key)}
        if self.title is not None:
            data["title"] = self.title
        if self.kind is not None:
            data["kind"] = self.kind
        return data


@dataclass(frozen=True)
class Change:
    """One change in meaning: a part added, removed or renamed, or one field of it changed.

    `path` leads from the theory to the part (a node, then one of its indicators);
    the theory itself has an empty path. `field`, `old` and `new` say what changed
    (for a rename: the old and the new id). Ids in `old` are spelled as in the new
    version when their element was renamed, so that a rename shows once, as a rename.
    """

    action: Action
    path: tuple[Step, ...]
    where: Where | None
    field: str | None = None
    old: Any = None
    new: Any = None

    @property
    def subject(self) -> Step | None:
        return self.path[-1] if self.path else None

    @property
    def section(self) -> str:
        """The kind of part at the top of the path: `node`, `link`, `counterfactual`, or `theory`."""
        return self.path[0].part if self.path else "theory"

    def to_json_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "action": self.action.value,
            "part": self.subject.part if self.subject else "theory",
            "path": [step.to_json_data() for step in self.path],
            "where": self.where.to_json_data() if self.where else None,
        }
        if self.field is not None or self.action is Action.RENAMED:
            data["field"] = self.field
            data["old"] = _json_value(self.old)
            data["new"] = _json_value(self.new)
        return data


@dataclass(frozen=True)
class Finding:
    """A critique finding (a lint diagnostic) that one version has and the other has not."""

    code: str
    name: str | None
    message: str
    nodes: tuple[str, ...]
    where: Where | None

    def to_json_data(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "message": self.message,
                "nodes": list(self.nodes),
                "where": self.where.to_json_data() if self.where else None}


@dataclass(frozen=True)
class ItemMove:
    """A checklist item whose state differs between the versions (open, ticked, n/a)."""

    number: str
    key: str
    old: str
    new: str

    def to_json_data(self) -> dict[str, Any]:
        return {"number": self.number, "key": self.key, "old": self.old, "new": self.new}


@dataclass(frozen=True)
class Side:
    """How one version is named: the file as given (with `@revision` for a git version), title, version."""

    name: str
    revision: str | None = None
    title: str | None = None
    version: str | None = None

    def to_json_data(self) -> dict[str, Any]:
        return {"name": self.name, "revision": self.revision, "title": self.title,
                "version": self.version}


@dataclass(frozen=True)
class Diff:
    """What changed between two versions of a theory, in the order a reader wants it."""

    old: Side
    new: Side
    changes: tuple[Change, ...]
    resolved: tuple[Finding, ...] = ()
    introduced: tuple[Finding, ...] = ()
    checklist: tuple[ItemMove, ...] = field(default_factory=tuple)

    @property
    def same(self) -> bool:
        """True when the meaning did not change (layout, comments and order are not meaning)."""
        return not self.changes

    def side(self, name: str) -> Side:
        return self.old if name == "old" else self.new

    def to_json_data(self) -> dict[str, Any]:
        """The JSON form documented in docs/diff.md and docs/diff.schema.json."""
        return {
            "schema_version": SCHEMA_VERSION,
            "old": self.old.to_json_data(),
            "new": self.new.to_json_data(),
            "same": self.same,
            "changes": [change.to_json_data() for change in self.changes],
            "critique": {
                "resolved": [finding.to_json_data() for finding in self.resolved],
                "introduced": [finding.to_json_data() for finding in self.introduced],
                "checklist": [move.to_json_data() for move in self.checklist],
            },
        }


def _json_value(value: Any) -> Any:
    """Values as JSON: enums by their value, tuples as lists, models as their data."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (list, tuple)):
        return [_json_value(item) for item in value]
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json", exclude_none=True)
    return value
