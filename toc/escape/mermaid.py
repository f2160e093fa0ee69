"""Text in Mermaid: double-quoted labels (handed to a browser as HTML) and the YAML front matter."""

from __future__ import annotations

from toc.escape.controls import visible

# Mermaid labels go between double quotes, and Mermaid hands the text to a
# browser as HTML. Inside the quotes it decodes `#NN;` entity codes, so each
# character that could end the quotes, start an entity or open a tag is written
# as such a code (`#` first of all, so that user text cannot form a code itself).
_MERMAID = {ord(c): f"#{ord(c)};" for c in '#"&<>'}


def mermaid_text(text: str) -> str:
    """Escape text for a double-quoted Mermaid label: markup and syntax become entities.

    The result goes inside `"..."`; brackets, braces and pipes need no escape there.
    """
    return visible(text).replace("\n", " ").translate(_MERMAID)


def mermaid_lines(lines: list[str]) -> str:
    """Join wrapped lines into a Mermaid label body, each line escaped."""
    return "<br/>".join(mermaid_text(line) for line in lines)


# Mermaid shows the title as plain text, but first hands a title holding a `<` to an HTML
# sanitizer, which drops anything that looks like a tag and turns every `&` into `&amp;`,
# shown as such. Angle quotes in place of the angle brackets keep all of it readable.
_TITLE = str.maketrans({"<": "\u2039", ">": "\u203a"})


def mermaid_title(text: str) -> str:
    """The title as a double-quoted YAML string on one line (Mermaid's front matter).

    Only a backslash and a double quote are special inside YAML double quotes;
    line breaks become spaces, so the text can end neither the string nor the
    front matter, and a `#` inside the quotes does not start a comment. Entity
    codes mean nothing there: `<` and `>` become `‹` and `›` (see `_TITLE`).
    """
    # visible() leaves no surrogate, U+FFFE or U+FFFF, which YAML forbids even inside quotes.
    body = visible(text).replace("\n", " ").replace("\r", " ").translate(_TITLE)
    return '"' + body.replace("\\", "\\\\").replace('"', '\\"') + '"'
