"""The critique measured on the corpus: expected findings met, false alarms, repeats and vacuous ticks.

Shared by tests/critique/test_corpus.py and bench/critique_bench.py. The format of
the expectation files is described in tests/critique/corpus/README.md.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from toc.api import checklist, lint, load
from toc.language.diagnostics import Diagnostic
from toc.lint import find

CORPUS = Path(__file__).resolve().parent / "corpus"
# Written afterwards by another hand, from the rules' documentation only, and measured before
# anything was changed for it (see its README).
HELDOUT = Path(__file__).resolve().parent / "heldout"


@dataclass
class Verdict:
    """How toc's critique of one theory compares with the evaluator's."""

    name: str
    genre: str
    findings: list[Diagnostic]
    met: list[dict] = field(default_factory=list)
    missed: list[dict] = field(default_factory=list)
    false_alarms: list[tuple[dict, Diagnostic]] = field(default_factory=list)
    vacuous: list[tuple[dict, str]] = field(default_factory=list)
    repeats: list[tuple[Diagnostic, Diagnostic]] = field(default_factory=list)

    @property
    def expected(self) -> int:
        return len(self.met) + len(self.missed)


def theories(folder: Path = CORPUS) -> list[Path]:
    return sorted(folder.glob("*.toc"))


def _names(diagnostic: Diagnostic) -> set[str]:
    return {*diagnostic.nodes, *diagnostic.consequences}


def _matches(entry: dict, diagnostic: Diagnostic) -> bool:
    return diagnostic.name == entry["rule"] and set(entry.get("nodes", [])) <= _names(diagnostic)


def _element(diagnostic: Diagnostic) -> tuple[str, ...] | None:
    """What a finding is about: a link (its two ends) or an element; None for the whole theory."""
    if diagnostic.whole_theory or not diagnostic.nodes:
        return None
    rule = find(diagnostic.name or "")
    is_link = diagnostic.span is not None and len(diagnostic.nodes) >= 2 and rule is not None \
        and diagnostic.span.start != diagnostic.span.end and "->" not in diagnostic.nodes[0]
    return tuple(diagnostic.nodes[:2]) if is_link and _on_a_link(diagnostic) else diagnostic.nodes[:1]


def _on_a_link(diagnostic: Diagnostic) -> bool:
    return diagnostic.name in {"miracle-leap", "missing-mechanism", "implicit-link", "transitivity-trap",
                               "aim-mismatch", "context-on-intervention", "untested-critical-assumption"}


def repeats(findings: list[Diagnostic]) -> list[tuple[Diagnostic, Diagnostic]]:
    """Pairs of findings that say the same thing twice.

    Two findings repeat each other when they are about the same element, or the same
    link, and their rules ask the same question (belong to the same theme), or when
    they are about the same link at all (one arrow, one problem).
    """
    found = []
    seen: dict[tuple[str, ...], list[Diagnostic]] = {}
    for diagnostic in findings:
        key = _element(diagnostic)
        if key is None:
            continue
        for earlier in seen.get(key, []):
            same_theme = (find(earlier.name or "") or earlier).theme == (find(diagnostic.name or "") or diagnostic).theme \
                if find(earlier.name or "") and find(diagnostic.name or "") else False
            if earlier.name != diagnostic.name and (same_theme or len(key) == 2):
                found.append((earlier, diagnostic))
                break
        seen.setdefault(key, []).append(diagnostic)
    return found


def judge(path: Path) -> Verdict:
    """Lint and make the checklist of one corpus theory, and compare with its expectations."""
    expect = tomllib.loads(path.with_suffix(".expect.toml").read_text(encoding="utf-8"))
    loaded = load(path.read_text(encoding="utf-8"), str(path))
    assert loaded.ok, [d.message for d in loaded.diagnostics]
    findings = lint(loaded)
    verdict = Verdict(path.stem, expect["genre"], findings)
    for entry in expect.get("expect", []):
        (verdict.met if any(_matches(entry, d) for d in findings) else verdict.missed).append(entry)
    for entry in expect.get("absent", []):
        for diagnostic in findings:
            if _matches(entry, diagnostic):
                verdict.false_alarms.append((entry, diagnostic))
                break
    states = {point.key: point for section in checklist(loaded).sections for point in section.points}
    for entry in expect.get("checklist", []):
        point = states.get(entry["item"])
        if point is not None and point.state.value == entry["not"]:
            verdict.vacuous.append((entry, point.state))
    verdict.repeats = repeats(findings)
    return verdict
