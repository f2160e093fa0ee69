"""A `toc lsp` server with a fake linter and formatter, for testing how the server uses them.

Run as `python tests/lsp_partners.py [--lint] [--lint-crash] [--format | --format-refuse]`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from toc.api import Loaded  # noqa: E402
from toc.language.diagnostics import Diagnostic, Severity
from toc.lsp.server import create_server  # noqa: E402

FAKE_CODE = "L900"


def fake_lint(loaded: Loaded, stop=None) -> list[Diagnostic]:
    """One warning on every node that no link reaches, the way a real rule would."""
    linked = {end for link in loaded.theory.links for end in (link.source, link.target)}
    return [Diagnostic(FAKE_CODE, Severity.WARNING, f"'{node.id}' is not linked", node.span,
                       "Link it or remove it.", name="fake-unlinked", nodes=(node.id,))
            for node in loaded.theory.nodes if node.id not in linked]


def crashing_lint(loaded: Loaded, stop=None) -> list[Diagnostic]:
    raise RuntimeError("the fake linter broke")


def fake_format(text: str, **context) -> str:
    """Squeeze runs of spaces after the first word of each line; keep everything else."""
    lines = []
    for line in text.split("\n"):
        indent = line[: len(line) - len(line.lstrip(" "))]
        lines.append(indent + " ".join(line.split()))
    return "\n".join(lines)


def refusing_format(text: str, **context) -> str:
    raise ValueError("a comment would be lost")


if __name__ == "__main__":
    server = create_server()
    server.lint = None
    server.formatter = None
    if "--lint" in sys.argv:
        server.lint = fake_lint
    if "--lint-crash" in sys.argv:
        server.lint = crashing_lint
    if "--format" in sys.argv:
        server.formatter = fake_format
    if "--format-refuse" in sys.argv:
        server.formatter = refusing_format
    server.start_io()
