"""`toc lsp`: start the language server for editors, speaking the protocol over stdin and stdout."""

from __future__ import annotations

import click

from toc.cli.common import HELP_LANG_OPTION
from toc.cli.helptext import TranslatedCommand


@click.command(cls=TranslatedCommand)
@HELP_LANG_OPTION
def lsp() -> None:
    """Start the language server (for editors; it talks over standard input and output)."""
    from toc.lsp.server import main

    main()
