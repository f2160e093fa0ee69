"""`toc lsp`: start the language server for editors, speaking the protocol over stdin and stdout."""

from __future__ import annotations

import click


@click.command()
def lsp() -> None:
    """Start the language server (for editors; it talks over standard input and output).

    \b
    It offers diagnostics, hover, completion, go to definition, find references,
    outline, formatting and rename. See docs/editors.md for editor set-up.
    """
    from toc.lsp.server import main

    main()
