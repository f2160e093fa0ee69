"""`toc checklist`: write the critique checklist of a theory as Markdown, for a review meeting."""

from __future__ import annotations

import os

import click

from toc.cli.common import (
    EXIT_INPUT,
    EXIT_OK,
    LANG_OPTION,
    UsageProblem,
    echo,
    run_safely,
)
from toc.cli.files import load_valid
from toc.cli.helptext import TranslatedCommand


@click.command(cls=TranslatedCommand)
@click.argument("path")
@click.option("-o", "--output", default=None, metavar="FILE.md",
              help="help.checklist.output")
@LANG_OPTION
def checklist(path: str, output: str | None, lang: str | None) -> None:
    """Make the critique checklist of a theory, in Markdown, for a review meeting."""

    def body() -> int:
        from toc import i18n
        from toc.api import checklist as make_checklist
        from toc.checklist import render
        from toc.cli.writer import STDOUT, WriteRefused, refuse_target, write_output

        message_lang = lang or "en"
        target = STDOUT if output is None else output
        try:
            refuse_target(target, [path])  # before anything else is said
            loaded = load_valid(path, lang)  # warnings are printed, and do not stop it
            if loaded is None:
                return EXIT_INPUT
            message_lang = lang or loaded.lang
            made = make_checklist(loaded, "<stdin>" if path == "-" else os.path.basename(path))
            text = render(made, loaded.lang)
            if target == STDOUT:
                echo(text, nl=False)
                return EXIT_OK
            write_output(target, text.encode("utf-8"), inputs=loaded.sources)
        except WriteRefused as refused:
            raise UsageProblem(f"{refused.message(message_lang)}\n  "
                               f"{i18n.text('report.hint_label', message_lang)}: "
                               f"{i18n.text('write.hint', message_lang)}") from None
        except OSError as problem:
            raise UsageProblem(i18n.text("checklist.not_written", message_lang, path=output,
                                         reason=problem.strerror or str(problem))) from None
        points = made.points
        echo(i18n.text("checklist.written", loaded.lang, path=output,
                       open=sum(p.open for p in points), total=len(points)))
        return EXIT_OK

    run_safely(body)
