"""Lint configuration: which rules run at which severity, validated from `[tool.toc]` settings.

Finding and reading the file is the command line's work (toc.cli.config).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from toc import i18n
from toc.language import access, codes
from toc.language.diagnostics import Severity
from toc.language.suggest import offer, suggest
from toc.lint.rule import Rule, Theme
from toc.lint.rules import BY_CODE, RULES, find

KEYS = ("select", "ignore", "severity")
# The linter's own warnings (TOC0xx, such as an unknown rule in an ignore comment)
# are chosen like rules: by code or name, and with ALL.
LINT_CODES: tuple[codes.Code, ...] = tuple(c for c in codes.CODES if c.stage is codes.Stage.LINT)


def code_of(name: str) -> str | None:
    """The code of a rule or of one of the linter's own warnings, by name or code; None if unknown."""
    rule = find(name)
    if rule is not None:
        return rule.code
    own = codes.find(name)
    return own.code if own is not None and own in LINT_CODES else None


def known_names() -> list[str]:
    """What a user may name: every rule and every warning of the linter's own, for suggestions."""
    return [rule.name for rule in RULES] + [c.name for c in LINT_CODES]


class ConfigError(Exception):
    """A configuration that cannot be used; the command stops with exit status 2."""

    def __init__(self, message_key: str, /, **values: Any) -> None:
        super().__init__(message_key)
        self.key = message_key
        self.values = values

    def message(self, lang: str = "en") -> str:
        """The message in a language, with its 'did you mean' when there is a guess."""
        return offer(i18n.text(self.key, lang, **self.values), self.values.get("guess"), lang)


@dataclass(frozen=True)
class Config:
    """Which rules run, at which severity; `origin` is the file it was read from."""

    select: frozenset[str] | None = None
    ignore: frozenset[str] = frozenset()
    severity: dict[str, Severity] = field(default_factory=dict)
    origin: str | None = None

    def reports(self, code: str) -> bool:
        """Tell whether findings of a code (a rule's or the linter's own) are reported."""
        selected = self.select is None or code in self.select
        return selected and code not in self.ignore

    def enabled(self, rule: Rule) -> bool:
        return self.reports(rule.code)

    def severity_of(self, rule: Rule) -> Severity:
        return self.severity.get(rule.code, rule.severity)

    @classmethod
    def from_mapping(cls, data: dict[str, Any], origin: str = "<config>") -> Config:
        """Validate settings (as read from TOML); unknown keys and rule names are errors."""
        for key, value in data.items():
            # Tables other than `severity` belong to other parts of toc (render, ...), and
            # `root` and `max-file-size` to reading (toc.language.access).
            if key not in KEYS and key not in access.KEYS and not isinstance(value, dict):
                raise ConfigError("lint.config.unknown_key", origin=origin, option=key,
                                  allowed=", ".join(KEYS))
        select = data.get("select")
        severities = data.get("severity", {})
        if not isinstance(severities, dict):
            raise ConfigError("lint.config.not_table", origin=origin, option="severity")
        return cls(
            select=None if select is None else resolve(_names(select, "select", origin), "select", origin),
            ignore=resolve(_names(data.get("ignore", []), "ignore", origin), "ignore", origin),
            severity={code: _severity(value, name, origin)
                      for name, value in severities.items()
                      for code in resolve([name], "severity", origin)},
            origin=origin,
        )


def _names(value: Any, key: str, origin: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return value
    raise ConfigError("lint.config.not_list", origin=origin, option=key)


def _severity(value: Any, name: str, origin: str) -> Severity:
    try:
        return Severity(value)
    except ValueError:
        raise ConfigError("lint.config.bad_severity", origin=origin, name=name,
                          value=value) from None


def resolve(names: list[str], setting: str, origin: str) -> frozenset[str]:
    """Turn rule names, codes, themes or ALL into codes; unknown names are errors."""
    themes = {theme.value: theme for theme in Theme}
    found: set[str] = set()
    for name in names:
        if name.upper() == "ALL":
            found.update(BY_CODE)
            found.update(c.code for c in LINT_CODES)
        elif name in themes:
            found.update(rule.code for rule in RULES if rule.theme is themes[name])
        elif (code := code_of(name)) is not None:
            found.add(code)
        else:
            raise ConfigError("lint.config.unknown_rule", origin=origin, setting=setting,
                              name=name, guess=suggest(name, known_names() + list(themes)) or "")
    return frozenset(found)


def from_toml(data: dict[str, Any], file_name: str, origin: str) -> Config | None:
    """Read the settings of a parsed TOML file; None for a pyproject.toml without `[tool.toc]`."""
    if file_name == "pyproject.toml":
        table = data.get("tool", {}).get("toc")
        return None if table is None else Config.from_mapping(table, origin)
    return Config.from_mapping(data.get("tool", {}).get("toc", data), origin)
