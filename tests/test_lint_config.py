"""Lint configuration: select, ignore and severity by name, code or theme; the nearest file wins."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import load_text, run_cli
from toc.cli.config import find_config
from toc.language.diagnostics import Severity
from toc.lint import Config, ConfigError, find, lint

# A leap (matching -> independence) and, on another link, a step with no mechanism before it.
LEAP = '''intervention matching "Offer job matching"
mechanism trust "Employers trust the coaches"
outcome employed "Refugees are employed" { horizon: short }
impact independence "Refugees are financially independent"
matching -> employed
trust -> employed
matching -> independence
'''


def names(config: Config, text: str = LEAP) -> set[str]:
    return {d.name for d in lint(load_text(text), config)}


def test_default_runs_every_rule() -> None:
    assert {"miracle-leap", "missing-mechanism", "context-free-theory"} <= names(Config())


def test_select_by_name_code_and_theme() -> None:
    assert names(Config.from_mapping({"select": ["miracle-leap"]})) == {"miracle-leap"}
    assert names(Config.from_mapping({"select": ["TOC203", "toc503"]})) == {
        "miracle-leap", "missing-mechanism"}
    themed = names(Config.from_mapping({"select": ["linear-reasoning"]}))
    assert "miracle-leap" in themed and "missing-mechanism" not in themed


def test_ignore_removes_rules_after_select() -> None:
    config = Config.from_mapping({"select": ["ALL"], "ignore": ["miracle-leap", "context"]})
    found = names(config)
    assert "miracle-leap" not in found
    assert not {"missing-mechanism", "context-free-theory"} & found
    assert "sole-attribution" in found


def test_severity_override_by_name_or_code() -> None:
    config = Config.from_mapping({"select": ["miracle-leap", "implicit-link"],
                                  "severity": {"miracle-leap": "error", "TOC802": "warning"}})
    severities = {d.name: d.severity for d in lint(load_text(LEAP), config)}
    assert severities == {"miracle-leap": Severity.ERROR, "implicit-link": Severity.WARNING}


@pytest.mark.parametrize(("data", "key"), [
    ({"ignore": ["miracle-leep"]}, "lint.config.unknown_rule"),
    ({"select": "nonsense"}, "lint.config.unknown_rule"),
    ({"severity": {"miracle-leap": "fatal"}}, "lint.config.bad_severity"),
    ({"severity": {"no-such-rule": "error"}}, "lint.config.unknown_rule"),
    ({"severity": "error"}, "lint.config.not_table"),
    ({"ignore": [1, 2]}, "lint.config.not_list"),
    ({"selekt": ["miracle-leap"]}, "lint.config.unknown_key"),
])
def test_bad_settings_are_errors(data: dict, key: str) -> None:
    with pytest.raises(ConfigError) as caught:
        Config.from_mapping(data, "toc.toml")
    assert caught.value.key == key
    assert caught.value.message("en").startswith("toc.toml: ")
    assert caught.value.message("nl").startswith("toc.toml: ")


def test_unknown_rule_suggests_the_nearest_name() -> None:
    with pytest.raises(ConfigError) as caught:
        Config.from_mapping({"ignore": ["miracle-leep"]})
    assert caught.value.values["guess"] == "miracle-leap"


def test_tables_of_other_parts_of_toc_are_left_alone() -> None:
    config = Config.from_mapping({"render": {"engine": "dot"}, "ignore": ["miracle-leap"]})
    assert config.ignore == frozenset({"TOC203"})


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_the_nearest_configuration_wins(tmp_path: Path) -> None:
    _write(tmp_path / "pyproject.toml", '[tool.toc]\nignore = ["miracle-leap"]\n')
    _write(tmp_path / "team" / "toc.toml", 'ignore = ["implicit-link"]\n')
    plan = _write(tmp_path / "team" / "plans" / "plan.toc", LEAP)
    other = _write(tmp_path / "other.toc", LEAP)
    assert find_config(str(plan)).ignore == {"TOC802"}
    assert find_config(str(plan)).origin == str(tmp_path / "team" / "toc.toml")
    assert find_config(str(other)).ignore == {"TOC203"}


def test_a_pyproject_without_tool_toc_is_passed_over(tmp_path: Path) -> None:
    _write(tmp_path / "toc.toml", '[tool.toc]\nignore = ["orphan-node"]\n')
    _write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "x"\n')
    plan = _write(tmp_path / "sub" / "plan.toc", LEAP)
    assert find_config(str(plan)).ignore == {find("orphan-node").code}


def test_toc_toml_wins_over_pyproject_in_the_same_folder(tmp_path: Path) -> None:
    _write(tmp_path / "pyproject.toml", '[tool.toc]\nignore = ["miracle-leap"]\n')
    _write(tmp_path / "toc.toml", 'ignore = ["implicit-link"]\n')
    plan = _write(tmp_path / "plan.toc", LEAP)
    assert find_config(str(plan)).ignore == {"TOC802"}


def test_no_configuration_anywhere_gives_the_defaults(tmp_path: Path) -> None:
    plan = _write(tmp_path / "plan.toc", LEAP)
    above = [f for folder in tmp_path.parents for f in (folder / "toc.toml", folder / "pyproject.toml")
             if f.is_file()]
    if above:
        pytest.skip(f"a configuration file above the test folder would apply: {above[0]}")
    assert find_config(str(plan)) == Config()


def test_cli_uses_the_nearest_configuration(tmp_path: Path) -> None:
    _write(tmp_path / "toc.toml", 'select = ["miracle-leap"]\nseverity = { miracle-leap = "info" }\n')
    plan = _write(tmp_path / "plan.toc", LEAP)
    result = run_cli("lint", str(plan))
    assert result.exit_code == 0, result.stdout
    assert "info[miracle-leap]" in result.stdout
    assert "missing-mechanism" not in result.stdout
    assert result.stderr == ""


def test_cli_unknown_rule_in_configuration_is_an_input_error(tmp_path: Path) -> None:
    _write(tmp_path / "toc.toml", 'ignore = ["miracle-leep"]\n')
    plan = _write(tmp_path / "plan.toc", LEAP)
    result = run_cli("lint", str(plan))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "unknown rule 'miracle-leep' in 'ignore'" in result.stderr
    assert "did you mean 'miracle-leap'?" in result.stderr


def test_cli_broken_toml_is_an_input_error(tmp_path: Path) -> None:
    _write(tmp_path / "toc.toml", 'ignore = [\n')
    plan = _write(tmp_path / "plan.toc", LEAP)
    result = run_cli("lint", str(plan))
    assert result.exit_code == 2
    assert "cannot read the configuration" in result.stderr


def test_cli_config_option_and_select_ignore(tmp_path: Path) -> None:
    config = _write(tmp_path / "elsewhere.toml", 'select = ["miracle-leap", "missing-mechanism"]\n')
    plan = _write(tmp_path / "plan.toc", LEAP)
    result = run_cli("lint", str(plan), "--config", str(config), "--ignore", "missing-mechanism")
    assert result.exit_code == 1
    assert "[miracle-leap]" in result.stdout and "missing-mechanism" not in result.stdout
    result = run_cli("lint", str(plan), "--select", "context-free-theory")
    assert "[context-free-theory]" in result.stdout and "miracle-leap" not in result.stdout
    result = run_cli("lint", str(plan), "--select", "no-such-rule")
    assert result.exit_code == 2 and "unknown rule 'no-such-rule'" in result.stderr
