"""The shared hostile corpus (tests/hostile.py) through every output, in both languages.

Each output is judged by what its target may not carry: a terminal no control
or direction character, JSON no such character either (and it must parse),
Markdown nothing live on GitHub, drawings and the page no XML-forbidden code
point, script, handler or link.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.hostile import (
    FILE_NAME,
    INCLUDE_NAME,
    TEXTS,
    XML_FORBIDDEN,
    assert_json,
    assert_markdown_inert,
    assert_svg_inert,
    assert_terminal_safe,
    elements,
    quoted,
    theory_source,
)

LANGS = ["en", "nl"]


@pytest.fixture(params=LANGS)
def plan(request, tmp_path: Path) -> Path:
    """The hostile theory under a hostile name, including a hostile-named file with hostile labels."""
    lang = request.param
    (tmp_path / INCLUDE_NAME).write_text(f"actor p2 {quoted(TEXTS[3])}\n", encoding="utf-8")
    path = tmp_path / FILE_NAME
    path.write_text(f"use {quoted(INCLUDE_NAME)}\n" + theory_source(lang), encoding="utf-8")
    return path


def run(*arguments: str) -> tuple[str, str]:
    result = run_cli(*arguments)
    assert result.exit_code in (0, 1), result.stderr
    assert_terminal_safe(result.stderr)
    return result.stdout, result.stderr


def test_check_text_and_json(plan: Path) -> None:
    out, _ = run("check", str(plan))
    assert_terminal_safe(out)
    [record] = assert_json(run("check", str(plan), "--format", "json")[0])
    assert record["ok"] is True


@pytest.mark.parametrize("output", ["text", "json", "github", "sarif", "markdown"])
def test_lint(plan: Path, output: str) -> None:
    out, _ = run("lint", str(plan), "--format", output)
    assert_terminal_safe(out)
    if output in ("json", "sarif"):
        assert_json(out)
    elif output == "github":
        assert all(line.startswith("::") for line in out.splitlines()), "a message began a line"
    elif output == "markdown":
        assert_markdown_inert(out)


def test_checklist(plan: Path) -> None:
    out, _ = run("checklist", str(plan))
    assert_terminal_safe(out)
    assert_markdown_inert(out)


def test_export(plan: Path) -> None:
    data = assert_json(run("export", str(plan))[0])
    assert any(node["label"] == TEXTS[6] for node in data["nodes"])  # values stay values


def test_dot_and_mermaid(plan: Path) -> None:
    dot, _ = run("render", str(plan), "-o", "-", "--format", "dot")
    assert not XML_FORBIDDEN.search(dot)
    mermaid, _ = run("render", str(plan), "--format", "mermaid")
    assert not XML_FORBIDDEN.search(mermaid)
    assert "<script" not in mermaid and "<img" not in mermaid


def test_svg(plan: Path, tmp_path: Path) -> None:
    target = tmp_path / "drawing.svg"
    run("render", str(plan), "-o", str(target), "--engine", "graphviz-pure")
    assert_svg_inert(target.read_text(encoding="utf-8"))


def test_report_page(plan: Path, tmp_path: Path) -> None:
    target = tmp_path / "page.html"
    run("report", str(plan), "-o", str(target), "--engine", "graphviz-pure")
    html = target.read_text(encoding="utf-8")
    assert not XML_FORBIDDEN.search(html)
    parsed = elements(html)
    assert parsed.tags.count("script") == 1 and "img" not in parsed.tags and "iframe" not in parsed.tags
    assert not [name for name, _ in parsed.attributes if name.startswith("on")]
    assert not [value for name, value in parsed.attributes
                if name in ("href", "src") and "javascript:" in value.lower()]


@pytest.mark.parametrize("output", ["text", "markdown", "json"])
def test_diff(plan: Path, tmp_path: Path, output: str) -> None:
    lang = "nl" if "theorie" in plan.read_text(encoding="utf-8") else "en"
    other = tmp_path / "other.toc"
    other.write_text(f"use {quoted(INCLUDE_NAME)}\n" + theory_source(lang, offset=5), encoding="utf-8")
    out, _ = run("diff", str(plan), str(other), "--format", output)
    assert_terminal_safe(out)
    if output == "json":
        assert_json(out)
    elif output == "markdown":
        assert_markdown_inert(out)
