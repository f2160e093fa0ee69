"""Optional partners of the server: the linter and the formatter, used when they are installed.

Both live in their own packages (`toc.lint`, `toc.fmt`); the server works without
them and gains their findings and edits as soon as they can be imported.
"""

from __future__ import annotations

import difflib
import importlib
from collections.abc import Callable

from toc.api import Loaded
from toc.diagnostics import Diagnostic

LintFunction = Callable[[Loaded], list[Diagnostic]]
FormatFunction = Callable[[str], str]
# Names under which the formatter package may offer "format this text".
FORMAT_NAMES = ("format_text", "format_source", "format_string")


def find_lint() -> LintFunction | None:
    """Return `toc.lint.lint` when the linter is installed, else None."""
    try:
        module = importlib.import_module("toc.lint")
    except ImportError:
        return None
    function = getattr(module, "lint", None)
    return function if callable(function) else None


def find_formatter() -> FormatFunction | None:
    """Return the formatter's text-to-text function when it is installed, else None."""
    try:
        module = importlib.import_module("toc.fmt")
    except ImportError:
        return None
    for name in FORMAT_NAMES:
        function = getattr(module, name, None)
        if callable(function):
            return function
    return None


def lint_findings(loaded: Loaded, lint: LintFunction | None) -> list[Diagnostic]:
    """Lint findings for a theory that loaded without errors (a broken model is not linted)."""
    if lint is None or not loaded.ok:
        return []
    return list(lint(loaded))


def formatted(text: str, formatter: FormatFunction | None) -> str | None:
    """The formatted text, or None when there is no formatter or it refuses this text."""
    if formatter is None:
        return None
    result = formatter(text)
    result = getattr(result, "text", result)
    return result if isinstance(result, str) else None


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
