"""`toc lint`, `toc rules` and `toc explain`: the critique commands."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import click

from toc.cli.common import (
    DOCS_LANG_OPTION,
    EXIT_FINDINGS,
    EXIT_INPUT,
    EXIT_OK,
    LANG_OPTION,
    UsageProblem,
    count_errors,
    echo,
    echo_json,
    echo_painted,
    print_diagnostics,
    print_tables,
    run_safely,
    show_catalogue,
    tell,
    use_color,
)
from toc.cli.files import expand, load_file
from toc.cli.helptext import TranslatedCommand
from toc.cli.watch import WATCH_OPTION, run_or_watch

if TYPE_CHECKING:
    from toc.language.diagnostics import Diagnostic
    from toc.language.load import Loaded
    from toc.lint import Config
    from toc.report import FileReport

FORMATS = ["text", "json", "github", "sarif", "markdown"]

@click.command(cls=TranslatedCommand)
@click.argument("paths", nargs=-1, required=True)
@LANG_OPTION
@click.option("--format", "output", type=click.Choice(FORMATS), default=None,
              help="help.lint.output")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default="warning",
              show_default=True, help="help.lint.fail_on")
@click.option("--exit-zero", is_flag=True, help="help.lint.exit_zero")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="help.lint.config_path")
@click.option("--select", multiple=True, help="help.lint.select")
@click.option("--ignore", multiple=True, help="help.lint.ignore")
@WATCH_OPTION
def lint(paths: tuple[str, ...], lang: str | None, output: str | None, fail_on: str,
         exit_zero: bool, config_path: str | None, select: tuple[str, ...],
         ignore: tuple[str, ...], watch_: bool) -> None:
    """Critique theories of change: ask the questions a good evaluator would ask."""

    def body() -> int:
        from toc.language.diagnostics import Severity, has_errors
        from toc.report import FileReport

        fmt = output or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
        options = _Options(lang, config_path, select, ignore)
        reports: list[FileReport] = []
        status = EXIT_OK
        # The summary speaks the language of the first theory (usually they share one).
        summary_lang: str | None = lang
        files = expand(paths, lang)
        for path in files:
            loaded, diagnostics = load_file(path, lang)
            display = "<stdin>" if path == "-" else path
            if loaded is None or has_errors(diagnostics):
                status = EXIT_INPUT
                reports.append(FileReport(display, diagnostics, linted=False))
                if fmt == "text":
                    print_diagnostics(diagnostics, loaded)
                    message_lang = loaded.lang if loaded else lang
                    tell(_t("lint.not_linted", message_lang, path=display,
                            errors=count_errors(diagnostics, message_lang)))
                continue
            from toc.api import lint as run_lint

            summary_lang = summary_lang or loaded.lang

            found = run_lint(loaded, options.config_for(path), lang or loaded.lang)
            reports.append(FileReport(display, diagnostics + found))
            if fmt == "text":
                _print_text(found, loaded)
        _print_report(fmt, reports, summary_lang or "en")
        threshold = Severity(fail_on).rank
        worst = max((d.severity.rank for r in reports if r.linted for d in r.diagnostics), default=0)
        if status == EXIT_OK and worst >= threshold and not exit_zero:
            status = EXIT_FINDINGS
        return status

    run_or_watch(body, list(paths), watch_, lang)


class _Options:
    """Chooses each file's configuration: --config, else the nearest file; then --select/--ignore."""

    def __init__(self, lang: str | None, config_path: str | None, select: tuple[str, ...],
                 ignore: tuple[str, ...]) -> None:
        self.lang, self.config_path = lang, config_path
        self.select = [n.strip() for item in select for n in item.split(",") if n.strip()]
        self.ignore = [n.strip() for item in ignore for n in item.split(",") if n.strip()]
        self.cache: dict[str, Config] = {}

    def config_for(self, path: str) -> Config:
        from dataclasses import replace
        from pathlib import Path

        from toc.cli.config import find_config, read_config
        from toc.lint.config import Config, ConfigError, resolve

        folder = "" if path == "-" else str(Path(path).resolve().parent)
        if folder in self.cache:
            return self.cache[folder]
        try:
            if self.config_path:
                config = read_config(Path(self.config_path)) or Config(origin=self.config_path)
            else:
                config = find_config(path)
            if self.select:
                config = replace(config, select=resolve(self.select, "--select", "toc lint"))
            if self.ignore:
                extra = resolve(self.ignore, "--ignore", "toc lint")
                config = replace(config, ignore=config.ignore | extra)
        except ConfigError as problem:
            raise UsageProblem(problem.message(self.lang or "en")) from None
        self.cache[folder] = config
        return config


