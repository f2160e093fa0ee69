"""Label text made safe for each output target: Graphviz HTML-like labels and Mermaid."""

from __future__ import annotations

from unicodedata import east_asian_width

# C0 controls (other than tab and newline) and DEL cannot appear in SVG (XML 1.0)
# nor safely in DOT; they are shown as their Unicode "control picture" instead,
# so a stray control character is visible rather than silently dropped.
_CONTROL_PICTURES = {code: chr(0x2400 + code) for code in range(0x20) if code not in (9, 10)}
_CONTROL_PICTURES[0x7F] = "\u2421"
# C1 controls and the Unicode line/paragraph separators are replaced by a space.
_CONTROL_PICTURES.update({code: " " for code in range(0x80, 0xA0)})
_CONTROL_PICTURES.update({0x2028: " ", 0x2029: " "})


def visible(text: str) -> str:
    """Replace characters that no output format can carry by visible stand-ins."""
    return text.replace("\t", " ").translate(_CONTROL_PICTURES)


def columns(text: str) -> int:
    """How many columns a text takes: East Asian wide letters (Hangul, kanji) take two."""
    if text.isascii():
        return len(text)
    return sum(2 if east_asian_width(c) in "WF" else 1 for c in text)


def _cut(word: str, width: int) -> tuple[str, str]:
    """The longest head of a word that fits in `width` columns (at least one letter), and the rest."""
    if word.isascii():
        return word[:width], word[width:]
    used = 0
    for position, letter in enumerate(word):
        used += columns(letter)
        if used > width and position:
            return word[:position], word[position:]
    return word, ""


def wrap(text: str, width: int) -> list[str]:
    """Split a label into lines of at most `width` columns, keeping the author's line breaks.

    Greedy, word by word; a word longer than a line is cut. Wide letters (Korean,
    Chinese, Japanese) count as two columns, as they are drawn about twice as wide.
    (textwrap does neither, and costs several times more: labels are wrapped for
    every node.)
    """
    lines: list[str] = []
    for paragraph in visible(text).split("\n"):
        line, used = "", 0
        for word in paragraph.split():
            size = columns(word)
            while size > width:
                if line:
                    lines.append(line)
                    line, used = "", 0
                head, word = _cut(word, width)
                lines.append(head)
                size = columns(word)
            if not line:
                line, used = word, size
            elif used + 1 + size <= width:
                line, used = f"{line} {word}", used + 1 + size
            else:
                lines.append(line)
                line, used = word, size
        lines.append(line)
    return lines


_HTML = {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;", ord('"'): "&quot;"}


def html_text(text: str) -> str:
    """Escape text for a Graphviz HTML-like label (`label=<...>`), where it stays data.

    Every character that HTML-like labels or the DOT lexer treat specially (`<`,
    `>`, `&`, quotes) becomes an entity, so user text can neither open a tag nor
    close the label; backslashes and braces have no meaning inside `<...>` and stay
    as written. Line breaks are left to the caller, which joins lines with <br/>.
    """
    return visible(text).replace("\n", " ").translate(_HTML)


def html_lines(lines: list[str], align: str = "center") -> str:
    """Join wrapped lines into an HTML-like label body, each line escaped."""
    end = "<br/>" if align == "center" else f'<br align="{align}"/>'
    return end.join(html_text(line) for line in lines) + ("" if align == "center" else end)


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


# YAML allows no surrogates, U+FFFE or U+FFFF even inside quotes.
_NOT_YAML = {code: "\ufffd" for code in (*range(0xD800, 0xE000), 0xFFFE, 0xFFFF)}


def yaml_text(text: str) -> str:
    """Text as a double-quoted YAML string on one line (Mermaid's front matter).

    Only a backslash and a double quote are special inside YAML double quotes;
    line breaks become spaces, so the text can end neither the string nor the
    front matter, and a `#` inside the quotes does not start a comment.
    """
    body = visible(text).replace("\n", " ").replace("\r", " ").translate(_NOT_YAML)
    return '"' + body.replace("\\", "\\\\").replace('"', '\\"') + '"'


def mermaid_lines(lines: list[str]) -> str:
    """Join wrapped lines into a Mermaid label body, each line escaped."""
    return "<br/>".join(mermaid_text(line) for line in lines)
