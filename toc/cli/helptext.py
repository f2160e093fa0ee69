"""Help in the user's language: click's commands with their texts looked up in the catalogues at format time.

A command's description is the message `help.NAME`, its line in `toc --help`
`summary.NAME`, and each option's `help=` is the code of its message. The
language is the one --lang names anywhere on the command line (so that
`toc lint --help --lang nl` works although --help acts first), else TOC_LANG or
the locale (toc.cli.interface). click's own words (Usage:, Options:, [default: …])
come from the catalogues too.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence

import click

from toc import i18n
from toc.cli.interface import interface_lang

_LANG_KEY = "toc.lang"
# Lines of a paragraph that begin with this many spaces are examples: kept as written, not rewrapped.
_EXAMPLE_INDENT = "  "


def chosen_lang(args: Sequence[str]) -> str | None:
    """The value of --lang among arguments (`--lang nl` or `--lang=nl`), before any `--`."""
    for place, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and place + 1 < len(args):
            return args[place + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def help_lang(ctx: click.Context) -> str:
    """The language a command's help speaks (set while its arguments were parsed)."""
    return str(ctx.meta.get(_LANG_KEY) or interface_lang())


def _paragraphs(text: str) -> str:
    """A catalogue text as click wraps it: examples (indented paragraphs) marked to be kept as they are."""
    shown = []
    for paragraph in text.split("\n\n"):
        lines = paragraph.split("\n")
        if all(line.startswith(_EXAMPLE_INDENT) for line in lines):
            paragraph = "\b\n" + "\n".join(line[len(_EXAMPLE_INDENT):] for line in lines)
        shown.append(paragraph)
    return "\n\n".join(shown)


class TranslatedCommand(click.Command):
    """A command whose help, options and usage line speak the chosen language."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        chosen = chosen_lang(args)
        if chosen is not None or _LANG_KEY not in ctx.meta:
            ctx.meta[_LANG_KEY] = interface_lang(chosen)
        return super().parse_args(ctx, args)

    def help_key(self) -> str:
        return f"help.{self.name}"

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write_paragraph()
        with formatter.indentation():
            formatter.write_text(_paragraphs(i18n.text(self.help_key(), help_lang(ctx))))

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        lang = help_lang(ctx)
        # click's placeholders for the options and the command; the arguments' own names stay.
        words = {self.options_metavar: i18n.text("help.word.options_metavar", lang)}
        if isinstance(self, click.Group):
            words[self.subcommand_metavar] = i18n.text("help.word.command_metavar", lang)
        pieces = [words.get(piece, piece) for piece in self.collect_usage_pieces(ctx)]
        formatter.write_usage(ctx.command_path, " ".join(pieces), i18n.text("help.word.usage", lang) + " ")

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        lang = help_lang(ctx)
        rows = [row for param in self.get_params(ctx) if isinstance(param, click.Option)
                for row in [_option_row(param, ctx, lang, param is self.get_help_option(ctx))] if row]
        if rows:
            with formatter.section(i18n.text("help.word.options", lang)):
                formatter.write_dl(rows)


def _option_row(option: click.Option, ctx: click.Context, lang: str, is_help: bool) -> tuple[str, str] | None:
    """An option's line of help: its help text by its key, and click's [default: …] in the language."""
    key = "help.option.help" if is_help else option.help
    shown = copy.copy(option)
    if key:
        shown.help = i18n.text(key, lang)
    record = shown.get_help_record(ctx)
    if record is None:
        return None
    # click adds the default in its own words; this is the one place they appear.
    return record[0], record[1].replace("[default: ", f"[{i18n.text('help.word.default', lang)}: ")


class TranslatedGroup(TranslatedCommand, click.Group):
    """The `toc` group: its commands translated too, and each listed with its summary."""

    command_class = TranslatedCommand

    def help_key(self) -> str:
        return "help.toc"

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        super().format_options(ctx, formatter)
        self.format_commands(ctx, formatter)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        lang = help_lang(ctx)
        rows = [(name, i18n.text(f"summary.{name}", lang)) for name in self.list_commands(ctx)]
        if rows:
            with formatter.section(i18n.text("help.word.commands", lang)):
                formatter.write_dl(rows)
