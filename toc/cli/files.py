"""Finding and reading theories: folder expansion, UTF-8 reading and loading with clear errors."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from toc.cli.common import UsageProblem

if TYPE_CHECKING:
    from toc.api import Loaded, Reader
    from toc.language.diagnostics import Diagnostic


def read_text(path: str) -> str:
    """Read a .toc file as UTF-8 (a byte-order mark is allowed); '-' reads standard input."""
    if path == "-":
        return sys.stdin.buffer.read().decode("utf-8-sig")
    return Path(path).read_bytes().decode("utf-8-sig")


def expand(paths: tuple[str, ...], lang: str | None = None) -> list[str]:
    """Turn file and folder arguments into .toc files, in a stable order.

    A folder contributes its regular .toc files, not hidden ones (editors' lock and
    backup files) nor folders or broken links that happen to end in .toc; a folder
    without any is a usage error, so that a mistyped path in CI does not pass.
    """
    from toc import i18n

    files: list[str] = []
    for path in paths:
        if path != "-" and os.path.isdir(path):
            found = sorted(
                str(p) for p in Path(path).rglob("*.toc")
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not found:
                raise UsageProblem(i18n.text("cli.no_toc_files", lang or "en", path=path))
            files.extend(found)
        else:
            files.append(path)
    return files


def load_file(path: str, lang: str | None, *, read: Reader | None = None,
              name: str | None = None) -> tuple[Loaded | None, list[Diagnostic]]:
    """Load one file; an unreadable file becomes a diagnostic, never a traceback.

    `read` reads the file and those it includes (by default from the disk; `toc
    diff` reads them at a git revision), and `name` is how messages name the file.
    """
    from toc import i18n
    from toc.api import load
    from toc.language.diagnostics import Diagnostic, Severity
    from toc.model.span import Span

    reader = read or read_text
    source = "<stdin>" if path == "-" else path
    display = name or source
    try:
        text = reader(path)
    except FileNotFoundError:
        message = i18n.text("cli.no_such_file", lang or "en", path=display)
        return None, [Diagnostic("E009", Severity.ERROR, message, None, name="no-such-file")]
    except UnicodeDecodeError as problem:
        line = problem.object[: problem.start].count(b"\n") + 1
        span = Span(display, line, 1, line, 1, problem.start, problem.start)
        return None, [Diagnostic("E007", Severity.ERROR, i18n.text("E007", lang or "en"), span,
                                 i18n.text("E007.hint", lang or "en"), name="not-utf8")]
    except OSError as problem:
        message = i18n.text("cli.not_readable", lang or "en", path=display,
                            reason=problem.strerror or str(problem))
        return None, [Diagnostic("E009", Severity.ERROR, message, None, name="unreadable-file")]
    # A large theory creates hundreds of thousands of small objects that all stay
    # alive, and the command runs once and ends: the cyclic collector would only scan
    # them again and again. So it rests while loading, and what was built is then
    # moved out of its sight. The choice belongs here, not in the library.
    collecting = gc.isenabled()
    gc.disable()
    try:
        loaded = load(text, source, lang=lang, read=reader)
    finally:
        if collecting:
            gc.enable()
    gc.freeze()
    return loaded, loaded.diagnostics
