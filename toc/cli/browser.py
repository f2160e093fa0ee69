"""Find a Chromium-family browser on this computer and print a page to PDF with it, headless.

toc never downloads a browser: it uses one that is installed (Chromium, Google
Chrome, Microsoft Edge, Brave) or the one named with --browser.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# Program names on PATH, most specific first.
NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome",
         "microsoft-edge", "microsoft-edge-stable", "msedge", "brave-browser")


def _installed_apps() -> list[Path]:
    """Where macOS and Windows keep these browsers when they are not on PATH."""
    if sys.platform == "darwin":
        apps = Path("/Applications")
        return [apps / "Google Chrome.app/Contents/MacOS/Google Chrome",
                apps / "Chromium.app/Contents/MacOS/Chromium",
                apps / "Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
                apps / "Brave Browser.app/Contents/MacOS/Brave Browser"]
    if os.name == "nt":
        roots = [os.environ.get(name) for name in ("PROGRAMFILES", "PROGRAMFILES(X86)", "LOCALAPPDATA")]
        tails = ["Google/Chrome/Application/chrome.exe", "Microsoft/Edge/Application/msedge.exe",
                 "Chromium/Application/chrome.exe", "BraveSoftware/Brave-Browser/Application/brave.exe"]
        return [Path(root) / tail for root in roots if root for tail in tails]
    return []


def find_browser(chosen: str | None = None) -> str | None:
    """The browser to print with: the one chosen (a path or a name on PATH), else the first one found."""
    if chosen:
        if Path(chosen).is_file() and os.access(chosen, os.X_OK):
            return chosen
        return shutil.which(chosen)
    for name in NAMES:
        found = shutil.which(name)
        if found:
            return found
    return next((str(p) for p in _installed_apps() if p.is_file()), None)


class PrintProblem(Exception):
    """The browser ran but gave no PDF; the message is the browser's own reason."""


def print_pdf(browser: str, html: str, timeout: float = 120.0) -> bytes:
    """Print an HTML page to PDF with a headless browser; return the PDF's bytes.

    The page is written to a private temporary folder with a fresh browser
    profile, so no extension, sync or first-run screen takes part, and both are
    removed afterwards. The browser fetches nothing: the page forbids it.
    """
    with tempfile.TemporaryDirectory(prefix="toc-report-") as folder:
        page = Path(folder) / "report.html"
        page.write_text(html, encoding="utf-8")
        target = Path(folder) / "report.pdf"
        command = [browser, "--headless", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
                   "--disable-background-networking", "--disable-component-update", "--disable-sync",
                   "--disable-extensions", f"--user-data-dir={Path(folder) / 'profile'}",
                   "--no-pdf-header-footer", f"--print-to-pdf={target}", page.as_uri()]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            # Chromium will not start its sandbox as root (containers, CI); the page runs no foreign code.
            command.insert(1, "--no-sandbox")
        try:
            result = subprocess.run(command, capture_output=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired as expired:
            raise PrintProblem(f"no PDF after {timeout:g} seconds") from expired
        except OSError as problem:
            raise PrintProblem(problem.strerror or str(problem)) from problem
        if not target.is_file() or target.stat().st_size == 0:
            raise PrintProblem(_reason(result.stderr) or f"exit status {result.returncode}")
        return target.read_bytes()


def _reason(stderr: bytes) -> str:
    lines = [line.strip() for line in stderr.decode("utf-8", "replace").splitlines() if line.strip()]
    # Chromium logs much that is harmless (no D-Bus in a container); its last line says most.
    return lines[-1][:300] if lines else ""
