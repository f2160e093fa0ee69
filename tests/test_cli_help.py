"""--help in English or Dutch: --lang anywhere on the line, TOC_LANG or a Dutch locale; texts from the catalogues."""

from __future__ import annotations

import re

import click
import pytest

from tests.conftest import run_cli
from toc import i18n
from toc.cli import main
from toc.cli.helptext import TranslatedCommand

LOCALE_VARIABLES = ("TOC_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
CONTEXT = click.Context(main, info_name="toc")
COMMANDS = main.list_commands(CONTEXT)


@pytest.fixture(autouse=True)
def no_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)


def flat(text: str) -> str:
    """Help text with click's line wrapping undone (it may break a line after a word's hyphen)."""
    return " ".join(re.sub(r"(?<=\w-)\n\s+(?=\w)", "", text).split())


def first_sentence(key: str, lang: str) -> str:
    return flat(i18n.text(key, lang).split("\n\n")[0]).split(". ")[0].split("; ")[0]


def options(command: click.Command) -> list[click.Option]:
    return [p for p in command.params if isinstance(p, click.Option) and p.help]


def help_keys(name: str | None) -> list[str]:
    """Every catalogue text a command's help shows: its description, its summary, its options."""
    command = main if name is None else main.get_command(CONTEXT, name)
    assert command is not None
    own = ["help.toc"] if name is None else [f"help.{name}", f"summary.{name}"]
    return own + [str(option.help) for option in options(command)]


def test_every_command_and_option_takes_its_help_from_both_catalogues() -> None:
    for name in [None, *COMMANDS]:
        command = main if name is None else main.get_command(CONTEXT, name)
        assert isinstance(command, TranslatedCommand), name
        for key in help_keys(name):
            english, dutch = i18n.catalogue("en").get(key), i18n.catalogue("nl").get(key)
            assert english and dutch and english != dutch, (name, key)


WAYS = {
    "--lang after --help": (lambda name: [*name, "--help", "--lang", "nl"], {}),
    "--lang before the command": (lambda name: ["--lang", "nl", *name, "--help"], {}),
    "LANG": (lambda name: [*name, "--help"], {"LANG": "nl_NL.UTF-8"}),
    "LC_ALL": (lambda name: [*name, "--help"], {"LC_ALL": "nl_NL.UTF-8", "LANG": "en_GB.UTF-8"}),
    "LC_MESSAGES": (lambda name: [*name, "--help"], {"LC_MESSAGES": "nl_NL.UTF-8"}),
    "TOC_LANG": (lambda name: [*name, "--help"], {"TOC_LANG": "nl", "LANG": "en_US.UTF-8"}),
}


@pytest.mark.parametrize("way", list(WAYS))
@pytest.mark.parametrize("name", [None, *COMMANDS])
def test_help_in_dutch_leaves_no_english(monkeypatch: pytest.MonkeyPatch, way: str, name: str | None) -> None:
    arguments, environment = WAYS[way]
    for variable, value in environment.items():
        monkeypatch.setenv(variable, value)
    result = run_cli(*arguments([] if name is None else [name]))
    assert (result.exit_code, result.stderr) == (0, "")
    shown = flat(result.stdout)
    assert shown.startswith("Gebruik: ") and "[OPTIES]" in shown and "Opties:" in shown
    assert "Toon deze hulp en stop." in shown
    for english in ("Usage:", "Options:", "Commands:", "[OPTIONS]", "Show this message", "[default:"):
        assert english not in shown, english
    for key in help_keys(name):
        assert first_sentence(key, "nl") in shown or key.startswith("summary."), key
        assert first_sentence(key, "en") not in shown, key
    if name is None:
        assert "Opdrachten:" in shown
        for command in COMMANDS:
            assert f"{command} {i18n.text(f'summary.{command}', 'nl')}" in shown
            assert i18n.text(f"summary.{command}", "en") not in shown


@pytest.mark.parametrize("name", [None, *COMMANDS])
def test_help_is_english_by_default_and_with_an_other_locale(monkeypatch: pytest.MonkeyPatch,
                                                              name: str | None) -> None:
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    result = run_cli(*([] if name is None else [name]), "--help")
    shown = flat(result.stdout)
    assert result.exit_code == 0 and shown.startswith("Usage: ") and "Options:" in shown
    for key in help_keys(name):
        assert first_sentence(key, "en") in shown or key.startswith("summary."), key
    assert "Gebruik:" not in shown
    # --lang en wins over a Dutch locale.
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    assert run_cli(*([] if name is None else [name]), "--help", "--lang", "en").stdout == result.stdout


def test_help_points_to_toc_docs_never_to_the_source() -> None:
    assert "toc docs language" in flat(run_cli("--help").stdout)
    assert "toc docs language" in flat(run_cli("--help", "--lang", "nl").stdout)
    for lang in ("en", "nl"):
        for key, text in i18n.catalogue(lang).items():
            assert "docs/" not in text, (lang, key)


def test_lang_before_the_command_is_the_commands_language(tmp_path) -> None:
    broken = tmp_path / "broken.toc"
    broken.write_text('theory "B"\noutcome a "A"\na -> nothing\n', encoding="utf-8")
    result = run_cli("--lang", "nl", "check", str(broken))
    assert result.exit_code == 2 and "onbekend element 'nothing'" in result.stderr
    # The command's own --lang wins.
    assert "unknown node 'nothing'" in run_cli("--lang", "nl", "check", str(broken), "--lang", "en").stderr
