"""File paths in SARIF: relative URI references."""

from __future__ import annotations

from urllib.parse import quote


def sarif_uri(path: str) -> str:
    """Turn a file path into the relative URI reference SARIF expects."""
    return quote(path.replace("\\", "/"))
