"""Attach every comment of a document to the statement, attribute or brace it belongs to.

A comment is one of:
- *leading*: on lines of its own before a statement or attribute;
- *trailing*: after the code on the line where a statement or attribute ends;
- *opening*: on the line of a `{`, before its first attribute;
- *closing*: on lines of its own after the last attribute, before `}`;
- *at the end* of the file, after the last statement.

A comment written inside a statement's first line(s) (between `a ->` and `b`,
or between a label and its `{`) has no place of its own once that statement is
printed on one line, so it moves up to become the last of its leading comments.
That keeps every comment, and keeps them in their order.

Blank lines are remembered as a flag on the element they come before (at most
one is kept); an element that comes first in its file or braces has none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from toc.language.syntax import (
    Attributes,
    Block,
    Comment,
    Declaration,
    Document,
    Header,
    LinkStatement,
    Nested,
)


@dataclass
class Leading:
    """A comment on a line of its own, and whether a blank line came before it."""

    text: str
    blank_before: bool = False


@dataclass
class Trivia:
    """The comments and blank line that belong to one statement, attribute or brace pair."""

    leading: list[Leading] = field(default_factory=list)
    blank_before: bool = False
    trailing: str | None = None
    # only for Attributes:
    opening: str | None = None
    closing: list[Leading] = field(default_factory=list)

    def has_comments(self) -> bool:
        return bool(self.leading or self.trailing or self.opening or self.closing)


_EMPTY = Trivia()


@dataclass
class Attached:
    """Where each comment of a document goes, looked up by syntax object."""

    trivia: dict[int, Trivia] = field(default_factory=dict)
    end: list[Leading] = field(default_factory=list)

    def of(self, element: object) -> Trivia:
        """Return the trivia of a statement, attribute or Attributes (empty when it has none)."""
        return self.trivia.get(id(element), _EMPTY)

    def _own(self, element: object) -> Trivia:
        return self.trivia.setdefault(id(element), Trivia())


def attach(document: Document) -> Attached:
    """Attach the document's comments (sorted by position) to its syntax tree."""
    attached = Attached()
    comments = sorted(document.comments, key=lambda c: c.span.start)
    attached.end = _attach_sequence(attached, document.statements, comments, None)
    return attached


def _attach_sequence(attached: Attached, children: Sequence, comments: list[Comment],
                     opening_line: int | None, owner: Attributes | None = None) -> list[Leading]:
    """Attach comments that lie among some children; return those after the last child.

    `opening_line` is the line of the `{` for the children of braces, None at the top level.
    """
    index, count = 0, len(comments)
    previous = None
    previous_end: int | None = None  # last line of the previous element in this container
    pending: list[Leading] = []

    def place(comment: Comment) -> None:
        nonlocal previous_end
        line = comment.span.line
        if previous is not None and line == previous.span.end_line:
            attached._own(previous).trailing = comment.text
        elif previous is None and owner is not None and line == opening_line and not pending:
            attached._own(owner).opening = comment.text
        else:
            pending.append(Leading(comment.text, _blank(previous_end, line)))
            previous_end = comment.span.end_line
            return
        previous_end = line

    for child in children:
        span = child.span
        while index < count and comments[index].span.start < span.start:
            place(comments[index])
            index += 1
        inner: list[Comment] = []
        while index < count and comments[index].span.start < span.end:
            inner.append(comments[index])
            index += 1
        if pending or inner or _blank(previous_end, span.line):
            trivia = attached._own(child)
            trivia.leading = pending
            trivia.blank_before = _blank(previous_end, span.line)
        pending = []
        _attach_inside(attached, child, inner)
        previous, previous_end = child, span.end_line
    while index < count:
        place(comments[index])
        index += 1
    return pending


def _attach_inside(attached: Attached, element: object, comments: list[Comment]) -> None:
    """Attach comments that lie within a statement's or an attribute's span.

    Braces are always visited, even without comments, for the blank lines between attributes.
    """
    attributes = getattr(element, "attributes", None)
    if isinstance(element, (Header, Declaration, Block, LinkStatement, Nested)) and attributes:
        head = [c for c in comments if c.span.start < attributes.span.start]
        body = [c for c in comments if c.span.start >= attributes.span.start]
        closing = _attach_sequence(attached, attributes.items, body,
                                   attributes.span.line, attributes)
        if closing:
            attached._own(attributes).closing = closing
    else:
        # A pair, or a statement without braces: the comments sit between its words.
        head = comments
    if head:
        _move_to_leading(attached._own(element), head)


def _move_to_leading(trivia: Trivia, comments: list[Comment]) -> None:
    """Make comments written between an element's words the last of its leading comments.

    The blank line before the element goes before the first moved comment instead,
    so that the element and its comments stay together when printed.
    """
    moved = [Leading(c.text) for c in comments]
    moved[0].blank_before, trivia.blank_before = trivia.blank_before, False
    trivia.leading = [*trivia.leading, *moved]


def _blank(previous_end: int | None, line: int) -> bool:
    """Tell whether at least one empty line separates an element from the one before it."""
    return previous_end is not None and line - previous_end >= 2
