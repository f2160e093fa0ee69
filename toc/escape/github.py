"""Text in GitHub workflow commands (`::warning file=...::message`), shown as annotations."""

from __future__ import annotations


def escape_github_data(text: str) -> str:
    """Escape the message part of a workflow command: it must stay on one line."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_github_property(text: str) -> str:
    """Escape a property value (file, title): a ':' or ',' would end it early."""
    return escape_github_data(text).replace(":", "%3A").replace(",", "%2C")
