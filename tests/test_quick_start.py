"""The README's two commands work on a stock machine, whose Python refuses `pip install` outside a
virtual environment.

Such a Python is marked as managed by the system's package manager (PEP 668): its standard
library folder holds a file named EXTERNALLY-MANAGED, and pip then refuses to install into
it with `externally-managed-environment` (Debian 12, Ubuntu 23.04 and later, Homebrew).
The test takes the system's own /usr/bin/python3 when it is such a Python of version 3.11
or newer, as on this project's Debian machines; elsewhere it makes one the way Debian
does: a copy of the running Python's installation (without its installed packages), given
its own pip with ensurepip and then the EXTERNALLY-MANAGED file. A virtual environment
cannot stand in for it, because pip ignores the mark inside one.

It first shows the premise (this Python refuses `pip install`), then runs the README's
commands with `sh` in a copy of the repository as a clone has it, with that Python as the
only `python3` on PATH: the first draws the example and leaves a `toc` that makes the report
page; the second installs the test tools and runs pytest, narrowed by PYTEST_ADDOPTS to
the README's own tests (the whole suite is what this command runs in .ci/run). Installing
takes about a minute; pip may fetch packages from its index.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.checkout import copy_checkout
from tests.test_docs import QUICK_START, TEST_COMMAND

SYSTEM_PYTHON = Path("/usr/bin/python3")


def refuses_installs(python: Path) -> subprocess.CompletedProcess[str]:
    """Ask this Python's pip to install into it (a dry run, no index: nothing would be fetched)."""
    return subprocess.run([str(python), "-m", "pip", "install", "--dry-run", "--no-index", "--no-deps",
                           "toc-lang"], capture_output=True, text=True, env=outside_any_venv(os.environ))


def outside_any_venv(env: dict | os._Environ, path: str | None = None) -> dict[str, str]:
    """The environment without the traces of the virtual environment the tests run in."""
    clean = {key: value for key, value in env.items()
             if key not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME", "PYTEST_ADDOPTS", "PIP_USER")}
    if path is not None:
        clean["PATH"] = path
    return clean


def is_stock(python: Path) -> bool:
    if not python.is_file():
        return False
    version = subprocess.run([str(python), "-c", "import sys; print(sys.version_info >= (3, 11))"],
                             capture_output=True, text=True)
    return version.stdout.strip() == "True" and "externally-managed-environment" in refuses_installs(python).stderr


def marked_copy(where: Path) -> Path:
    """A copy of the running Python's installation, with pip, marked as externally managed."""
    base = Path(sys.base_prefix)
    name = f"python{sys.version_info.major}.{sys.version_info.minor}"
    (where / "bin").mkdir(parents=True)
    (where / "lib").mkdir()
    shutil.copy2(base / "bin" / name, where / "bin" / name)
    for library in (base / "lib").glob("libpython*"):  # a shared build's library, found beside it
        shutil.copy2(library, where / "lib" / library.name, follow_symlinks=False)
    shutil.copytree(base / "lib" / name, where / "lib" / name, symlinks=True,
                    ignore=shutil.ignore_patterns("site-packages", "dist-packages", "test", "__pycache__",
                                                  "idlelib"))
    (where / "lib" / name / "site-packages").mkdir()
    python = where / "bin" / name
    subprocess.run([str(python), "-m", "ensurepip", "--default-pip"], check=True, capture_output=True,
                   env=outside_any_venv(os.environ))
    (where / "lib" / name / "EXTERNALLY-MANAGED").write_text(
        "[externally-managed]\nError=This Python belongs to the system: use a virtual environment.\n")
    return python


@pytest.fixture(scope="module")
def stock_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if is_stock(SYSTEM_PYTHON):
        return SYSTEM_PYTHON
    return marked_copy(tmp_path_factory.mktemp("stock") / "python")


def test_a_marked_copy_refuses_installs_as_a_system_python_does(tmp_path: Path) -> None:
    """The stand-in used where the system has no such Python: made here too, so it is known to work."""
    python = marked_copy(tmp_path / "python")
    refused = refuses_installs(python)
    assert refused.returncode != 0 and "externally-managed-environment" in refused.stderr
    assert subprocess.run([str(python), "-c", "import sys; print(sys.prefix)"], capture_output=True,
                          text=True).stdout.strip() == str(tmp_path / "python")


def test_the_readme_commands_work_where_pip_refuses_system_installs(stock_python: Path, tmp_path: Path) -> None:
    refused = refuses_installs(stock_python)
    assert refused.returncode != 0 and "externally-managed-environment" in refused.stderr
    checkout = copy_checkout(tmp_path / "toc")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "python3").symlink_to(stock_python)
    env = outside_any_venv(os.environ, path=f"{bin_dir}{os.pathsep}/usr/bin{os.pathsep}/bin")

    def sh(command: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["sh", "-c", command], cwd=checkout, env={**env, **extra},
                              capture_output=True, text=True, timeout=1200)

    drawn = sh(QUICK_START)
    assert drawn.returncode == 0, drawn.stdout[-2000:] + drawn.stderr[-2000:]
    assert (checkout / "examples" / "pocket-money.svg").read_text(encoding="utf-8").lstrip().startswith("<")
    assert "<svg" in (checkout / "examples" / "pocket-money.svg").read_text(encoding="utf-8")
    # The README goes on with `toc report`, in the same terminal (the environment is active there).
    page = sh(". .venv/bin/activate && toc report examples/pocket-money.toc")
    assert page.returncode == 0, page.stderr
    assert "<html" in (checkout / "examples" / "pocket-money.html").read_text(encoding="utf-8")
    assert not (checkout / ".venv" / "lib").is_symlink() and (checkout / ".venv" / "pyvenv.cfg").is_file()

    tested = sh(TEST_COMMAND, PYTEST_ADDOPTS="-q -p no:cacheprovider tests/test_docs.py")
    assert tested.returncode == 0, tested.stdout[-3000:] + tested.stderr[-2000:]
    assert " passed" in tested.stdout and "failed" not in tested.stdout
    # The system's Python is as it was: toc went into .venv only.
    untouched = subprocess.run([str(stock_python), "-I", "-c", "import toc"], capture_output=True, text=True,
                               cwd=bin_dir, env=env)
    assert untouched.returncode != 0 and "No module named 'toc'" in untouched.stderr
