"""`python -m toc`: the same as the `toc` command."""

from toc.cli import main

main()
