"""`use "file.toc"` pulls declarations from other files, relative to the including file."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_cli
from toc.api import load


def write(root: Path, name: str, text: str) -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def reader(path: str) -> str:
    return Path(path).read_text(encoding="utf-8")


def test_include_relative_to_the_including_file(tmp_path: Path) -> None:
    write(tmp_path, "common/actors.toc", 'actor parents "Parents"\nuse "values.toc"\n')
    write(tmp_path, "common/values.toc", 'value dignity "Dignity"\n')
    main = write(tmp_path, "plan.toc",
                 'use "common/actors.toc"\nintervention i "I" { by: parents  serves: dignity }\n')
    loaded = load(main.read_text(), str(main), read=reader)
    assert loaded.ok, loaded.diagnostics
    assert [n.id for n in loaded.theory.nodes] == ["parents", "dignity", "i"]
    assert loaded.theory.node("parents").span.file.endswith("common/actors.toc")


def test_a_file_included_twice_counts_once(tmp_path: Path) -> None:
    write(tmp_path, "shared.toc", 'actor parents "Parents"\n')
    write(tmp_path, "a.toc", 'use "shared.toc"\n')
    write(tmp_path, "b.toc", 'use "shared.toc"\n')
    main = write(tmp_path, "plan.toc", 'use "a.toc"\nuse "b.toc"\n')
    loaded = load(main.read_text(), str(main), read=reader)
    assert loaded.ok, loaded.diagnostics
    assert len(loaded.theory.nodes) == 1


def test_errors_in_an_included_file_point_into_it(tmp_path: Path) -> None:
    write(tmp_path, "bad.toc", 'outcome a "A" { horizon: soon }\n')
    main = write(tmp_path, "plan.toc", 'use "bad.toc"\n')
    result = run_cli("check", str(main))
    assert result.exit_code == 2
    assert f"{tmp_path}/bad.toc:1:26: error: 'soon' is not a valid value" in result.stderr


def test_an_unreadable_include_is_an_error_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "binary.toc").write_bytes(b"\xff\xfe\x00")
    main = write(tmp_path, "plan.toc", 'use "binary.toc"\n')
    result = run_cli("check", str(main))
    assert result.exit_code == 2
    assert "cannot read the included file 'binary.toc': not UTF-8 text" in result.stderr


def test_a_cycle_back_to_the_main_file_is_found_however_its_path_is_spelled(
        tmp_path: Path, monkeypatch) -> None:
    write(tmp_path, "self.toc", 'use "self.toc"\noutcome a "A"\n')
    monkeypatch.chdir(tmp_path)
    result = run_cli("check", "./self.toc")
    assert result.exit_code == 2
    assert "includes itself" in result.stderr
    assert "declared twice" not in result.stderr
