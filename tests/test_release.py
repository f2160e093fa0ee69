"""A release people can pin: one version everywhere, a licence wherever toc goes, and the tagging script."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import toc
from scripts.versions import disagreements, stated_versions
from tests.checkout import git, scratch_repository
from tests.conftest import ROOT, run_cli


def test_every_statement_of_the_version_agrees() -> None:
    assert disagreements(ROOT) == []
    places = [place for place, _ in stated_versions(ROOT)]
    # The package, pyproject, the extension's manifest and lock file, the changelog, and
    # the documented snippets: the vsix, pre-commit's rev and the Action's tag.
    assert len(places) >= 10
    assert any("rev: v" in place for place in places) and any("/toc@v" in place for place in places)


def test_toc_version_says_the_package_version() -> None:
    result = run_cli("--version")
    assert result.exit_code == 0
    assert toc.__version__ in result.stdout


def test_a_disagreement_names_the_place(tmp_path: Path) -> None:
    repo = scratch_repository(tmp_path / "repo")
    manifest = repo / "editors" / "vscode" / "package.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    manifest.write_text(json.dumps({**data, "version": "9.9.9"}), encoding="utf-8")
    assert disagreements(repo) == [f"editors/vscode/package.json: 9.9.9 (toc/__init__.py says {toc.__version__})"]


def test_the_licence_is_mit_and_the_extension_ships_the_same_text() -> None:
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("MIT License\n") and "the toc authors" in licence
    assert (ROOT / "editors" / "vscode" / "LICENSE").read_text(encoding="utf-8") == licence
    manifest = json.loads((ROOT / "editors" / "vscode" / "package.json").read_text(encoding="utf-8"))
    assert manifest["license"] == "MIT"


def test_the_changelog_entry_of_this_version_tells_what_changed() -> None:
    from scripts.release import changelog_entry

    entry = changelog_entry(toc.__version__)
    for section in ("### Added", "### Changed", "### Fixed"):
        assert section in entry
    for subject in ("toc report", "toc diff", "genres", "escaped", "Action", "PEP 668"):
        assert subject in entry


def release(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(repo / "scripts" / "release.py"), *args], cwd=repo,
                          capture_output=True, text=True)


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return scratch_repository(tmp_path_factory.mktemp("release") / "repo")


def test_release_check_creates_no_tag(repo: Path) -> None:
    result = release(repo, "--check")
    assert (result.returncode, result.stderr) == (0, "")
    assert f"ready to tag v{toc.__version__}" in result.stdout
    assert git("tag", "--list", cwd=repo) == ""


def test_release_refuses_a_dirty_tree_and_another_branch(repo: Path) -> None:
    readme = repo / "README.md"
    original = readme.read_text(encoding="utf-8")
    readme.write_text(original + "\nmore\n", encoding="utf-8")
    git("switch", "-q", "-c", "topic", cwd=repo)
    try:
        result = release(repo)
    finally:
        git("switch", "-q", "main", cwd=repo)
        readme.write_text(original, encoding="utf-8")
    assert result.returncode == 1
    assert "uncommitted changes" in result.stderr and "HEAD is on topic, not on main" in result.stderr
    assert git("tag", "--list", cwd=repo) == ""


def test_release_tags_head_with_the_changelog_entry_and_only_once(repo: Path) -> None:
    tag = f"v{toc.__version__}"
    result = release(repo)
    assert result.returncode == 0, result.stderr
    assert f"git push origin {tag}" in result.stdout
    assert git("cat-file", "-t", tag, cwd=repo).strip() == "tag"  # annotated, not a light tag
    assert git("rev-parse", f"{tag}^{{commit}}", cwd=repo) == git("rev-parse", "HEAD", cwd=repo)
    message = git("tag", "--list", "--format=%(contents)", tag, cwd=repo)
    assert message.startswith(f"toc {toc.__version__}\n") and "### Added" in message
    again = release(repo)
    assert again.returncode == 1 and f"the tag {tag} exists already" in again.stderr
