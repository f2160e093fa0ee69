"""A `# toc: ignore[rule]` comment for a lint finding: the rule added to a directive there, or a new one."""

from __future__ import annotations

import re

from toc.language.source import Source
from toc.language.syntax import Comment, Document
from toc.lsp.lines import Edit, end_of, indentation, insert_line

# A directive with a list of rules (`toc.lint.suppress` reads it); one without a list silences
# every rule already, so a finding under it is never shown.
_LISTED = re.compile(r"#\s*toc:\s*ignore\s*\[([^\]]*)\]")


def silence_edit(rule: str, line: int, document: Document, source: Source) -> Edit:
    """The edit that silences `rule` on a 1-based line of the document.

    A directive already on the line, or on a line of its own just above it, takes the rule
    into its list. Otherwise the comment goes at the end of the line; when the line ends with
    another comment already, it goes on a line of its own above (which covers the next line).
    """
    comments = {c.span.line: c for c in document.comments if c.span.file == source.path}
    for at in (line, line - 1):
        comment = comments.get(at)
        if comment is None or at != line and not _alone(comment, source):
            continue
        match = _LISTED.search(comment.text)
        if match is not None:
            listed = match.group(1)
            where = comment.span.start + match.start(1) + len(listed.rstrip())
            return where, where, f", {rule}" if listed.strip() else rule
    directive = f"# toc: ignore[{rule}]"
    if line in comments:
        return insert_line(source, None, line, indentation(source, line) + directive)
    end = end_of(source, line)
    content_end = end - (len(source.line_text(line)) - len(source.line_text(line).rstrip()))
    return content_end, end, f"  {directive}"


def _alone(comment: Comment, source: Source) -> bool:
    """Whether a comment stands on a line of its own (and so covers the next line)."""
    return not source.line_text(comment.span.line)[: comment.span.column - 1].strip()
