"""`toc fmt`: rewrite .toc files in the canonical layout, check it, or format standard input."""

from __future__ import annotations

from enum import Enum

import click

from toc.cli.common import (
    EXIT_FINDINGS,
    EXIT_INPUT,
    EXIT_OK,
    LANG_OPTION,
    UsageProblem,
    count_errors,
    echo,
    loading_quietly,
    print_diagnostics,
    run_safely,
    tell,
)
from toc.cli.files import access_for, expand, includes_of, load_file, read_text
from toc.cli.helptext import TranslatedCommand
from toc.cli.writer import STDOUT, WriteRefused, write_output


class Outcome(str, Enum):
    UNCHANGED = "unchanged"
    CHANGED = "changed"
    FAILED = "failed"


@click.command("fmt", cls=TranslatedCommand)
@click.argument("paths", nargs=-1, required=True)
@click.option("--check", is_flag=True,
              help="help.fmt.check")
@click.option("--stdin-filename", default=None, metavar="PATH",
              help="help.fmt.stdin_filename")
@LANG_OPTION
def fmt(paths: tuple[str, ...], check: bool, stdin_filename: str | None,
        lang: str | None) -> None:
    """Rewrite theories in the canonical layout (see docs/formatting.md)."""

    def body() -> int:
        from toc import i18n

        message_lang = lang or "en"
        if "-" in paths and len(paths) > 1:
            raise UsageProblem(i18n.text("fmt.stdin_alone", message_lang))
        if stdin_filename and "-" not in paths:
            raise UsageProblem(i18n.text("fmt.stdin_filename_alone", message_lang))
        if paths == ("-",):
            outcomes = [_format_one("-", stdin_filename or "<stdin>", check, lang)]
        else:
            outcomes = [_format_one(path, path, check, lang) for path in expand(paths)]
            _summarize(outcomes, check, lang)
        if any(outcome == Outcome.FAILED for outcome, _ in outcomes):
            return EXIT_INPUT
        changed = any(outcome == Outcome.CHANGED for outcome, _ in outcomes)
        return EXIT_FINDINGS if check and changed else EXIT_OK

    run_safely(body)


def _format_one(path: str, display: str, check: bool,
                lang: str | None) -> tuple[Outcome, str | None]:
    """Format one file (or standard input); return what happened and the file's language."""
    from toc import i18n
    from toc.fmt import NotParsed, UnsafeFormat, format_text
    from toc.fmt.conventions import to_lf
    from toc.fmt.diff import unified_diff

    stdin = path == STDOUT
    # Standard input's includes are found beside the name --stdin-filename gives it.
    access = access_for(display if stdin else path, lang)
    try:
        text = read_text(path, keep_bom=True, access=access)
    except (OSError, UnicodeDecodeError) as problem:
        _report_unreadable(path, display, lang, problem)
        return Outcome.FAILED, None
    try:
        with loading_quietly():
            formatted = format_text(text, display, lang=lang, read=includes_of(display, access))
    except NotParsed as refused:
        message_lang = lang or refused.loaded.lang
        print_diagnostics(refused.errors, refused.loaded)
        tell(i18n.text("fmt.not_parsed", message_lang, path=display,
                       errors=count_errors(refused.errors, message_lang)))
        return Outcome.FAILED, refused.loaded.lang
    except UnsafeFormat as unsafe:
        message_lang = lang or "en"
        reason = i18n.text(f"fmt.unsafe.{unsafe.check}", message_lang, detail=unsafe.detail)
        tell(i18n.text("fmt.unsafe", message_lang, path=display, reason=reason))
        return Outcome.FAILED, None
    message_lang = lang or formatted.lang
    if check:
        if formatted.changed:
            after = f"{display} ({i18n.text('fmt.diff.formatted', message_lang)})"
            diff = unified_diff(to_lf(formatted.original), to_lf(formatted.text), display, after)
            echo(diff, nl=False)
            if not stdin:
                tell(i18n.text("fmt.would_reformat", message_lang, path=display))
        return _changed(formatted.changed), formatted.lang
    if stdin:
        # The theory itself, byte for byte, as a filter must give it (like `cat`).
        write_output(STDOUT, formatted.text.encode("utf-8"))
    elif formatted.changed:
        try:
            # Only over the very text that was read: an edit saved meanwhile is never lost.
            write_output(path, formatted.text.encode("utf-8"), theory=True,
                         expected=text.encode("utf-8"))
        except WriteRefused as refused:
            tell(refused.message(message_lang))
            return Outcome.FAILED, formatted.lang
        except OSError as problem:
            tell(i18n.text("fmt.not_written", message_lang, path=display,
                           reason=problem.strerror or str(problem)))
            return Outcome.FAILED, formatted.lang
        tell(i18n.text("fmt.reformatted", message_lang, path=display))
    return _changed(formatted.changed), formatted.lang


def _changed(changed: bool) -> Outcome:
    return Outcome.CHANGED if changed else Outcome.UNCHANGED


def _report_unreadable(path: str, display: str, lang: str | None, problem: Exception) -> None:
    """Print why a file could not be read, with the same diagnostics as `toc check`."""
    if path != "-":
        _, diagnostics = load_file(path, lang)
        print_diagnostics(diagnostics, None)
        return
    # Standard input cannot be read a second time, so describe the problem here.
    from toc import i18n

    reason = (i18n.text("E007", lang or "en") if isinstance(problem, UnicodeDecodeError)
              else getattr(problem, "strerror", None) or str(problem))
    tell(f"{display}: {reason}")


def _summarize(outcomes: list[tuple[Outcome, str | None]], check: bool,
               lang: str | None) -> None:
    """Print one line with the counts of files changed, unchanged and failed.

    It is in the files' language when they share one, else in English.
    """
    from toc import i18n

    languages = {file_lang for _, file_lang in outcomes if file_lang}
    message_lang = lang or (languages.pop() if len(languages) == 1 else "en")
    changed = sum(outcome == Outcome.CHANGED for outcome, _ in outcomes)
    failed = sum(outcome == Outcome.FAILED for outcome, _ in outcomes)
    unchanged = len(outcomes) - changed - failed
    key = "fmt.summary.check" if check else "fmt.summary"
    line = i18n.text(key, message_lang, changed=i18n.count("file", changed, message_lang),
                     unchanged=i18n.count("file", unchanged, message_lang))
    if failed:
        line += " " + i18n.text("fmt.summary.failed", message_lang,
                                failed=i18n.count("file", failed, message_lang))
    tell(line)
