"""`toc lint`: rules that ask the questions a good evaluator would ask of a theory of change.

Use `lint(loaded)` for a list of Diagnostics; `RULES` is the catalogue.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from toc.lint.config import Config, ConfigError
from toc.lint.rule import DOC_PARTS, Finding, Rule, Theme
from toc.lint.rules import RULES, find

if TYPE_CHECKING:
    from toc.analysis.facts import Facts
    from toc.language.diagnostics import Diagnostic
    from toc.language.load import Loaded

__all__ = ["DOC_PARTS", "RULES", "Config", "ConfigError", "Finding", "Rule", "Theme",
           "find", "lint"]


def lint(loaded: Loaded, config: Config | None = None, lang: str | None = None,
         facts: Facts | None = None, stop: Callable[[], bool] | None = None) -> list[Diagnostic]:
    """Run the enabled rules over a loaded theory; return its diagnostics, sorted.

    Each problem is reported once, at its root. `stop`: asked before each rule
    whether to go on (see `toc.lint.engine.run`).
    """
    from toc.lint.engine import run

    return run(loaded, config or Config(), lang or loaded.lang, facts, stop)
