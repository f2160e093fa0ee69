"""The TextMate grammar: generated from the terminals and the vocabulary, committed up to date, right in VS Code's engine."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys

import pytest

from scripts import tmlanguage
from tests.conftest import EXAMPLES, ROOT
from tests.language.test_lexicon import TRICKY
from toc.language import vocabulary
from toc.language.lexicon import OPEN_STRING
from toc.language.parser import lexicon

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


# The grammar's terminals in the editor grammar ---------------------------------------------------


def test_python_spellings_become_oniguruma_spellings() -> None:
    assert tmlanguage.oniguruma(r"(?P<q>a)(?P=q)\Z") == r"(?<q>a)\k<q>\z"
    assert tmlanguage.oniguruma(r"a\\Z") == r"a\\Z"  # an escaped backslash and a letter Z
    for kind in ("NAME", "STRING", "NUMBER", "COMMENT"):
        pattern = lexicon().terminals[kind].pattern
        assert tmlanguage.oniguruma(pattern) == pattern  # the terminals need no translation


def _scan(line: str, rules: list[tuple[str, dict]]) -> list[tuple[str, int, int]]:
    """Read one line as a TextMate engine does with these top-level rules: the earliest match wins,
    the first rule on a tie; a begin/end rule runs to its end, skipping what its patterns match."""
    found, position = [], 0
    while position < len(line):
        matches = [(m.start(), order, kind, m, rule) for order, (kind, rule) in enumerate(rules)
                   if (m := re.compile(rule.get("match") or rule["begin"]).search(line, position))]
        if not matches:
            break
        start, _, kind, match, rule = min(matches, key=lambda m: m[:2])
        end = match.end()
        if "begin" in rule:
            inner = [re.compile(p["match"]) for p in rule["patterns"]]
            while True:
                close = re.compile(rule["end"]).search(line, end)
                skips = [m for m in (p.search(line, end) for p in inner) if m]
                skip = min(skips, key=lambda m: m.start(), default=None)
                if skip is not None and (close is None or skip.start() < close.start()):
                    end = skip.end()
                    continue
                end = close.end() if close else len(line)
                break
        found.append((kind, start, end))
        position = max(end, position + 1)
    return found


@pytest.mark.parametrize("text", [*TRICKY.values(), 'actor a "no end \\" # x\n{ target: 3% # "x"\n'],
                         ids=[*TRICKY.keys(), "broken"])
def test_names_texts_numbers_and_comments_are_the_grammars(text: str) -> None:
    repository = tmlanguage.grammar()["repository"]
    rules = [("COMMENT", repository["comment"]), ("STRING", repository["string"]),
             *(("NUMBER", rule) for rule in repository["number"]["patterns"]),
             ("NAME", repository["node-reference"])]
    kinds = {"COMMENT", "STRING", "NUMBER", "NAME", OPEN_STRING}
    offset = 0
    for line in text.splitlines(keepends=True):
        bare = line.rstrip("\r\n")
        tokens = [("STRING" if t.type == OPEN_STRING else t.type, t.start - offset, t.end - offset)
                  for t in lexicon().tokens(text) if t.type in kinds and offset <= t.start < offset + len(bare)]
        assert _scan(bare, rules) == tokens, bare
        offset += len(line)
