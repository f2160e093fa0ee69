"""What a change did to the critique: lint findings resolved and introduced, checklist items that moved."""

from __future__ import annotations

from collections import defaultdict, deque
from dataclasses import dataclass

from toc.checklist.assemble import Checklist
from toc.checklist.assemble import critique as lint_and_checklist
from toc.diff.changes import Finding, ItemMove, Where
from toc.diff.match import Canon
from toc.language.diagnostics import Diagnostic
from toc.language.load import Loaded


@dataclass(frozen=True)
class Critique:
    """One version's critique: every rule's findings and the checklist they fill in."""

    findings: list[Diagnostic]
    checklist: Checklist


def critique(loaded: Loaded, lang: str) -> Critique:
    """Lint a valid theory (each problem at its root, as lint reports it) and fill in its checklist."""
    findings, checklist = lint_and_checklist(loaded, "", lang=lang)
    return Critique(findings, checklist)


def _key(diagnostic: Diagnostic, canon: Canon) -> tuple[str, tuple[str, ...]]:
    """A finding is the same in both versions when its rule and its elements are (not its line)."""
    return diagnostic.code, tuple(sorted(canon(node) for node in diagnostic.nodes))


def _finding(diagnostic: Diagnostic, side: str) -> Finding:
    return Finding(diagnostic.code, diagnostic.name, diagnostic.message, diagnostic.nodes,
                   Where.of(diagnostic.span, side))


def compare_findings(old: list[Diagnostic], new: list[Diagnostic],
                     canon: Canon) -> tuple[list[Finding], list[Finding]]:
    """Findings of the old version that the new one lacks (resolved), and the other way round."""
    waiting: dict[tuple[str, tuple[str, ...]], deque[Diagnostic]] = defaultdict(deque)
    for diagnostic in old:
        waiting[_key(diagnostic, canon)].append(diagnostic)
    introduced = []
    for diagnostic in new:
        bucket = waiting.get(_key(diagnostic, lambda node: node))
        if bucket:
            bucket.popleft()
        else:
            introduced.append(_finding(diagnostic, "new"))
    left = {id(d) for bucket in waiting.values() for d in bucket}
    resolved = [_finding(d, "old") for d in old if id(d) in left]
    return resolved, introduced


def compare_checklists(old: Checklist, new: Checklist) -> list[ItemMove]:
    """Items whose state differs; item numbers and keys are fixed, so they pair one to one."""
    before = {point.key: point for point in old.points}
    return [ItemMove(point.number, point.key, before[point.key].state.value, point.state.value)
            for point in new.points
            if point.key in before and before[point.key].state is not point.state]
