"""A diff told in sections of lines, ready for a format to lay out (terminal text or Markdown).

Every piece of user text is escaped by the `Words` given, so each format
supplies its own escaping function and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass

from toc import i18n
from toc.diff.changes import Action, Change, Diff, Finding, Step, Where
from toc.diff.words import Words


@dataclass(frozen=True)
class Line:
    """One item: where it is (already escaped), what happened (`added`, `resolved`, ...) and the sentence.

    `about` is the path of the part a change is about (a format that can point at
    the part, such as the report page, uses it); empty for the critique and the checklist.
    """

    where: str | None
    action: str
    text: str
    about: tuple[Step, ...] = ()


@dataclass(frozen=True)
class Section:
    title: str
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class Outline:
    """The summary sentences and the sections of one diff."""

    summary: tuple[str, ...]
    sections: tuple[Section, ...]


def place(diff: Diff, where: Where | None, words: Words) -> str | None:
    """`file:line:col`, the file of the old side marked with its revision when it has one."""
    if where is None:
        return None
    revision = diff.side(where.side).revision
    file = f"{where.file}@{revision}" if revision else where.file
    return f"{words.escape(file)}:{where.line}:{where.column}"


def groups(changes: tuple[Change, ...]) -> list[list[Change]]:
    """Consecutive field changes of one part form one group; every other change stands alone."""
    found: list[list[Change]] = []
    for change in changes:
        previous = found[-1][0] if found else None
        if (previous is not None and change.action is Action.CHANGED and change.field is not None
                and previous.action is Action.CHANGED and previous.field is not None
                and previous.path == change.path):
            found[-1].append(change)
        else:
            found.append([change])
    return found


def section_title(section: str, words: Words) -> str:
    key = f"diff.section.{section}"
    return words.t(key) if i18n.has(key) else words.escape(section.replace("_", " ").capitalize())


def _finding(diff: Diff, finding: Finding, key: str, words: Words) -> Line:
    name = f"[{finding.name}] " if finding.name else ""
    return Line(place(diff, finding.where, words), key,
                words.t(f"diff.{key}", finding=words.escape(name + finding.message)))


def summary(diff: Diff, words: Words) -> tuple[str, ...]:
    """A sentence on the meaning (changes counted as told, fields of a part together), one on the critique."""
    names = {"old": words.escape(diff.old.name), "new": words.escape(diff.new.name)}
    if diff.same:
        lines = [words.t("diff.summary.same", **names)]
    else:
        lines = [words.t("diff.summary.changed", **names,
                         changes=i18n.count("change", len(groups(diff.changes)), words.lang))]
    if diff.resolved or diff.introduced or diff.checklist:
        lines.append(words.t(
            "diff.summary.critique",
            resolved=i18n.count("finding", len(diff.resolved), words.lang),
            introduced=i18n.count("finding", len(diff.introduced), words.lang),
            moved=i18n.count("moved_item", len(diff.checklist), words.lang)))
    return tuple(lines)


def outline(diff: Diff, words: Words) -> Outline:
    """The diff in sections: the theory, its elements, links, ..., the critique and the checklist."""
    sections: list[Section] = []
    for group in groups(diff.changes):
        first = group[0]
        title = section_title(first.section, words)
        line = Line(place(diff, first.where, words), first.action.value, words.sentence(group), first.path)
        if sections and sections[-1].title == title:
            sections[-1] = Section(title, (*sections[-1].lines, line))
        else:
            sections.append(Section(title, (line,)))
    findings = [_finding(diff, f, "resolved", words) for f in diff.resolved]
    findings += [_finding(diff, f, "introduced", words) for f in diff.introduced]
    if findings:
        sections.append(Section(words.t("diff.section.critique"), tuple(findings)))
    if diff.checklist:
        moves = tuple(Line(None, "moved", words.t(
            "diff.move", number=move.number, title=words.t(f"checklist.item.{move.key}"),
            old=words.t(f"diff.state.{move.old}"), new=words.t(f"diff.state.{move.new}")))
            for move in diff.checklist)
        sections.append(Section(words.t("diff.section.checklist"), moves))
    return Outline(summary(diff, words), tuple(sections))
