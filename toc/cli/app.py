"""The `toc` command group and its smallest commands: check, export and schema."""

from __future__ import annotations

import importlib
import io
import json
import sys
from typing import Any

import click

from toc import __version__
from toc.cli.common import (
    EXIT_INPUT,
    EXIT_OK,
    HELP_LANG_OPTION,
    LANG_OPTION,
    UsageProblem,
    count_errors,
    echo,
    echo_json,
    print_diagnostics,
    run_safely,
    tell,
)
from toc.cli.files import expand, load_file
from toc.cli.helptext import TranslatedGroup


class CommandGroup(TranslatedGroup):
    """The `toc` group: commands kept in modules of their own are imported only when used.

    That keeps `toc check` fast to start, and lets those modules import helpers
    from this one without a circular import. Its help and theirs speak the
    chosen language (toc.cli.helptext).
    """

    lazy: dict[str, str] = {
        "checklist": "toc.cli.checklist:checklist",
        "diff": "toc.cli.diff:diff",
        "docs": "toc.cli.docs:docs",
        "errors": "toc.cli.errors:errors",
        "explain": "toc.cli.lint:explain",
        "fmt": "toc.cli.fmt:fmt",
        "lint": "toc.cli.lint:lint",
        "lsp": "toc.cli.lsp:lsp",
        "new": "toc.cli.new:new",
        "preview": "toc.cli.preview:preview",
        "render": "toc.cli.render:render",
        "report": "toc.cli.report:report",
        "rules": "toc.cli.lint:rules",
    }

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *self.lazy])

    def main(self, args: Any = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, **extra: Any) -> Any:
        """Run the group; click's own messages (a wrong option, a bad value) pass the terminal escape.

        Such a message quotes what was typed, which may hold control characters, so
        it is shown through `tell` rather than by click itself.
        """
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            result = super().main(args, prog_name, complete_var, False, **extra)
        except click.ClickException as problem:
            shown = io.StringIO()
            problem.show(file=shown)
            tell(shown.getvalue().rstrip("\n"))
            sys.exit(problem.exit_code)
        except click.Abort:
            tell("Aborted!")
            sys.exit(1)
        sys.exit(result if isinstance(result, int) else 0)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self.lazy:
            module, attribute = self.lazy[name].split(":")
            command: click.Command | None = getattr(importlib.import_module(module), attribute)
        else:
            command = super().get_command(ctx, name)
        return command


@click.group(cls=CommandGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="toc", help="help.option.version")
@click.option("--lang", type=click.Choice(["en", "nl"]), default=None, help="help.toc.lang")
@click.pass_context
def main(ctx: click.Context, lang: str | None) -> None:
    """The `toc` group (its help is `help.toc` in the catalogues): --lang here is every command's default."""
    if lang is not None:
        group = ctx.command
        assert isinstance(group, click.Group)  # `main` is the group
        ctx.default_map = {name: {"lang": lang} for name in group.list_commands(ctx)}


@main.command()
@click.argument("paths", nargs=-1, required=True)
@LANG_OPTION
@click.option("--format", "output", type=click.Choice(["text", "json"]), default="text",
              help="help.check.output")
def check(paths: tuple[str, ...], lang: str | None, output: str) -> None:
    """Check that theories are well formed; print a summary of each."""

    def body() -> int:
        from toc import i18n
        from toc.api import summarize
        from toc.language.diagnostics import has_errors
        from toc.report import as_dict

        status = EXIT_OK
        records = []
        for path in expand(paths, lang):
            loaded, diagnostics = load_file(path, lang)
            message_lang = loaded.lang if loaded else (lang or "en")
            display = "<stdin>" if path == "-" else path
            if has_errors(diagnostics) or loaded is None:
                status = EXIT_INPUT
                if output == "json":
                    records.append({"file": display, "ok": False,
                                    "diagnostics": [as_dict(d) for d in diagnostics]})
                else:
                    print_diagnostics(diagnostics, loaded)
                    tell(i18n.text("cli.failed", message_lang, path=display,
                                   errors=count_errors(diagnostics, message_lang)))
                continue
            summary = summarize(loaded.theory)
            if output == "json":
                records.append({"file": display, "ok": True, "summary": summary.__dict__,
                                "diagnostics": [as_dict(d) for d in diagnostics]})
                continue
            print_diagnostics(diagnostics, loaded)
            echo(i18n.text(
                "cli.summary", message_lang, path=display,
                nodes=i18n.count("node", summary.nodes, message_lang),
                links=i18n.count("link", summary.links, message_lang),
                loops=i18n.count("loop", summary.loops, message_lang),
                counterfactuals=i18n.count("counterfactual", summary.counterfactuals,
                                           message_lang)))
        if output == "json":
            echo_json(json.dumps(records, ensure_ascii=False, indent=2))
        return status

    run_safely(body)


@main.command()
@click.argument("path")
@click.option("--format", "output", type=click.Choice(["json"]), default="json",
              help="help.export.output")
@click.option("-o", "--output", "target", default="-", metavar="FILE",
              help="help.export.target")
@LANG_OPTION
def export(path: str, output: str, target: str, lang: str | None) -> None:
    """Print the validated model of a theory, for other tools to consume."""

    def body() -> int:
        from toc import i18n
        from toc.cli.writer import STDOUT, WriteRefused, refuse_target, write_output

        message_lang = lang or "en"
        try:
            refuse_target(target, [path])
            loaded, diagnostics = load_file(path, lang)
            if loaded is None or not loaded.ok:
                print_diagnostics(diagnostics, loaded)
                return EXIT_INPUT
            data = json.dumps(loaded.theory.to_json_data(), ensure_ascii=False, indent=2)
            if target == STDOUT:
                echo_json(data)
            else:
                write_output(target, (data + "\n").encode("utf-8"), inputs=loaded.sources)
        except WriteRefused as refused:
            raise UsageProblem(refused.message(message_lang)) from None
        except OSError as problem:
            raise UsageProblem(i18n.text("render.write_failed", message_lang, path=target,
                                         reason=problem.strerror or str(problem))) from None
        return EXIT_OK

    run_safely(body)


@main.command()
@HELP_LANG_OPTION
def schema() -> None:
    """Print the JSON Schema of the model that `toc export` writes."""

    def body() -> int:
        from toc.api import json_schema

        echo_json(json.dumps(json_schema(), ensure_ascii=False, indent=2))
        return EXIT_OK

    run_safely(body)


if __name__ == "__main__":  # pragma: no cover
    main()
