"""A diff as Markdown, for a pull-request comment or a job summary; user text escaped in one place."""

from __future__ import annotations

from toc.diff.changes import Diff
from toc.diff.outline import outline
from toc.diff.words import Words
from toc.escape.markdown import escape_markdown as escape  # the project's one Markdown escaping


def to_markdown(diff: Diff, lang: str) -> str:
    """The diff as a Markdown section: a heading, the summary, a list per section."""
    words = Words(lang, escape)
    told = outline(diff, words)
    lines = [f"### {words.t('diff.title', name=escape(diff.new.name))}"]
    for sentence in told.summary:  # paragraphs of their own, or Markdown would join them
        lines += ["", sentence]
    for section in told.sections:
        lines += ["", f"**{section.title}**", ""]
        for line in section.lines:
            where = f" ({line.where})" if line.where else ""
            lines.append(f"- {line.text}{where}")
    return "\n".join(lines) + "\n"
