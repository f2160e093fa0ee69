"""The layout of one explained code (a lint rule or any other), as terminal text or as Markdown."""

from __future__ import annotations

import textwrap

from toc.escape.markdown import escape_markdown

WIDTH = 80
# One part of an explanation: its heading, its text, and whether the text is a .toc snippet.
Part = tuple[str, str, bool]


def explanation_text(title: str, subtitle: str, parts: list[Part]) -> str:
    """Plain text wrapped for a terminal; snippets indented as they are written."""
    lines = [title, subtitle, ""]
    for heading, text, snippet in parts:
        lines.append(heading)
        if snippet:
            lines.extend(("    " + line).rstrip() for line in text.splitlines())
        else:
            lines.extend(textwrap.wrap(text, WIDTH, initial_indent="  ", subsequent_indent="  "))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def explanation_markdown(title: str, subtitle: str, parts: list[Part], level: int = 2, *,
                         plain: bool = False) -> str:
    """A Markdown section: heading, subtitle in italics, each part under a bold heading.

    With `plain`, the texts are plain text (they may show `\\n` or `*`) and are escaped;
    otherwise they are Markdown as written.
    """
    lines = [f"{'#' * level} {title}", "", f"*{subtitle}*", ""]
    for heading, text, snippet in parts:
        lines += [f"**{heading}**", ""]
        lines.extend(["```toc", text, "```"] if snippet else [escape_markdown(text) if plain else text])
        lines.append("")
    return "\n".join(lines)
