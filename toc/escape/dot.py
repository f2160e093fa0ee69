"""Text in Graphviz DOT: user text only ever appears inside HTML-like labels (`label=<...>`)."""

from __future__ import annotations

from toc.escape.xml import xml_text


def html_text(text: str) -> str:
    """Escape one line of text for a Graphviz HTML-like label, where it stays data.

    Every character that HTML-like labels or the DOT lexer treat specially (`<`,
    `>`, `&`, quotes) becomes an entity, so user text can neither open a tag nor
    close the label; backslashes and braces have no meaning inside `<...>` and stay
    as written.
    """
    return xml_text(text)


def html_lines(lines: list[str], align: str = "center") -> str:
    """Join wrapped lines into an HTML-like label body, each line escaped."""
    end = "<br/>" if align == "center" else f'<br align="{align}"/>'
    return end.join(html_text(line) for line in lines) + ("" if align == "center" else end)
