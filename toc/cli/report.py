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
    run_safely,
)
from toc.cli.files import load_valid
from toc.cli.helptext import TranslatedCommand
from toc.cli.writer import WriteRefused

if TYPE_CHECKING:
    from toc.api import Loaded
    from toc.lint.config import Config

ENGINE_OPTION = click.option(
    "--engine", type=click.Choice(["auto", "dot", "graphviz-pure"]), default="auto", show_default=True,
    help="help.option.engine")


def _t(key: str, lang: str, **values: object) -> str:
    from toc import i18n

    return i18n.text(f"page.cli.{key}", lang, **values)


def problem(key: str, lang: str, **values: object) -> UsageProblem:
    """A usage problem with its hint on the next line, both in the reader's language."""
    from toc import i18n

    return UsageProblem(_t(key, lang, **values) + f"\n  {i18n.text('report.hint_label', lang)}: "
                        + _t(f"{key}.hint", lang, **values))


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


AGAINST_OPTION = click.option(
    "--against", default=None, metavar="OLD",
    help="help.option.against")


class Older:
    """An older version a page is compared with (`--against`): loaded, named, and where it was read."""

    def __init__(self, loaded: Loaded, name: str, revision: str | None) -> None:
        self.loaded, self.name, self.revision = loaded, name, revision

    @property
    def files(self) -> list[str]:
        """The files of the work tree it was read from (none for a version at a revision)."""
        return [] if self.revision else list(self.loaded.sources)


def load_older(argument: str, lang: str | None) -> Older | None:
    """Load the version `--against` names; its problems are printed and give None."""
    from toc import i18n
    from toc.cli.revisions import GitProblem, load_version, parse_version

    version = parse_version(argument)
    try:
        loaded, name = load_version(version, lang)
    except GitProblem as failed:
        raise UsageProblem(i18n.text(failed.key, lang or "en", **failed.values)) from None
    return Older(loaded, name, version.revision) if loaded is not None else None


@click.command(cls=TranslatedCommand)
@click.argument("path")
@click.option("-o", "--output", default=None, metavar="FILE",
              help="help.report.output")
@click.option("--pdf", is_flag=True,
              help="help.report.pdf")
@click.option("--browser", default=None, metavar="PATH",
              help="help.report.browser")
@ENGINE_OPTION
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="help.option.config_findings")
@AGAINST_OPTION
@LANG_OPTION
def report(path: str, output: str | None, pdf: bool, browser: str | None, engine: str,
           config_path: str | None, against: str | None, lang: str | None) -> None:
    """Make one web page of a theory for people who never open a terminal."""

    def body() -> int:
        from toc import i18n
        from toc.api import report_html
        from toc.cli.browser import PrintProblem, find_browser, print_pdf
        from toc.cli.writer import refuse_target, write_output
        from toc.render.engines import RenderProblem

        loaded = load_valid(path, lang)  # warnings are printed, and do not stop it
        if loaded is None:
            return EXIT_INPUT
        language = lang or loaded.theory.lang or loaded.lang
        older = load_older(against, lang or language) if against is not None else None
        if against is not None and older is None:
            return EXIT_INPUT
        target = choose_target(path, output, pdf, language)
        try:
            refuse_target(target, list(loaded.sources) + (older.files if older else []))
        except WriteRefused as failure:
            raise refused(failure, language) from None
        printer = None
        if pdf:
            printer = find_browser(browser)
            if printer is None:
                if browser:
                    raise UsageProblem(_t("not_a_browser", language, path=browser))
                theory = "plan.toc" if path == "-" else os.path.basename(path)
                raise problem("no_browser", language, names=", ".join(_names()), path=theory,
                              diagram=str(Path(theory).with_suffix(".pdf")))
        config = lint_config(path, config_path, language)
        name = "<stdin>" if path == "-" else os.path.basename(path)
        try:
            html = report_html(loaded, lang=language, file=name, config=config, engine=engine,
                               against=older.loaded if older else None,
                               against_name=older.name if older else None,
                               against_revision=older.revision if older else None)
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
