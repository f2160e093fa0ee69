"""The command line: parse arguments, call the api, print reports, choose the exit code."""

from __future__ import annotations

import gc
import importlib
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from toc import __version__

if TYPE_CHECKING:
    from toc.api import Loaded
    from toc.diagnostics import Diagnostic

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT, EXIT_BUG = 0, 1, 2, 3
LANG_OPTION = click.option(
    "--lang", type=click.Choice(["en", "nl"]), default=None,
    help="Language of messages (default: the theory's own 'lang:', else English).")


class UsageProblem(Exception):
    """An input or usage error that ends the command with exit status 2."""


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


def load_file(path: str, lang: str | None) -> tuple[Loaded | None, list[Diagnostic]]:
    """Load one file; an unreadable file becomes a diagnostic, never a traceback."""
    from toc import i18n
    from toc.api import load
    from toc.diagnostics import Diagnostic, Severity
    from toc.source import Span

    display = "<stdin>" if path == "-" else path
    try:
        text = read_text(path)
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
    loaded = load(text, display, lang=lang, read=read_text)
    # The command runs once and ends: move what was just built out of the garbage
    # collector's sight, so that a large theory is not scanned again and again.
    gc.freeze()
    return loaded, loaded.diagnostics


def print_diagnostics(diagnostics: list[Diagnostic], loaded: Loaded | None,
                      stream: str = "stderr") -> None:
    """Print diagnostics as text with their source lines, to stderr by default."""
    from toc.report import format_text

    err = stream == "stderr"
    sources = loaded.sources if loaded else {}
    lang = loaded.lang if loaded else "en"
    color = (sys.stderr if err else sys.stdout).isatty() and "NO_COLOR" not in os.environ
    for diagnostic in diagnostics:
        click.echo(format_text(diagnostic, sources, color=color, lang=lang), err=err)


def run_safely(command: Callable[[], int]) -> NoReturn:
    """Run a command body and exit with its status; a bug gives a short report, not a traceback."""
    try:
        status = command()
    except UsageProblem as problem:
        click.echo(f"toc: error: {problem}", err=True)
        status = EXIT_INPUT
    except KeyboardInterrupt:
        status = 130
    except BrokenPipeError:
        # The reader went away (`toc ... | head`): not toc's problem. Point stdout at
        # nothing so that Python's own flush at exit does not complain either.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        status = 141
    except Exception as problem:  # noqa: BLE001 - the last line of defence
        if os.environ.get("TOC_DEBUG"):
            raise
        click.echo(f"toc: internal error: {type(problem).__name__}: {problem}\n"
                   "This is a bug in toc; please report it with the file that caused it "
                   "(set TOC_DEBUG=1 to see the traceback).", err=True)
        status = EXIT_BUG
    sys.exit(status)


class CommandGroup(click.Group):
    """The `toc` group: commands kept in modules of their own are imported only when used.

    That keeps `toc check` fast to start, and lets those modules import helpers
    from this one without a circular import.
    """

    lazy: dict[str, str] = {
        "checklist": "toc.cli_checklist:checklist",
        "explain": "toc.cli_lint:explain",
        "fmt": "toc.cli_fmt:fmt",
        "lint": "toc.cli_lint:lint",
        "lsp": "toc.cli_lsp:lsp",
        "render": "toc.cli_render:render",
        "rules": "toc.cli_lint:rules",
    }

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *self.lazy])

    # One line each for `toc --help`; click would cut the commands' own first sentences short.
    summaries: dict[str, str] = {
        "check": "Check that theories are well formed.",
        "checklist": "Write the review checklist (Markdown).",
        "explain": "Explain one lint rule.",
        "export": "Print the model as JSON.",
        "fmt": "Rewrite theories in the canonical layout.",
        "lint": "Ask the questions an evaluator would ask.",
        "lsp": "Start the language server for editors.",
        "render": "Draw a theory as a diagram.",
        "rules": "List the lint rules.",
        "schema": "Print the JSON Schema of the model.",
    }

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self.lazy:
            module, attribute = self.lazy[name].split(":")
            command = getattr(importlib.import_module(module), attribute)
        else:
            command = super().get_command(ctx, name)
        if command is not None and name in self.summaries:
            command.short_help = self.summaries[name]
        return command  # type: ignore[no-any-return]


