"""The layers stay visible: no import cycle, and no module imports a layer above its own.

The layers, lowest first: messages (i18n) and escaping (each beside the other); the model; the language (text to
model); graph analysis; the stages that work on a loaded theory; the public
façade; what the front ends share for reading the disk (toc.disk); the front
ends that do I/O. Imports inside functions and under
TYPE_CHECKING count too: a lazy import is still a dependency.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "toc"

# Each entry: a module prefix and its layer; the longest matching prefix wins. The gaps
# leave room for layers to come (a stage that combines others sits between 60 and 80).
LAYERS: dict[str, int] = {
    "toc.i18n": 0,
    "toc.escape": 0,
    "toc.model": 10,
    "toc.language": 20,
    "toc.analysis": 30,
    "toc.report": 40,
    "toc.lint": 50,
    "toc.checklist": 60,
    "toc.render": 60,
    "toc.fmt": 60,
    # A first theory from answers, laid out by the formatter.
    "toc.start": 65,
    "toc.diff": 70,
    # The page combines the stages, the diff among them (a "what changed" part).
    "toc.page": 75,
    "toc.api": 80,
    "toc.disk": 85,
    "toc.lsp": 90,
    "toc.cli": 100,
    "toc.__main__": 110,
}
# Packages on the same layer are independent of each other (render must not need fmt).
# `toc` itself (the version) may be imported by anyone.
TOP_LEVEL_ALLOWED = {"__init__.py", "__main__.py", "api.py"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports_of(path: Path, known: set[str]) -> set[str]:
    """Every toc module a file imports, wherever the import statement stands."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            # `from toc.x import y` may name a submodule y or a name in toc.x.
            names = [f"{node.module}.{alias.name}" for alias in node.names]
            names = [n if n in known else node.module for n in names]
        else:
            continue
        found.update(n for n in names if n.startswith("toc.") or n == "toc")
    return found


def layer(module: str) -> tuple[int, str] | None:
    matches = [prefix for prefix in LAYERS if module == prefix or module.startswith(prefix + ".")]
    if not matches:
        return None
    prefix = max(matches, key=len)
    return LAYERS[prefix], prefix


GRAPH = {name: imports_of(path, set(modules())) for name, path in modules().items()}


def test_every_module_has_a_layer() -> None:
    unplaced = [m for m in GRAPH if m != "toc" and layer(m) is None]
    assert unplaced == []


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_no_import_against_the_layer_order(module: str) -> None:
    own = layer(module)
    if own is None:
        return
    wrong = []
    for imported in sorted(GRAPH[module]):
        if imported == "toc":
            continue
        other = layer(imported)
        assert other is not None, imported
        if other[1] == own[1]:
            continue
        if other[0] >= own[0]:
            wrong.append(imported)
    assert wrong == [], f"{module} imports from its own layer or above: {wrong}"


def test_no_import_cycle() -> None:
    """Tarjan's algorithm over the module graph; any component of two or more is a cycle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for child in GRAPH.get(node, ()):
            if child not in GRAPH:
                continue
            if child not in index:
                visit(child)
                low[node] = min(low[node], low[child])
            elif child in on_stack:
                low[node] = min(low[node], index[child])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for name in sorted(GRAPH):
        if name not in index:
            visit(name)
    assert cycles == []


def test_few_modules_at_the_top() -> None:
    loose = {p.name for p in PACKAGE.glob("*.py")}
    assert loose <= TOP_LEVEL_ALLOWED


def test_the_model_never_imports_lark() -> None:
    """Only the parser knows Lark; everything after it works on the model."""
    users = []
    for name, path in modules().items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            if any(n == "lark" or n.startswith("lark.") for n in names):
                users.append(name)
    assert sorted(set(users)) == ["toc.language.parser"]


def test_the_developers_page_shows_the_layers_as_they_are() -> None:
    """docs/development.md's table names every package at its layer, and nothing else."""
    page = (ROOT / "docs" / "development.md").read_text(encoding="utf-8")
    shown: dict[str, int] = {}
    for number, cell in re.findall(r"^\| (\d+) \| (.+?) \|", page, re.MULTILINE):
        for path in re.findall(r"`(toc/[\w/.]*?)`", cell):
            shown[path.strip("/").replace("/", ".").removesuffix(".py")] = int(number)
    expected = {prefix: level for prefix, level in LAYERS.items() if prefix != "toc.__main__"}
    assert shown == expected
