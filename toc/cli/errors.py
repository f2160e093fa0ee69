"""`toc errors`: list every code toc reports outside the lint rules (the docs page docs/errors.md)."""

from __future__ import annotations

import click

from toc.cli.common import DOCS_LANG_OPTION, print_tables, run_safely, show_catalogue
from toc.cli.helptext import TranslatedCommand


@click.command(cls=TranslatedCommand)
@DOCS_LANG_OPTION
@click.option("--format", "output", type=click.Choice(["table", "markdown", "json"]),
              default="table", help="help.option.catalogue_format")
def errors(lang: str | None, output: str) -> None:
    """List the error and warning codes of toc check: code, name, severity and what each means."""

    def body() -> int:
        from toc.report.codes import codes_json, codes_markdown

        language = lang or "en"
        return show_catalogue(output, lambda: codes_markdown(language), lambda: codes_json(language),
                              lambda: _table(language))

    run_safely(body)


def _table(lang: str) -> None:
    """Print the codes as one table per stage on standard output."""
    from toc import i18n
    from toc.report.codes import by_stage

    t = lambda key: i18n.text(key, lang)  # noqa: E731 - a short local alias
    groups = [(stage.title(lang), [(c.code, c.name, t(f"severity.{c.severity.value}"), c.summary(lang))
                                   for c in members]) for stage, members in by_stage()]
    print_tables(t("codes.title"), [t("rules.code"), t("rules.name"), t("codes.severity"),
                                    t("codes.doc.what")], groups)
