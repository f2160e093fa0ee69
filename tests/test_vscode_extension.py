"""The VS Code extension's manifest and language configuration fit together."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from tests.conftest import ROOT

EXTENSION = ROOT / "editors" / "vscode"


def manifest() -> dict:
    return json.loads((EXTENSION / "package.json").read_text(encoding="utf-8"))


def test_language_contribution() -> None:
    (language,) = manifest()["contributes"]["languages"]
    assert language["id"] == "toc"
    assert language["aliases"] == ["Theory of change", "toc"]
    assert language["extensions"] == [".toc"]
    assert (EXTENSION / language["configuration"]).is_file()


def test_grammar_contribution_points_at_the_generated_grammar() -> None:
    (grammar,) = manifest()["contributes"]["grammars"]
    path = EXTENSION / grammar["path"]
    assert grammar["language"] == "toc"
    assert json.loads(path.read_text(encoding="utf-8"))["scopeName"] == grammar["scopeName"]


def test_language_configuration() -> None:
    config = json.loads((EXTENSION / "language-configuration.json").read_text(encoding="utf-8"))
    assert config["comments"] == {"lineComment": "#"}
    assert ["{", "}"] in config["brackets"]
    closing = {(p["open"], p["close"]) for p in config["autoClosingPairs"]}
    assert {('"', '"'), ("{", "}")} <= closing


def test_client_starts_toc_lsp_and_declares_its_dependencies() -> None:
    package = manifest()
    assert package["main"] == "./extension.js"
    assert "vscode-languageclient" in package["dependencies"]
    settings = package["contributes"]["configuration"]["properties"]
    assert settings["toc.server.command"]["default"] == "toc"
    assert settings["toc.server.args"]["default"] == ["lsp"]
    source = (EXTENSION / "extension.js").read_text(encoding="utf-8")
    assert "vscode-languageclient/node" in source and "TransportKind.stdio" in source


def test_lock_file_pins_what_the_tests_install() -> None:
    lock = json.loads((EXTENSION / "package-lock.json").read_text(encoding="utf-8"))
    installed = {path.removeprefix("node_modules/") for path in lock["packages"] if path}
    wanted = {*manifest()["dependencies"], *manifest()["devDependencies"]}
    assert wanted <= installed


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_extension_activates_and_starts_the_server() -> None:
    result = subprocess.run(["node", "test/extension.test.js"], cwd=EXTENSION,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"^# pass 3$", result.stdout, re.MULTILINE), result.stdout
