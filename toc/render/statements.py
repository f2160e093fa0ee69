"""DOT attribute lists: only names chosen by toc, plain words and already escaped HTML labels."""

from __future__ import annotations


class Html(str):
    """An HTML-like label that is already escaped; written between < and >."""


def attrs(**values: object) -> str:
    """Format DOT attributes; only fixed words and escaped HTML labels reach this point."""
    parts = []
    for name, value in values.items():
        if value is None:
            continue
        if isinstance(value, Html):
            parts.append(f"{name}=<{value}>")
        elif isinstance(value, (int, float)):
            parts.append(f"{name}={value}")
        else:
            text = str(value)
            assert '"' not in text and "\\" not in text, "user text must be an Html label"
            parts.append(f'{name}="{text}"')
    return f" [{', '.join(parts)}]" if parts else ""
