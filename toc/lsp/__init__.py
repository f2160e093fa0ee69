"""The language server behind `toc lsp`: editor features over the same api as the command line."""