def _t(key: str, lang: str | None, **values: object) -> str:
    from toc import i18n

    return i18n.text(key, lang or "en", **values)


def _print_text(found: list[Diagnostic], loaded: Loaded) -> None:
    from toc.report import format_findings

    for block in format_findings(found, loaded.sources, color=use_color(), lang=loaded.lang):
        echo_painted(block)
        echo()


def _print_report(fmt: str, reports: list[FileReport], lang: str) -> None:
    from toc import report as formats
    from toc.lint import RULES

    if fmt == "text":
        echo(formats.summary_line(reports, lang))
    elif fmt == "json":
        echo_json(formats.to_json(reports))
    elif fmt == "github":
        text = formats.to_github(reports)
        if text:
            echo(text)
    elif fmt == "sarif":
        echo_json(formats.to_sarif(reports, RULES, lang))
    else:
        echo(formats.to_markdown(reports, lang))


@click.command(cls=TranslatedCommand)
@DOCS_LANG_OPTION
@click.option("--format", "output", type=click.Choice(["table", "markdown", "json"]),
              default="table", help="help.option.catalogue_format")
def rules(lang: str | None, output: str) -> None:
    """List the lint rules: code, name, theme, default severity and what each flags."""

    def body() -> int:
        from toc.lint.catalogue import rules_json, rules_markdown

        language = lang or "en"
        return show_catalogue(output, lambda: rules_markdown(language), lambda: rules_json(language),
                              lambda: _rules_table(language))

    run_safely(body)


@click.command(cls=TranslatedCommand)
@click.argument("name")
@DOCS_LANG_OPTION
@click.option("--format", "output", type=click.Choice(["text", "markdown"]), default="text",
              help="help.explain.output")
def explain(name: str, lang: str | None, output: str) -> None:
    """Explain a lint rule or any other code toc reports (by name or code): what it means,"""

    def body() -> int:
        from toc.language import codes
        from toc.language.suggest import offer, suggest
        from toc.lint import RULES, find
        from toc.lint.catalogue import explain_markdown, explain_text
        from toc.report.codes import code_markdown, code_text

        language = lang or "en"
        rule = find(name)
        if rule is not None:
            echo(explain_markdown(rule, language) if output == "markdown"
                 else explain_text(rule, language))
            return EXIT_OK
        code = codes.find(name)
        if code is not None:
            echo(code_markdown(code, language) if output == "markdown" else code_text(code, language))
            return EXIT_OK
        known = [r.name for r in RULES] + [c.name for c in codes.CODES]
        message = offer(_t("lint.unknown_rule", language, name=name), suggest(name, known), language)
        raise UsageProblem(f"{message}\n{_t('lint.unknown_rule.hint', language)}")

    run_safely(body)


def _rules_table(lang: str) -> None:
    """Print the catalogue as one table per theme on standard output."""
    from toc import i18n
    from toc.lint import RULES, Theme

    t = lambda key: i18n.text(key, lang)  # noqa: E731 - a short local alias
    groups = [(theme.title(lang), [(r.code, r.name, t(f"severity.{r.severity.value}"), r.summary(lang))
                                   for r in RULES if r.theme is theme]) for theme in Theme]
    print_tables(t("rules.title"), [t("rules.code"), t("rules.name"), t("rules.severity"),
                                    t("rules.summary")], groups)
