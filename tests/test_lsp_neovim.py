"""End to end with a real editor: headless Neovim starts `toc lsp`, shows diagnostics, hovers, jumps, fixes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.lsp_helpers import position_of

NVIM = shutil.which("nvim")
SCRIPT = Path(__file__).with_name("lsp_neovim.lua")

PLAN = """theorie "Zakgeld 😀 als oefenplek" {
  taal: nl
}
actor ouders "Ouders 👪 met weinig geld" { rol: deelnemer }
actor kinderen "Kinderen" { rol: deelnemer }
interventie oefenen "Oefenen 🎲 met één munt" { door: ouderz, kinderen }
uitkomst vaardigheden "Financiële vaardigheden" { termijn: kort }
oefenen -> vaardigheden
"""


@pytest.mark.skipif(NVIM is None, reason="needs Neovim (Debian package 'neovim'; .ci/run installs it)")
def test_neovim_shows_diagnostics_hover_and_definition_and_applies_a_quick_fix(tmp_path: Path) -> None:
    plan = tmp_path / "plan.toc"
    plan.write_text(PLAN, encoding="utf-8")
    output = tmp_path / "results.json"
    config = {
        "cmd": [sys.executable, "-m", "toc", "lsp"],
        "root": str(tmp_path),
        "file": str(plan),
        "output": str(output),
        "hover": vars_of(position_of(PLAN, "kinderen", after="door: ")),
        "definition": vars_of(position_of(PLAN, "kinderen", after="door: ")),
        "code_action": vars_of(position_of(PLAN, "ouderz")),
    }
    (tmp_path / "config.json").write_text(json.dumps(config), encoding="utf-8")
    env = {**os.environ, "TOC_NVIM_CONFIG": str(tmp_path / "config.json")}
    subprocess.run([NVIM, "--headless", "--clean", "-c", f"luafile {SCRIPT}"], env=env,
                   cwd=tmp_path, timeout=120, check=True, capture_output=True)
    results = json.loads(output.read_text(encoding="utf-8"))
    assert "error" not in results, results.get("error")

    # The diagnostic lands on 'ouderz'; Neovim turned our UTF-16 column into a byte column.
    [diagnostic] = results["diagnostics"]
    assert diagnostic["code"] == "E102" and "ouderz" in diagnostic["message"]
    line_text = PLAN.split("\n")[diagnostic["lnum"]]
    assert diagnostic["lnum"] == 5
    assert diagnostic["col"] == len(line_text[: line_text.index("ouderz")].encode("utf-8"))

    hover = results["hover"]["contents"]["value"]
    assert "**actor** `kinderen`" in hover and "`oefenen` (door)" in hover

    definition = results["definition"]
    definition = definition[0] if isinstance(definition, list) else definition
    assert Path(definition["uri"].removeprefix("file://")).resolve() == plan.resolve()
    assert definition["range"]["start"] == vars_of(position_of(PLAN, "kinderen", after="actor "))

    # The first quick fix at the misspelt reference is its did-you-mean, and Neovim applies it
    # (converting our UTF-16 range on a line with an emoji); the error then goes away.
    assert results["actions"][0] == {"title": "Vervang door 'ouders'", "preferred": True}
    assert results["lines"] == PLAN.replace("door: ouderz", "door: ouders").split("\n")[:-1]
    assert results["cleared"] is True


def vars_of(position) -> dict[str, int]:
    return {"line": position.line, "character": position.character}
