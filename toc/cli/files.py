"""Finding and reading theories: folder expansion, UTF-8 reading and loading with clear errors."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from toc.cli.common import UsageProblem, loading_quietly

if TYPE_CHECKING:
    from toc.api import Loaded, Reader
    from toc.language.diagnostics import Diagnostic


def read_text(path: str, *, keep_bom: bool = False) -> str:
    """Read a .toc file ('-' is standard input): the one way the command line reads a theory."""
    from toc.language.source import decode

    return decode(sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes(), keep_bom=keep_bom)


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
    from toc.language.codes import problem
    from toc.model.span import Span

    reader = read or read_text
    source = "<stdin>" if path == "-" else path
    display = name or source
    message_lang = lang or "en"
    try:
        text = reader(path)
    except FileNotFoundError:
        return None, [problem("E009", i18n.text("E009", message_lang, path=display))]
    except UnicodeDecodeError as wrong:
        line = wrong.object[: wrong.start].count(b"\n") + 1
        span = Span(display, line, 1, line, 1, wrong.start, wrong.start)
        return None, [problem("E007", i18n.text("E007", message_lang), span,
                              i18n.text("E007.hint", message_lang))]
    except OSError as failure:
        return None, [problem("E010", i18n.text("E010", message_lang, path=display,
                                                reason=failure.strerror or str(failure)))]
    with loading_quietly():
        loaded = load(text, source, lang=lang, read=reader)
    return loaded, loaded.diagnostics
