"""`toc docs`: the documentation that comes with toc, in the terminal or in the browser."""

from __future__ import annotations

import os
import sys
import tempfile
import webbrowser
from pathlib import Path

import click

from toc.cli.common import EXIT_INPUT, EXIT_OK, echo, error_line, run_safely, tell, tell_hint
from toc.cli.helptext import TranslatedCommand
from toc.cli.interface import interface_lang


@click.command(cls=TranslatedCommand)
@click.argument("topic", required=False)
@click.option("--lang", type=click.Choice(["en", "nl"]), default=None, help="help.docs.lang")
@click.option("--browser", "in_browser", is_flag=True, help="help.docs.browser")
def docs(topic: str | None, lang: str | None, in_browser: bool) -> None:
    """`toc docs [TOPIC]`: list the topics, or show one page."""

    def body() -> int:
        from toc import i18n
        from toc.disk.manual import topics

        language = interface_lang(lang)
        found = topics()
        if topic is None:
            _list(found, language)
            return EXIT_OK
        name = topic[: -len(".md")] if topic.endswith(".md") else topic
        if name not in found:
            from toc.language.suggest import offer, suggest

            tell(error_line(offer(i18n.text("docs.unknown", language, name=topic),
                                  suggest(name, found), language)))
            tell_hint(i18n.text("docs.topics", language, names=", ".join(found)), language)
            return EXIT_INPUT
        path, page_lang = found[name].page(language)
        if page_lang != language:
            tell(i18n.text("docs.only_english", language, name=name))
        if in_browser:
            _open_in_browser(found, path, page_lang)
        elif sys.stdout.isatty():
            _page(path.read_text(encoding="utf-8"))
        else:
            echo(path.read_text(encoding="utf-8"), nl=False)
        return EXIT_OK

    run_safely(body)


def _list(found: dict, lang: str) -> None:
    """The topics, each with one line on what its page is about."""
    from toc import i18n

    width = max(len(name) for name in found)
    echo(i18n.text("docs.list_title", lang))
    for name, topic in found.items():
        only_english = f" ({i18n.text('docs.in_english', lang)})" if lang not in topic.pages else ""
        echo(f"  {name:<{width}}  {i18n.text(f'docs.topic.{name}', lang)}{only_english}")
    echo()
    echo(i18n.text("docs.list_usage", lang))


def _page(text: str) -> None:
    """Show a page as formatted Markdown in the terminal, through the pager."""
    from rich.console import Console
    from rich.markdown import Markdown

    # less shows colours only with -R; -F leaves a page shorter than the screen at once, -X keeps it shown.
    os.environ.setdefault("LESS", "-FRX")
    console = Console(highlight=False)
    with console.pager(styles=True):
        console.print(Markdown(text, hyperlinks=False))


def _open_in_browser(found: dict, path: Path, lang: str) -> None:
    """Write every page as HTML in a new temporary folder (links between them work) and open this one."""
    from toc.page.manual import manual_page, page_file_name

    folder = Path(tempfile.mkdtemp(prefix="toc-docs-"))
    for topic in found.values():
        for page_lang, page in topic.pages.items():
            html = manual_page(page.read_text(encoding="utf-8"), f"toc: {topic.name}", page_lang)
            (folder / page_file_name(page.name)).write_text(html, encoding="utf-8")
    target = folder / page_file_name(path.name)
    echo(str(target))
    webbrowser.open(target.as_uri())
