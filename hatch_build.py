"""Build hook: compile the message catalogues (toc/i18n/*.po) for the wheel, and add the documentation.

An editable install gets the catalogues beside the PO files in the checkout,
where toc reads them as long as they are newer than their source, and reads the
pages from docs/. A wheel carries the pages (docs/*.md, not the pictures) in
toc/docs, for `toc docs`.
"""

from __future__ import annotations

import importlib.util
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CatalogueHook(BuildHookInterface):  # type: ignore[misc]
    """Runs toc/i18n/compiler.py and adds the documentation before the wheel is assembled."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        spec = importlib.util.spec_from_file_location("toc_i18n_compiler",
                                                      root / "toc" / "i18n" / "compiler.py")
        assert spec is not None and spec.loader is not None
        compiler = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(compiler)
        folder = root / "toc" / "i18n"
        if version == "editable":
            compiler.compile_catalogues(folder, folder)
            return
        target = Path(tempfile.mkdtemp(prefix="toc-catalogues-"))
        for path in compiler.compile_catalogues(folder, target):
            build_data["force_include"][str(path)] = f"toc/i18n/{path.name}"
        for page in sorted((root / "docs").glob("*.md")):
            build_data["force_include"][str(page)] = f"toc/docs/{page.name}"
