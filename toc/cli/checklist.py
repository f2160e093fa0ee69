"""`toc checklist`: write the critique checklist of a theory as Markdown, for a review meeting."""

from __future__ import annotations

import os
from pathlib import Path

import click

from toc.cli.common import (
    EXIT_INPUT,
    EXIT_OK,
    LANG_OPTION,
    UsageProblem,
    print_diagnostics,
    run_safely,
)
from toc.cli.files import load_file
from toc.cli.writer import write_atomically


@click.command()
@click.argument("path")
@click.option("-o", "--output", default=None, metavar="FILE.md",
              help="Write the checklist to this file (default: print it).")
@LANG_OPTION
def checklist(path: str, output: str | None, lang: str | None) -> None:
    """Make the critique checklist of a theory, in Markdown, for a review meeting.

    Each item is ticked or open (when `toc lint` found something about it), with
    the nodes concerned and concrete questions to discuss. Exit status: 0 when the
    checklist was made (it is a report, not a verdict), 2 on input or usage errors.
    """

    def body() -> int:
        from toc import i18n
        from toc.api import checklist as make_checklist
        from toc.checklist import render

        message_lang = lang or "en"
        if output is not None:
            _refuse_to_overwrite_theory(output, path, message_lang)
        loaded, diagnostics = load_file(path, lang)
        if loaded is None or not loaded.ok:
            print_diagnostics(diagnostics, loaded)
            return EXIT_INPUT
        print_diagnostics(diagnostics, loaded)  # warnings only, at this point
        made = make_checklist(loaded, "<stdin>" if path == "-" else os.path.basename(path))
        text = render(made, loaded.lang)
        if output is None:
            click.echo(text, nl=False)
            return EXIT_OK
        try:
            write_atomically(output, text.encode("utf-8"))
        except OSError as problem:
            raise UsageProblem(i18n.text("checklist.not_written", loaded.lang, path=output,
                                         reason=problem.strerror or str(problem))) from None
        points = made.points
        click.echo(i18n.text("checklist.written", loaded.lang, path=output,
                             open=sum(p.open for p in points), total=len(points)))
        return EXIT_OK

    run_safely(body)


def _refuse_to_overwrite_theory(output: str, path: str, lang: str) -> None:
    """A checklist must never replace a theory: not a .toc file, not the file being read."""
    from toc import i18n

    if Path(output).suffix.lower() == ".toc":
        raise UsageProblem(i18n.text("checklist.refuse_toc", lang, path=output))
    if path != "-" and os.path.exists(output) and os.path.exists(path) \
            and os.path.samefile(output, path):
        raise UsageProblem(i18n.text("checklist.refuse_input", lang, path=output))


