"""The command line: the `toc` group in `app`, one module per command, and what they share.

Only the front ends (this package and `toc.lsp`) read and write files. `common`
holds the exit statuses and the one error prefix, `files` finds and reads
theories, `writer` is the one place that replaces a file.
"""

from toc.cli.app import main

__all__ = ["main"]
