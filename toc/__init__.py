"""toc: a small text language for theories of change."""

__version__ = "0.1.0"