@click.group(cls=CommandGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="toc")
def main() -> None:
    """toc: write theories of change as text, check them, draw them and critique them.

    \b
    Start with:  toc check plan.toc      is it well formed?
                 toc render plan.toc     a diagram (plan.svg)
                 toc lint plan.toc       the questions an evaluator would ask
                 toc checklist plan.toc  a checklist for a review meeting
    Every command has --help; --lang nl gives Dutch messages.
    The language is described in docs/language.md of the toc source.
    """


@main.command()
@click.argument("paths", nargs=-1, required=True)
@LANG_OPTION
@click.option("--format", "output", type=click.Choice(["text", "json"]), default="text",
              help="text (default) or json diagnostics.")
def check(paths: tuple[str, ...], lang: str | None, output: str) -> None:
    """Check that theories are well formed; print a summary of each.

    Exit status: 0 when every file is valid, 2 when any has errors.
    Folders are searched for .toc files.
    """

    def body() -> int:
        from toc import i18n
        from toc.api import summarize
        from toc.diagnostics import has_errors
        from toc.report import as_dict

        status = EXIT_OK
        records = []
        for path in expand(paths, lang):
            loaded, diagnostics = load_file(path, lang)
            message_lang = loaded.lang if loaded else (lang or "en")
            display = "<stdin>" if path == "-" else path
            if has_errors(diagnostics) or loaded is None:
                status = EXIT_INPUT
                errors = sum(d.severity.value == "error" for d in diagnostics)
                if output == "json":
                    records.append({"file": display, "ok": False,
                                    "diagnostics": [as_dict(d) for d in diagnostics]})
                else:
                    print_diagnostics(diagnostics, loaded)
                    click.echo(i18n.text("cli.failed", message_lang, path=display,
                                         errors=i18n.count("error", errors, message_lang)),
                               err=True)
                continue
            summary = summarize(loaded.theory)
            if output == "json":
                records.append({"file": display, "ok": True, "summary": summary.__dict__,
                                "diagnostics": [as_dict(d) for d in diagnostics]})
                continue
            print_diagnostics(diagnostics, loaded)
            click.echo(i18n.text(
                "cli.summary", message_lang, path=display,
                nodes=i18n.count("node", summary.nodes, message_lang),
                links=i18n.count("link", summary.links, message_lang),
                loops=i18n.count("loop", summary.loops, message_lang),
                counterfactuals=i18n.count("counterfactual", summary.counterfactuals,
                                           message_lang)))
        if output == "json":
            click.echo(json.dumps(records, ensure_ascii=False, indent=2))
        return status

    run_safely(body)


@main.command()
@click.argument("path")
@click.option("--format", "output", type=click.Choice(["json"]), default="json",
              help="Export format (json).")
@LANG_OPTION
def export(path: str, output: str, lang: str | None) -> None:
    """Print the validated model of a theory, for other tools to consume."""

    def body() -> int:
        loaded, diagnostics = load_file(path, lang)
        if loaded is None or not loaded.ok:
            print_diagnostics(diagnostics, loaded)
            return EXIT_INPUT
        click.echo(json.dumps(loaded.theory.to_json_data(), ensure_ascii=False, indent=2))
        return EXIT_OK

    run_safely(body)


@main.command()
def schema() -> None:
    """Print the JSON Schema of the model that `toc export` writes."""

    def body() -> int:
        from toc.api import json_schema

        click.echo(json.dumps(json_schema(), ensure_ascii=False, indent=2))
        return EXIT_OK

    run_safely(body)


if __name__ == "__main__":  # pragma: no cover
    main()
