"""`toc check`, `toc export` and `toc schema` as a user runs them: exit code, stdout, stderr."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from tests.conftest import ROOT, run_cli

POCKET = str(ROOT / "examples" / "pocket-money.toc")


def test_check_prints_a_one_line_summary() -> None:
    result = run_cli("check", POCKET)
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == f"{POCKET}: ok: 25 nodes, 17 links, 1 loop, 3 counterfactuals\n"


def test_check_a_folder_checks_every_toc_file() -> None:
    result = run_cli("check", str(ROOT / "examples"))
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == len(list((ROOT / "examples").rglob("*.toc")))


def test_check_reads_standard_input() -> None:
    result = run_cli("check", "-", input='outcome a "A"\n')
    assert result.exit_code == 0
    assert result.stdout == "<stdin>: ok: 1 node, 0 links, 0 loops, 0 counterfactuals\n"


def test_check_of_a_missing_file_is_an_input_error() -> None:
    result = run_cli("check", "nowhere.toc")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "no such file: nowhere.toc" in result.stderr


def test_check_with_lang_override_speaks_dutch(tmp_path: Path) -> None:
    path = tmp_path / "a.toc"
    path.write_text('outcome a "A" { horizon: soon }\n', encoding="utf-8")
    result = run_cli("check", "--lang", "nl", str(path))
    assert result.exit_code == 2
    assert "'soon' is geen geldige waarde voor horizon" in result.stderr
    assert result.stderr.rstrip().endswith(": 1 fout")


def test_check_json_output(tmp_path: Path) -> None:
    path = tmp_path / "a.toc"
    path.write_text('outcome a "A" { horizon: soon }\n', encoding="utf-8")
    result = run_cli("check", "--format", "json", POCKET, str(path))
    assert result.exit_code == 2
    records = json.loads(result.stdout)
    assert records[0]["ok"] is True and records[0]["summary"]["nodes"] == 25
    assert records[1]["ok"] is False
    assert records[1]["diagnostics"][0]["code"] == "E106"
    assert records[1]["diagnostics"][0]["line"] == 1


def test_bad_usage_exits_2() -> None:
    result = run_cli("check", "--format", "yaml", POCKET)
    assert result.exit_code == 2
    assert "Invalid value for '--format'" in result.stderr


def test_export_prints_the_model_and_it_matches_the_schema() -> None:
    exported = run_cli("export", POCKET, "--format", "json")
    assert exported.exit_code == 0
    data = json.loads(exported.stdout)
    assert data["label"] == "Pocket money as a practice ground"
    assert {"id": "dignity", "kind": "value", "label": "Human dignity"}.items() <= data["nodes"][4].items()
    schema = run_cli("schema")
    assert schema.exit_code == 0
    jsonschema.validate(data, json.loads(schema.stdout))


def test_export_of_a_broken_file_exits_2_with_messages(tmp_path: Path) -> None:
    path = tmp_path / "a.toc"
    path.write_text("outcome a\n", encoding="utf-8")
    result = run_cli("export", str(path))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert f"{path}:" in result.stderr


def test_a_reader_that_goes_away_is_not_an_internal_error() -> None:
    import subprocess
    import sys

    # Writing to a pipe whose reader has gone (`toc export plan.toc | head -1`) raises
    # BrokenPipeError on the next write; run it in a process of its own, since the
    # handler points standard output elsewhere.
    program = ("from toc.cli.common import run_safely\n"
               "def body():\n"
               "    print('first line', flush=True)\n"
               "    raise BrokenPipeError(32, 'Broken pipe')\n"
               "run_safely(body)\n")
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 141
    assert result.stdout == "first line\n"
    assert result.stderr == ""
