"""The TextMate grammar: generated from the vocabulary, committed up to date, right in VS Code's engine."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys

import pytest

from scripts import tmlanguage
from tests.conftest import EXAMPLES, ROOT
from toc.language import vocabulary

GRAMMAR = ROOT / "grammar" / "toc.tmLanguage.json"
EXTENSION = ROOT / "editors" / "vscode"
NODE_PACKAGES = ("vscode-textmate", "vscode-oniguruma")


@pytest.mark.parametrize("path", [GRAMMAR, EXTENSION / "syntaxes" / "toc.tmLanguage.json"],
                         ids=lambda p: str(p.relative_to(ROOT)))
def test_committed_grammar_is_generated_from_the_vocabulary(path) -> None:
    assert path.read_text(encoding="utf-8") == tmlanguage.render(), (
        f"{path.relative_to(ROOT)} is out of date: run python scripts/gen_tmlanguage.py")


def test_generator_check_mode_agrees() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_tmlanguage.py"), "--check"],
                            capture_output=True, text=True)
    assert (result.returncode, result.stderr) == (0, "")


def test_grammar_names_its_scope_and_file_type() -> None:
    grammar = json.loads(GRAMMAR.read_text(encoding="utf-8"))
    assert grammar["scopeName"] == "source.toc"
    assert grammar["fileTypes"] == ["toc"]


def test_every_regex_is_valid() -> None:
    # Python's re is close enough to Oniguruma to catch typos before an editor does.
    def regexes(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("match", "begin", "end") and isinstance(value, str):
                    yield value
                else:
                    yield from regexes(value)
        elif isinstance(node, list):
            for item in node:
                yield from regexes(item)

    found = list(regexes(tmlanguage.grammar()))
    assert len(found) > 20
    for regex in found:
        re.compile(regex)


def test_vocabulary_summary_lists_every_keyword() -> None:
    summary = tmlanguage.vocabulary_summary()
    assert summary["keywords"] == vocabulary.all_keywords()
    assert {"theorie", "uitkomst", "tegenfeitelijk", "gebruik"} <= set(summary["keywords"])
    assert {"valued_by", "gewaardeerd_door", "when", "als"} <= set(summary["attributes"])
    assert {"onbedoeld", "negative"} <= set(summary["flags"])


def _node_test_runnable() -> str | None:
    """Why the headless grammar test cannot run here, or None when it can."""
    if shutil.which("node") is None:
        return "node is not installed (the CI script installs it with the npm packages)"
    missing = [p for p in NODE_PACKAGES if not (EXTENSION / "node_modules" / p).is_dir()]
    if missing:
        return f"npm packages {', '.join(missing)} are missing: run npm ci in editors/vscode"
    return None


@pytest.mark.skipif(_node_test_runnable() is not None, reason=str(_node_test_runnable()))
def test_scopes_in_vscode_textmate(tmp_path) -> None:
    words = tmp_path / "vocabulary.json"
    words.write_text(json.dumps(tmlanguage.vocabulary_summary()), encoding="utf-8")
    result = subprocess.run(
        ["node", "test/grammar.test.js", "--vocabulary", str(words), *map(str, EXAMPLES)],
        cwd=EXTENSION, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    passed = re.search(r"^# pass (\d+)$", result.stdout, re.MULTILINE)
    assert passed and int(passed.group(1)) >= len(EXAMPLES) + 5, result.stdout
    assert re.search(r"^# fail 0$", result.stdout, re.MULTILINE), result.stdout
