"""toc: a small text language for theories of change."""

__version__ = "0.2.0"
