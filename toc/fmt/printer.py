"""Print a syntax tree and its comments as canonical text (the layout of docs/formatting.md).

The printer only lays out what was written: every keyword, id, label and value
is printed with its own spelling (Dutch stays Dutch, `\\"` stays `\\"`), and the
statements keep their order. What it decides is spacing, line breaks and indentation.
"""

from __future__ import annotations

from toc.fmt.comments import Attached, Leading, attach
from toc.language.syntax import (
    Attributes,
    Block,
    Declaration,
    Document,
    FlagItem,
    Header,
    Item,
    LinkStatement,
    Nested,
    Pair,
    Statement,
    TextItem,
)

INDENT = "  "
# A statement whose braces fit on one line within this many characters stays on one line.
WIDTH = 100
# Attributes on one line are set apart by two spaces: they have no commas between
# them, and `by: a, b  serves: c` reads as two attributes where one space would blur them.
INLINE_GAP = "  "
TRAILING_GAP = "  "


def print_document(document: Document) -> str:
    """Return the canonical text of a parsed document, ending with one newline (or empty)."""
    attached = attach(document)
    out = _Lines()
    for statement in document.statements:
        trivia = attached.of(statement)
        out.leading(trivia.leading, 0)
        out.blank(trivia.blank_before)
        _statement(out, attached, statement, trivia.trailing)
    out.leading(attached.end, 0)
    return out.text()


class _Lines:
    """Output lines, with the rule that no blank line follows `{` or precedes `}`."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.want_blank = False
        self.after_opening = False

    def blank(self, wanted: bool = True) -> None:
        if wanted:
            self.want_blank = True

    def add(self, depth: int, code: str, comment: str | None = None,
            opening: bool = False) -> None:
        if self.want_blank and self.lines and not self.after_opening:
            self.lines.append("")
        self.want_blank = False
        line = INDENT * depth + code
        if comment is not None:
            line = (line + TRAILING_GAP if code else line) + comment.rstrip()
        self.lines.append(line)
        self.after_opening = opening

    def close(self, depth: int, comment: str | None) -> None:
        self.want_blank = False
        self.add(depth, "}", comment)

    def leading(self, comments: list[Leading], depth: int) -> None:
        for comment in comments:
            self.blank(comment.blank_before)
            self.add(depth, "", comment.text)

    def text(self) -> str:
        return "\n".join(self.lines) + "\n" if self.lines else ""


def _statement(out: _Lines, attached: Attached, statement: Statement,
               trailing: str | None) -> None:
    _braced(out, attached, statement_head(statement), statement.attributes, trailing, 0)


def statement_head(statement: Statement) -> str:
    """Return the words of a statement before its braces, on one line."""
    if isinstance(statement, Header):
        return f"{statement.keyword.text} {statement.label.raw}"
    if isinstance(statement, Declaration):
        return f"{statement.keyword.text} {statement.id.text} {statement.label.raw}"
    if isinstance(statement, Block):
        targets = ", ".join(t.text for t in statement.targets)
        return f"{statement.keyword.text} {targets}" if targets else statement.keyword.text
    assert isinstance(statement, LinkStatement)
    parts = [", ".join(word.text for word in statement.groups[0])]
    for arrow, group in zip(statement.arrows, statement.groups[1:]):
        parts.append(f"{arrow.text} " + ", ".join(word.text for word in group))
    return " ".join(parts)


def _braced(out: _Lines, attached: Attached, head: str, attributes: Attributes | None,
            trailing: str | None, depth: int) -> None:
    """Print `head { ... }` on one line when it is short and plain, else one attribute a line."""
    if attributes is None:
        out.add(depth, head, trailing)
        return
    inline = _inline(attached, attributes)
    if inline is not None and len(INDENT * depth + head) + 1 + len(inline) <= WIDTH:
        out.add(depth, f"{head} {inline}", trailing)
        return
    braces = attached.of(attributes)
    out.add(depth, f"{head} {{", braces.opening, opening=True)
    for item in attributes.items:
        trivia = attached.of(item)
        out.leading(trivia.leading, depth + 1)
        out.blank(trivia.blank_before)
        if isinstance(item, Nested):
            _braced(out, attached, f"{item.keyword.text} {item.label.raw}", item.attributes,
                    trivia.trailing, depth + 1)
        else:
            out.add(depth + 1, item_text(item), trivia.trailing)
    out.leading(braces.closing, depth + 1)
    out.close(depth, trailing)


def _inline(attached: Attached, attributes: Attributes) -> str | None:
    """Return the braces on one line, or None when they must be broken into lines.

    They break when they hold an indicator (a statement of its own), any comment,
    or a blank line the writer put between attributes to group them.
    """
    if attached.of(attributes).has_comments():
        return None
    parts = []
    for item in attributes.items:
        trivia = attached.of(item)
        if isinstance(item, Nested) or trivia.has_comments() or trivia.blank_before:
            return None
        parts.append(item_text(item))
    return "{ " + INLINE_GAP.join(parts) + " }" if parts else "{}"


def item_text(item: Item) -> str:
    """Return an attribute that is not a nested statement, as one line of text."""
    if isinstance(item, Pair):
        return f"{item.key.text}: " + ", ".join(value.raw for value in item.values)
    if isinstance(item, FlagItem):
        return item.word.text
    assert isinstance(item, TextItem)
    return item.value.raw
