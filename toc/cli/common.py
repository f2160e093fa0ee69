"""What every command shares: exit statuses, the error prefix, colour, --lang, printing diagnostics."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, NoReturn

import click

from toc.escape.terminal import terminal_json, terminal_text

if TYPE_CHECKING:
    from toc.api import Loaded
    from toc.language.diagnostics import Diagnostic

# The one map from outcomes to exit statuses: 0 clean, 1 findings, 2 input or
# usage error, 3 a bug in toc; 130 interrupted, 141 the reader went away.
EXIT_OK, EXIT_FINDINGS, EXIT_INPUT, EXIT_BUG = 0, 1, 2, 3
EXIT_INTERRUPTED, EXIT_CLOSED_PIPE = 130, 141
# How a line that stops a command begins; `toc render: error:` names the command.
ERROR_PREFIX = "error: "
LANG_OPTION = click.option(
    "--lang", type=click.Choice(["en", "nl"]), default=None,
    help="help.option.lang")
# `toc rules`, `toc errors` and `toc explain` read no theory, so there is no 'lang:' to follow.
DOCS_LANG_OPTION = click.option(
    "--lang", type=click.Choice(["en", "nl"]), default=None,
    help="help.option.docs_lang")
# For the commands that say nothing in a language but their help (`toc schema`, `toc lsp`).
HELP_LANG_OPTION = click.option(
    "--lang", type=click.Choice(["en", "nl"]), default=None, expose_value=False,
    help="help.option.help_lang")


class UsageProblem(Exception):
    """An input or usage error that ends the command with exit status 2."""


def echo(text: str = "", *, err: bool = False, nl: bool = True) -> None:
    """Print text on standard output (or error): every text a command prints passes through here.

    Messages, reports and Markdown quote what users wrote, so all of it is made safe
    to show (toc.escape.terminal) on its way out: no label can move the cursor,
    ring the bell, retitle the window or reorder a line.
    """
    click.echo(terminal_text(text), err=err, nl=nl)


def echo_painted(text: str, *, err: bool = False, nl: bool = True) -> None:
    """Print text whose maker has already made the user text in it safe, and may have added colours.

    For the diagnostics (toc.report.text) and `toc diff` (toc.diff.text), which
    escape every piece of user text themselves and then paint toc's own words.
    """
    click.echo(text, err=err, nl=nl)


def echo_json(text: str, *, err: bool = False) -> None:
    """Print JSON (or SARIF) on standard output (or error), with active characters as JSON escapes."""
    click.echo(terminal_json(text), err=err)


def tell(message: str) -> None:
    """Print a message for the user on standard error; the user text in it is made safe to show."""
    echo(message, err=True)


def tell_hint(text: str, lang: str) -> None:
    """Print the hint under an error line: `  hint: ...` (`  tip: ...` in Dutch), as the diagnostics do."""
    from toc import i18n

    tell(f"  {i18n.text('report.hint_label', lang)}: {text}")


def error_line(message: str, command: str | None = None) -> str:
    """`toc: error: message`, or `toc render: error: message` when a command names itself."""
    return f"toc{' ' + command if command else ''}: {ERROR_PREFIX}{message}"


def use_color(err: bool = False) -> bool:
    """Colour only a terminal, and never when NO_COLOR is set (no-color.org)."""
    return (sys.stderr if err else sys.stdout).isatty() and "NO_COLOR" not in os.environ


def count_errors(diagnostics: list[Diagnostic], lang: str | None) -> str:
    """'1 error' or '3 errors' (in a language) for the errors among some diagnostics."""
    from toc import i18n
    from toc.language.diagnostics import errors_of

    return i18n.count("error", len(errors_of(diagnostics)), lang or "en")


def print_diagnostics(diagnostics: list[Diagnostic], loaded: Loaded | None,
                      stream: str = "stderr") -> None:
    """Print diagnostics as text with their source lines, to stderr by default."""
    from toc.report import format_text

    err = stream == "stderr"
    sources = loaded.sources if loaded else {}
    lang = loaded.lang if loaded else "en"
    color = use_color(err)
    for diagnostic in diagnostics:
        echo_painted(format_text(diagnostic, sources, color=color, lang=lang), err=err)


def show_catalogue(output: str, markdown: Callable[[], str], as_json: Callable[[], str],
                   table: Callable[[], None]) -> int:
    """Print a catalogue (`toc rules`, `toc errors`) as markdown, JSON or tables."""
    if output == "markdown":
        echo(markdown(), nl=False)
    elif output == "json":
        echo_json(as_json())
    else:
        table()
    return EXIT_OK


def print_tables(title: str, headers: list[str],
                 groups: Sequence[tuple[str, Sequence[tuple[str, ...]]]]) -> None:
    """Print a catalogue on standard output: a title, then one table per group that has rows."""
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False)
    console.print(f"[bold]{title}[/bold]")
    for group, rows in groups:
        table = Table(title=group, title_justify="left")
        for place, header in enumerate(headers):
            last = place == len(headers) - 1
            table.add_column(header, no_wrap=not last, overflow="fold" if last else "ellipsis")
        for row in rows:
            table.add_row(*row)
        if table.row_count:
            console.print(table)


# Objects allocated before the cyclic collector looks at the youngest generation, in a command.
COMMAND_GC_THRESHOLD = 100_000


@contextmanager
def loading_quietly() -> Iterator[None]:
    """Keep the cyclic garbage collector out of a load, and what it made out of its sight after.

    A large theory creates hundreds of thousands of small objects that all stay
    alive, and a command runs once and ends: the collector would only scan them
    again and again. The choice belongs to the command line, not the library.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
        gc.freeze()
        # What follows (lint, checklist, drawing) makes an object or more per link, most of
        # them alive until the command ends; a young generation of a few hundred objects
        # would have the collector walk them again and again (a third of lint's time on a
        # 40,000-link theory). Collections stay, but rarer.
        threshold = gc.get_threshold()
        gc.set_threshold(max(threshold[0], COMMAND_GC_THRESHOLD), *threshold[1:])


def run_safely(command: Callable[[], int]) -> NoReturn:
    """Run a command body and exit with its status; a bug gives a short report, not a traceback."""
    try:
        status = command()
    except UsageProblem as problem:
        tell(error_line(str(problem)))
        status = EXIT_INPUT
    except KeyboardInterrupt:
        status = EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`toc ... | head`): not toc's problem. Point stdout at
        # nothing so that Python's own flush at exit does not complain either.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        status = EXIT_CLOSED_PIPE
    except Exception as problem:  # noqa: BLE001 - the last line of defence
        if os.environ.get("TOC_DEBUG"):
            raise
        tell(f"toc: internal error: {type(problem).__name__}: {problem}\n"
             "This is a bug in toc; please report it with the file that caused it "
             "(set TOC_DEBUG=1 to see the traceback).")
        status = EXIT_BUG
    sys.exit(status)
