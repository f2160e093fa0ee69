"""The words of a counterfactual note, shared by the DOT and Mermaid diagrams."""

from __future__ import annotations

from dataclasses import dataclass

from toc import i18n
from toc.model import Counterfactual, Theory

FIGURES = ("deadweight", "attribution", "displacement", "drop_off")


@dataclass(frozen=True)
class Note:
    """A counterfactual in words: caption, scenario, figures and other contributors (plain text)."""

    caption: str
    scenario: str
    figures: str
    contributors: str

    def lines(self) -> list[str]:
        return [part for part in (self.caption, self.scenario, self.figures, self.contributors)
                if part]


def counterfactual_note(theory: Theory, counterfactual: Counterfactual, lang: str) -> Note:
    """Tell what would have happened anyway, with deadweight and attribution when given."""
    key = "render.counterfactual" if counterfactual.targets else "render.counterfactual.all"
    figures = [i18n.text(f"render.{name}", lang, value=f"{value:g}%")
               for name in FIGURES if (value := getattr(counterfactual, name)) is not None]
    names = [theory.index[c].label for c in counterfactual.contributors if c in theory.index]
    contributors = i18n.text("render.contributors", lang, names=", ".join(names)) if names else ""
    return Note(i18n.text(key, lang), counterfactual.scenario, " · ".join(figures), contributors)
