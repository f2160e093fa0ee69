"""The grammar is found from an installed wheel and from an editable install."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

EXAMPLE = ROOT / "examples" / "pocket-money.toc"


def run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True,
                          timeout=600)


def fresh_venv(where: Path) -> Path:
    run(sys.executable, "-m", "venv", where, cwd=where.parent).check_returncode()
    return where / "bin"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", out, ROOT, cwd=out)
    assert result.returncode == 0, result.stderr
    (built,) = out.glob("toc_lang-*.whl")
    return built


def test_the_wheel_carries_the_grammar(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "toc/grammar/toc.lark" in names
    assert "toc/language/parser.py" in names
    assert "toc/py.typed" in names
    assert {"toc/i18n/en.mo", "toc/i18n/nl.mo"} <= set(names)
    # The report page's templates, style sheet and script.
    assert {"toc/page/templates/page.html.j2", "toc/page/templates/macros.html.j2",
            "toc/page/assets/page.css", "toc/page/assets/page.js"} <= set(names)
    assert not any(name.endswith((".po", ".pot")) for name in names)
    # The genre examples `toc new --from GENRE` copies.
    genres = {f"toc/genres/{path.name}" for path in (ROOT / "examples" / "genres").glob("*.toc")}
    assert genres and genres <= set(names)


def test_the_wheel_carries_the_documentation(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    pages = {f"toc/docs/{page.name}" for page in (ROOT / "docs").glob("*.md")}
    assert {"toc/docs/language.md", "toc/docs/language.nl.md"} <= pages <= names
    # The pages only: the pictures of the report page stay in the repository.
    assert not any(name.startswith("toc/docs/") and not name.endswith(".md") for name in names)


def test_the_wheel_carries_the_licence_and_the_version(wheel: Path) -> None:
    import toc

    archive = zipfile.ZipFile(wheel)
    info = f"toc_lang-{toc.__version__}.dist-info"
    assert archive.read(f"{info}/licenses/LICENSE") == (ROOT / "LICENSE").read_bytes()
    metadata = archive.read(f"{info}/METADATA").decode("utf-8")
    assert f"\nVersion: {toc.__version__}\n" in metadata
    assert "\nLicense-Expression: MIT\n" in metadata and "\nLicense-File: LICENSE\n" in metadata


def test_installed_wheel_checks_an_example(wheel: Path, tmp_path: Path) -> None:
    bin_dir = fresh_venv(tmp_path / "venv")
    install = run(bin_dir / "pip", "install", "-q", wheel, cwd=tmp_path)
    assert install.returncode == 0, install.stderr
    # Run outside the checkout so that only the installed package can be imported.
    result = run(bin_dir / "toc", "check", EXAMPLE, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert ": ok: 25 nodes" in result.stdout
    # A genre example comes from inside the installed package.
    started = run(bin_dir / "toc", "new", "plan.toc", "--from", "realist", cwd=tmp_path)
    assert started.returncode == 0, started.stderr
    assert (tmp_path / "plan.toc").read_text(encoding="utf-8").endswith(
        (ROOT / "examples" / "genres" / "realist.toc").read_text(encoding="utf-8"))
    # The documentation is at hand without the source.
    page = run(bin_dir / "toc", "docs", "language", "--lang", "nl", cwd=tmp_path)
    assert page.returncode == 0, page.stderr
    assert page.stdout == (ROOT / "docs" / "language.nl.md").read_text(encoding="utf-8")


def test_editable_install_checks_an_example(tmp_path: Path) -> None:
    bin_dir = fresh_venv(tmp_path / "venv")
    install = run(bin_dir / "pip", "install", "-q", "-e", ROOT, cwd=tmp_path)
    assert install.returncode == 0, install.stderr
    result = run(bin_dir / "toc", "check", EXAMPLE, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    located = run(bin_dir / "python", "-c", "import toc.language.parser; print(toc.language.parser.grammar_path())",
                  cwd=tmp_path)
    assert Path(located.stdout.strip()) == ROOT / "grammar" / "toc.lark"
