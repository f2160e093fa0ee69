"""`toc new`: start a theory from a few plain questions, from a genre example, or from placeholders."""

from __future__ import annotations

import os
import shlex
import sys
import unicodedata

import click

from toc.cli.common import EXIT_INTERRUPTED, EXIT_OK, UsageProblem, echo, error_line, run_safely, tell
from toc.cli.helptext import TranslatedCommand
from toc.cli.interface import interface_lang


def _problem(key: str, lang: str, **values: str) -> UsageProblem:
    """A usage error with its hint (the message's key and `.hint`) on a line of its own."""
    from toc import i18n

    return _hinted(i18n.text(key, lang, **values), i18n.text(f"{key}.hint", lang, **values), lang)


def _hinted(message: str, hint: str, lang: str) -> UsageProblem:
    from toc import i18n

    return UsageProblem(f"{message}\n  {i18n.text('report.hint_label', lang)}: {hint}")


def stdin_is_terminal() -> bool:
    """Whether someone can answer questions: standard input is a terminal, not a pipe or a file.

    No theory is read from it, only the answers (by click.prompt).
    """
    return sys.stdin.isatty()


@click.command("new", cls=TranslatedCommand)
@click.argument("path", required=False)
@click.option("--from", "genre", metavar="GENRE", help="help.new.from")
@click.option("--list", "listing", is_flag=True, help="help.new.list")
@click.option("-y", "--yes", is_flag=True, help="help.new.yes")
@click.option("--lang", type=click.Choice(["en", "nl"]), default=None, help="help.new.lang")
def new(path: str | None, genre: str | None, listing: bool, yes: bool, lang: str | None) -> None:
    """`toc new [PATH]`: a first theory from questions, a genre example or placeholders."""

    def body() -> int:
        from toc import i18n

        message_lang = interface_lang(lang)
        if listing:
            _list(message_lang)
            return EXIT_OK
        if not path:
            raise _problem("new.no_path", message_lang)
        if not path.lower().endswith(".toc"):
            raise _problem("new.not_toc", message_lang, path=path,
                           example=shlex.quote(path + ".toc"))
        if os.path.lexists(path):
            raise _problem("new.exists", message_lang, path=path)
        if genre is not None:
            text, message_lang = _from_genre(genre, lang)
        else:
            drafted = _drafted(path, message_lang, ask=not yes)
            if drafted is None:
                tell(error_line(i18n.text("new.stopped", message_lang)))
                return EXIT_INTERRUPTED
            text = drafted
        _write(path, text, message_lang)
        _next_steps(path, message_lang)
        return EXIT_OK

    run_safely(body)


def _drafted(path: str, lang: str, *, ask: bool) -> str | None:
    """The first theory from the answers to the questions (none asked with --yes); None when stopped."""
    from toc.start.draft import draft
    from toc.start.questions import Answers

    texts: dict[str, str] = {}
    if ask:
        if not stdin_is_terminal():
            raise _problem("new.no_terminal", lang)
        try:
            texts = _ask(path, lang)
        except click.Abort:  # Ctrl+C, or the end of the input
            return None
    return draft(Answers.from_texts(texts), lang, _shown_name(path))


def _ask(path: str, lang: str) -> dict[str, str]:
    """Ask every question in turn; an empty answer is kept as empty."""
    from toc import i18n
    from toc.start.questions import QUESTIONS

    echo(i18n.text("new.ask.intro", lang, path=path))
    answers = {}
    for number, key in enumerate(QUESTIONS, start=1):
        echo()
        echo(f"{number}/{len(QUESTIONS)}  {i18n.text(f'new.ask.{key}', lang)}")
        example = i18n.text(f"new.ask.{key}.example", lang)
        echo(f"      ({i18n.text('new.ask.example', lang, example=example)})")
        answers[key] = click.prompt("", prompt_suffix="> ", default="", show_default=False)
    echo()
    return answers


def _from_genre(name: str, lang: str | None) -> tuple[str, str]:
    """A genre example as a first file, and the language of its note (--lang, else the example's own)."""
    from toc import i18n
    from toc.api import detect_lang
    from toc.cli.files import read_text
    from toc.language.suggest import offer, suggest
    from toc.start.genres import adapted, genres

    known = genres()
    if name not in known:
        message_lang = lang or "en"
        raise _hinted(offer(i18n.text("new.unknown_genre", message_lang, genre=name),
                            suggest(name, known), message_lang),
                      i18n.text("new.genres", message_lang, genres=", ".join(known)), message_lang)
    text = read_text(str(known[name]))
    note_lang = lang or detect_lang(text)
    return adapted(text, name, note_lang), note_lang


def _list(lang: str) -> None:
    """The genres, one a line with what each is."""
    from toc import i18n
    from toc.start.genres import describe, genres

    echo(i18n.text("new.list.title", lang))
    names = list(genres())
    width = max(len(name) for name in names)
    for name in names:
        echo(f"  {name.ljust(width)}  {describe(name, lang)}")


def _write(path: str, text: str, lang: str) -> None:
    """Write the new file, never over one that exists; a refusal or failure is a usage error."""
    from toc import i18n
    from toc.cli.writer import WriteRefused, create_new

    try:
        create_new(path, text.encode("utf-8"))
    except FileExistsError:
        raise _problem("new.exists", lang, path=path) from None
    except WriteRefused as refused:
        raise UsageProblem(refused.message(lang)) from None
    except OSError as problem:
        raise UsageProblem(i18n.text("render.write_failed", lang, path=path,
                                     reason=problem.strerror or str(problem))) from None


def _next_steps(path: str, lang: str) -> None:
    """What to run next, with the file's name as a shell would need it."""
    from toc import i18n

    echo(i18n.text("new.written", lang, path=path))
    quoted = shlex.quote(path)
    commands = [(f"toc {command} {quoted}", i18n.text(f"new.next.{command}", lang))
                for command in ("lint", "render", "report")]
    width = max(len(command) for command, _ in commands)
    for command, meaning in commands:
        echo(f"  {command.ljust(width)}  {meaning}")


def _shown_name(path: str) -> str:
    """The file's name as the notes in it show it in commands: no folder, no control characters."""
    name = "".join(char for char in os.path.basename(path)
                   if not unicodedata.category(char).startswith("C"))
    return shlex.quote(name)
