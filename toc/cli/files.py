"""Finding and reading theories: folder expansion, UTF-8 reading and loading with clear errors."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from toc.cli.common import UsageProblem, loading_quietly, print_diagnostics

if TYPE_CHECKING:
    from toc.api import Loaded, Reader
    from toc.language.access import Access
    from toc.language.diagnostics import Diagnostic


def access_for(path: str, lang: str | None = None) -> Access:
    """The reading settings for a theory (include rule, size limit) from its nearest configuration."""
    from toc.disk.settings import find_access
    from toc.language.access import SettingsProblem

    try:
        return find_access(path)
    except SettingsProblem as problem:
        raise UsageProblem(problem.message(lang or "en")) from None


def read_text(path: str, *, keep_bom: bool = False, access: Access | None = None) -> str:
    """Read a .toc file ('-' is standard input): the one way the command line reads a theory.

    Only a regular file no larger than the limit is read (toc.disk.read); anything
    else raises one of toc.language.access's refusals before a byte is read.
    """
    from toc.disk.read import read_theory

    return read_theory(path, access or access_for(path), keep_bom=keep_bom)


def includes_of(path: str, access: Access, fetch: Reader | None = None) -> Reader:
    """The reader for the files a theory includes: inside the project only, bounded (toc.disk.read)."""
    from toc.disk.read import include_reader

    return include_reader(path, access, fetch=fetch)


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
    Either way includes obey the project rule and every file the size limit.
    """
    from toc import i18n
    from toc.api import load
    from toc.language.access import NotRegularFile, TooLarge, size_words
    from toc.language.codes import problem
    from toc.model.span import Span

    access = access_for(path, lang)
    source = "<stdin>" if path == "-" else path
    display = name or source
    message_lang = lang or "en"
    try:
        text = read(path) if read is not None else read_text(path, access=access)
    except FileNotFoundError:
        return None, [problem("E009", i18n.text("E009", message_lang, path=display))]
    except UnicodeDecodeError as wrong:
        line = wrong.object[: wrong.start].count(b"\n") + 1
        span = Span(display, line, 1, line, 1, wrong.start, wrong.start)
        return None, [problem("E007", i18n.text("E007", message_lang), span,
                              i18n.text("E007.hint", message_lang))]
    except NotRegularFile:
        return None, [problem("E011", i18n.text("E011", message_lang, path=display), None,
                              i18n.text("E011.hint", message_lang))]
    except TooLarge:
        return None, [problem("E012", i18n.text("E012", message_lang, path=display,
                                                limit=size_words(access.max_size)), None,
                              i18n.text("E012.hint", message_lang))]
    except OSError as failure:
        return None, [problem("E010", i18n.text("E010", message_lang, path=display,
                                                reason=failure.strerror or str(failure)))]
    with loading_quietly():
        loaded = load(text, source, lang=lang, read=includes_of(source, access, read))
    return loaded, loaded.diagnostics


def load_valid(path: str, lang: str | None) -> Loaded | None:
    """Load a theory for a command that needs a valid one: its problems are printed (warnings
    too), and None stands for one with errors or one that could not be read."""
    loaded, diagnostics = load_file(path, lang)
    print_diagnostics(diagnostics, loaded)
    return loaded if loaded is not None and loaded.ok else None
