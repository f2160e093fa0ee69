"""Every place in the repository that states toc's version, and what each says.

The version is written once for Python (toc/__init__.py, which pyproject.toml reads); the
VS Code extension, the changelog and the documented snippets state it again, because a
reader copies them as they are. `stated_versions` finds each statement so that a test and
scripts/release.py can check that they agree.
"""

from __future__ import annotations

import ast
import json
import re
import tomllib
from pathlib import Path

# Version numbers inside the documentation, each with the pattern that finds it.
DOCUMENTED = {
    "docs/editors.md": (r"toc-lang-(\d+\.\d+\.\d+)\.vsix", r"rev: v(\d+\.\d+\.\d+)",
                        r"/toc@v(\d+\.\d+\.\d+)"),
    "docs/examples/toc-review.yml": (r"/toc@v(\d+\.\d+\.\d+)",),
    "editors/vscode/README.md": (r"toc-lang-(\d+\.\d+\.\d+)\.vsix",),
}


def package_version(root: Path) -> str:
    """`__version__` in toc/__init__.py, read without importing the package."""
    tree = ast.parse((root / "toc" / "__init__.py").read_text(encoding="utf-8"))
    for statement in tree.body:
        if isinstance(statement, ast.Assign) and any(
                isinstance(target, ast.Name) and target.id == "__version__" for target in statement.targets):
            return str(ast.literal_eval(statement.value))
    raise LookupError("toc/__init__.py sets no __version__")


def _pyproject(root: Path) -> str:
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    if "version" in project["project"]:
        return str(project["project"]["version"])
    # A dynamic version: say which file hatch reads it from, and what that file says.
    source = project["tool"]["hatch"]["version"]["path"]
    return package_version(root) if source == "toc/__init__.py" else f"read from {source}"


def _changelog(root: Path) -> str:
    """The newest released version in CHANGELOG.md (the entry after 'Unreleased')."""
    text = (root / "CHANGELOG.md").read_text(encoding="utf-8")
    found = re.search(r"^## \[(\d+\.\d+\.\d+)\] - \d{4}-\d{2}-\d{2}$", text, re.MULTILINE)
    return found.group(1) if found else "no dated release entry"


def stated_versions(root: Path) -> list[tuple[str, str]]:
    """(place, version) for every statement of the version, in a stable order."""
    places = [("toc/__init__.py", package_version(root)), ("pyproject.toml", _pyproject(root))]
    manifest = json.loads((root / "editors/vscode/package.json").read_text(encoding="utf-8"))
    places.append(("editors/vscode/package.json", manifest["version"]))
    lock = json.loads((root / "editors/vscode/package-lock.json").read_text(encoding="utf-8"))
    places += [("editors/vscode/package-lock.json", lock["version"]),
               ("editors/vscode/package-lock.json (packages)", lock["packages"][""]["version"])]
    places.append(("CHANGELOG.md", _changelog(root)))
    for name, patterns in DOCUMENTED.items():
        text = (root / name).read_text(encoding="utf-8")
        for pattern in patterns:
            found = re.findall(pattern, text)
            places += [(f"{name} ({pattern})", version) for version in found] or [
                (f"{name} ({pattern})", "not found")]
    return places


def disagreements(root: Path) -> list[str]:
    """Lines naming each place whose version differs from toc/__init__.py's; empty when all agree."""
    expected = package_version(root)
    return [f"{place}: {version} (toc/__init__.py says {expected})"
            for place, version in stated_versions(root) if version != expected]
