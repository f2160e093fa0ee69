"""`toc report`: the theory as one offline web page to read, click and print, or that page as a PDF."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import click

from toc.cli.common import (
    EXIT_INPUT,
    EXIT_OK,
    LANG_OPTION,
    UsageProblem,
    echo,
    print_diagnostics,
    run_safely,
)
from toc.cli.files import load_file
from toc.cli.writer import WriteRefused

if TYPE_CHECKING:
    from toc.lint.config import Config

ENGINE_OPTION = click.option(
    "--engine", type=click.Choice(["auto", "dot", "graphviz-pure"]), default="auto", show_default=True,
    help="Layout engine for the diagrams: the system Graphviz 'dot', the built-in 'graphviz-pure', "
         "or auto (dot when installed, else built-in).")


def _t(key: str, lang: str, **values: object) -> str:
    from toc import i18n

    return i18n.text(f"page.cli.{key}", lang, **values)


def problem(key: str, lang: str, **values: object) -> UsageProblem:
    """A usage problem with its hint on the next line, both in the reader's language."""
    from toc import i18n

    return UsageProblem(_t(key, lang, **values) + f"\n  {i18n.text('report.hint_label', lang)}: "
                        + _t(f"{key}.hint", lang))


def choose_target(path: str, output: str | None, pdf: bool, lang: str) -> str:
    """-o, else beside the theory (plan.html or plan.pdf); standard input gives standard output."""
    if output is not None:
        target = output
    elif path == "-":
        target = "-"
    else:
        target = str(Path(path).with_suffix(".pdf" if pdf else ".html"))
    if pdf and target == "-":
        raise UsageProblem(_t("pdf_stdout", lang))
    return target


def refused(failure: WriteRefused, lang: str) -> UsageProblem:
    """A target the writer refuses, told with the hint to choose another."""
    from toc import i18n

    return UsageProblem(f"{failure.message(lang)}\n  {i18n.text('report.hint_label', lang)}: "
                        + i18n.text("write.hint", lang))


def lint_config(path: str, chosen: str | None, lang: str) -> Config:
    """The lint configuration `toc lint` would use: --config, else the nearest toc.toml."""
    from toc.cli.config import find_config, read_config
    from toc.lint.config import Config, ConfigError

    try:
        if chosen:
            return read_config(Path(chosen)) or Config(origin=chosen)
        return find_config(path)
    except ConfigError as wrong:
        raise UsageProblem(wrong.message(lang)) from None


@click.command()
@click.argument("path")
@click.option("-o", "--output", default=None, metavar="FILE",
              help="Where to write the page (default: beside the theory, as .html, or .pdf with --pdf); "
                   "'-' for standard output.")
@click.option("--pdf", is_flag=True,
              help="Print the page to PDF with a Chromium-family browser installed on this computer.")
@click.option("--browser", default=None, metavar="PATH",
              help="The browser to print with (default: the first found of chromium, google-chrome, "
                   "msedge…).")
@ENGINE_OPTION
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="Use this toc.toml or pyproject.toml for the findings instead of the nearest one.")
@LANG_OPTION
def report(path: str, output: str | None, pdf: bool, browser: str | None, engine: str,
           config_path: str | None, lang: str | None) -> None:
    """Make one web page of a theory for people who never open a terminal.

    \b
    toc report plan.toc          writes plan.html beside plan.toc
    toc report plan.toc --pdf    writes plan.pdf (needs Chromium, Chrome or Edge)

    The page holds the diagram (click an element to read about it; views per actor),
    the findings of `toc lint`, the review checklist, the pathways into each final
    result, what would have happened anyway and the assumptions. It works offline
    and makes no request. Exit status: 0 written, 2 input or usage error.
    """

    def body() -> int:
        from toc import i18n
        from toc.api import report_html
        from toc.cli.browser import PrintProblem, find_browser, print_pdf
        from toc.cli.writer import refuse_target, write_output
        from toc.render.engines import RenderProblem

        loaded, diagnostics = load_file(path, lang)
        if loaded is None or not loaded.ok:
            print_diagnostics(diagnostics, loaded)
            return EXIT_INPUT
        print_diagnostics(diagnostics, loaded)  # warnings do not stop the page
        language = lang or loaded.theory.lang or loaded.lang
        target = choose_target(path, output, pdf, language)
        try:
            refuse_target(target, loaded.sources)
        except WriteRefused as failure:
            raise refused(failure, language) from None
        printer = None
        if pdf:
            printer = find_browser(browser)
            if printer is None:
                if browser:
                    raise UsageProblem(_t("not_a_browser", language, path=browser))
                raise problem("no_browser", language, names=", ".join(_names()))
        config = lint_config(path, config_path, language)
        name = "<stdin>" if path == "-" else os.path.basename(path)
        try:
            html = report_html(loaded, lang=language, file=name, config=config, engine=engine)
        except RenderProblem as failed:
            raise UsageProblem(i18n.text(failed.key, language, **failed.values)) from None
        data = html.encode("utf-8")
        if printer is not None:
            try:
                data = print_pdf(printer, html)
            except PrintProblem as failed:
                raise UsageProblem(_t("print_failed", language, browser=printer, reason=failed)) from None
        try:
            write_output(target, data, inputs=loaded.sources)
        except WriteRefused as failure:
            raise refused(failure, language) from None
        except OSError as failed:
            raise UsageProblem(_t("not_written", language, path=target,
                                  reason=failed.strerror or str(failed))) from None
        if target == "-":
            return EXIT_OK
        title = loaded.theory.label or name
        if printer is not None:
            echo(_t("wrote_pdf", language, path=target, browser=Path(printer).name))
        else:
            echo(_t("wrote", language, path=target, title=title))
        return EXIT_OK

    run_safely(body)


def _names() -> list[str]:
    from toc.cli.browser import NAMES

    return list(NAMES[:3]) + ["msedge"]
