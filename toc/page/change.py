"""The page's "What changed": the picture of a change, clickable where a part still is, and in words.

The words are `toc.diff.outline`'s, told through the page's one escaping function
(`html_escape`): every piece of user text in a sentence is escaped once, where the
diff names it, and the catalogue's own text around it here, so a sentence is
markup as it stands. The picture is `toc.diff.picture`'s, drawn addressable like
the page's other diagrams: what is new or changed opens the panel of the new
version's element; what was removed has no panel and only says what it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from toc import i18n
from toc.diff.changes import Diff, Step
from toc.diff.outline import outline
from toc.diff.picture import marked
from toc.diff.words import Words
from toc.escape.html import html_escape
from toc.model import Theory
from toc.page import words
from toc.page.elements import Catalogue, node_key, note_title
from toc.page.svg import Target, Targets
from toc.page.tabs import Tab
from toc.render.dot import Options, to_dot
from toc.render.style import caption
from toc.render.views import View

KEY = "change"  # the tab's key; no other tab's key is a bare word


@dataclass(frozen=True)
class Against:
    """The older version a page compares its theory with, and the diff from it to the page's theory."""

    old: Theory
    diff: Diff


@dataclass(frozen=True)
class Said:
    """One item of the change in words: what happened, the sentence, where, and the panel it opens."""

    action: str
    text: Markup
    where: Markup | None
    key: str | None


@dataclass(frozen=True)
class Part:
    title: Markup
    lines: tuple[Said, ...]


@dataclass(frozen=True)
class Change:
    """What the page shows of a change: its tab and picture, and the change in words."""

    tab: Tab
    dot: str
    targets: Targets
    summary: tuple[Markup, ...]
    parts: tuple[Part, ...]
    old_name: str


class _HtmlWords(Words):
    """The diff's words as HTML: the catalogue's text escaped like the user text it holds."""

    def t(self, key: str, **values: Any) -> str:
        # The values arrive escaped (the diff passes user text through `escape`), so only the
        # template is escaped here, and each character of a sentence is escaped exactly once.
        return str(html_escape(i18n.template(key, self.lang))).format(**values)


def _keys(found: Catalogue) -> dict[tuple[str, tuple[str, ...]], str]:
    """The panel of each part of the new version, by the part and key a diff names it with."""
    theory = found.theory
    keys: dict[tuple[str, tuple[str, ...]], str] = {
        ("node", (node.id,)): node_key(node.id) for node in theory.nodes}
    for link, key in zip(theory.links, found.links):
        keys.setdefault(("link", (link.source, link.target, link.polarity)), key)
    for note, key in zip(theory.counterfactuals, found.notes):
        keys.setdefault(("counterfactual", tuple(sorted(note.targets))), key)
    keys.update({("group", (group.id,)): key for group, key in zip(theory.groups, found.groups)})
    return keys


def _key(about: tuple[Step, ...], keys: dict[tuple[str, tuple[str, ...]], str]) -> str | None:
    """The panel of the part a change is about (an indicator's is its element's), if it still exists."""
    if not about:
        return None
    step = about[0]
    key = tuple(sorted(step.key)) if step.part == "counterfactual" else step.key
    return keys.get((step.part, key))


def _targets(drawn: Theory, found: Catalogue, lang: str) -> Targets:
    """What each part of the picture opens: the new version's panel, or nothing for what was removed."""
    new = found.theory
    removed = i18n.text("render.mark.removed", lang)
    # A pair of ends is drawn once, as the new version's last link between them.
    lines = {(link.source, link.target): key for link, key in zip(new.links, found.links)}

    def named(key: str) -> Target:
        element = found.elements[key]
        return key, f"{element.caption}: {element.title}"

    def label(node_id: str) -> str:
        node = drawn.node(node_id)
        return node.label if node is not None else node_id

    def target(part: str, position: int) -> Target:
        if part == "node":
            node = drawn.nodes[position]
            if new.node(node.id) is not None:
                return named(node_key(node.id))
            return None, f"{caption(node, lang)}: {node.label} ({removed})"
        if part == "link":
            link = drawn.links[position]
            key = lines.get((link.source, link.target))
            if key is not None:
                return named(key)
            return None, f"{label(link.source)} → {label(link.target)} ({removed})"
        if position < len(found.notes):
            return named(found.notes[position])
        return None, f"{note_title(drawn.counterfactuals[position], found)} ({removed})"

    return target


def change(theory: Theory, against: Against, found: Catalogue, lang: str) -> Change:
    """The picture and the words of the change from the older version to the page's theory."""
    drawn, marks = marked(against.old, theory, against.diff, lang)
    dot = to_dot(drawn, Options(View(), "LR", lang, legend=True, marks=marks, addressable=True, title=False))
    told = outline(against.diff, _HtmlWords(lang, html_escape))
    keys = _keys(found)
    parts = tuple(
        Part(Markup(section.title), tuple(
            Said(line.action, Markup(line.text), Markup(line.where) if line.where else None,
                 _key(line.about, keys))
            for line in section.lines))
        for section in told.sections)
    tab = Tab(KEY, words.t("tab.change", lang), View())
    return Change(tab, dot, _targets(drawn, found, lang), tuple(Markup(s) for s in told.summary), parts,
                  against.diff.old.name)
