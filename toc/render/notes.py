"""A counterfactual note: its words, shared by the DOT and Mermaid diagrams, and its DOT label."""

from __future__ import annotations

from dataclasses import dataclass

from toc import i18n
from toc.escape.dot import html_text
from toc.model import Counterfactual, Theory
from toc.render import style
from toc.render.packing import label_size
from toc.render.statements import Html
from toc.render.wrap import wrap

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


def note_label(note: Note, tag: str = "") -> tuple[Html, tuple[float, float]]:
    """A note as a left-aligned HTML-like label (figures in bold), and roughly how large it is.

    `tag` is markup made by the caller (a change's mark), put after the caption.
    """
    width = style.fitted(note.scenario, style.NOTE_WIDTH)
    scenario = [line for line in wrap(note.scenario, width) if line]
    figures = [line for line in wrap(note.figures, width) if line]
    contributors = [line for line in wrap(note.contributors, width) if line]
    lines = [f'<font point-size="8" color="{style.CAPTION_COLOUR}">{html_text(note.caption)}{tag}</font>']
    lines += [html_text(line) for line in scenario]
    lines += [f"<b>{html_text(line)}</b>" for line in figures]
    lines += [html_text(line) for line in contributors]
    left = '<br align="left"/>'
    size = label_size([*scenario, *figures, *contributors], 9, note.caption)
    return Html(left.join(lines) + left), size
