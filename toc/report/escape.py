"""User text as data in each report target: one escaping function per target."""

from __future__ import annotations

from urllib.parse import quote

_MARKDOWN_SPECIALS = "\\`*_[]<>|~#"


def escape_github_data(text: str) -> str:
    """Escape the message part of a GitHub workflow command."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_github_property(text: str) -> str:
    """Escape a property value (file, title) of a GitHub workflow command."""
    return escape_github_data(text).replace(":", "%3A").replace(",", "%2C")


def sarif_uri(path: str) -> str:
    """Turn a file path into the relative URI reference SARIF expects."""
    return quote(path.replace("\\", "/"))


def escape_markdown(text: str) -> str:
    """Make text show literally in Markdown, also inside a table cell."""
    escaped = "".join("\\" + char if char in _MARKDOWN_SPECIALS else char
                      for char in text.replace("&", "&amp;"))
    return escaped.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
