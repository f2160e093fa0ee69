"""The server's partners: the linter and the formatter, behind small functions.

The server takes them as plain functions, so that tests can hand it stand-ins
(a crashing linter, a refusing formatter) and see how it copes.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from typing import Any

from toc.api import Loaded
from toc.language.diagnostics import Diagnostic

# Lints a theory: `lint(loaded, stop=...)`, where `stop()` tells whether to give up (the text changed).
LintFunction = Callable[..., list[Diagnostic]]
# Formats a text: `format(text, path=..., read=..., loaded=...)`, with the file's place, how to read
# what it includes, and the server's load of that very text (so that it need not load it again).
FormatFunction = Callable[..., str]


def find_lint() -> LintFunction:
    """The linter: `toc.api.lint`."""
    from toc.api import lint

    return lint


def find_formatter() -> FormatFunction:
    """The formatter, text to text: `toc.api.format_source` (it raises when it refuses)."""
    from toc.api import format_source

    return format_source


def lint_findings(loaded: Loaded, lint: LintFunction | None,
                  stop: Callable[[], bool] | None = None) -> list[Diagnostic]:
    """Lint findings for a theory that loaded without errors (a broken model is not linted).

    With `stop`, the linter may give up early; its findings are then incomplete.
    """
    if lint is None or not loaded.ok:
        return []
    return list(lint(loaded, stop=stop) if stop is not None else lint(loaded))


def formatted(text: str, formatter: FormatFunction | None, **context: Any) -> str | None:
    """The formatted text, or None when there is no formatter; raises when it refuses this text.

    `context` (path, read, loaded) is handed to the formatter as it is.
    """
    if formatter is None:
        return None
    return formatter(text, **context)


def line_edits(old: str, new: str) -> list[tuple[int, int, str]]:
    """The smallest whole-line replacements that turn `old` into `new`, as (start, end, text)
    offsets into `old`, so that an editor keeps the cursor and folds where nothing changed."""
    old_lines = old.splitlines(keepends=True)
    new_lines = new.splitlines(keepends=True)
    starts = [0]
    for line in old_lines:
        starts.append(starts[-1] + len(line))
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    edits = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            edits.append((starts[i1], starts[i2], "".join(new_lines[j1:j2])))
    return edits
