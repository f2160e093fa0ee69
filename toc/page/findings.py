"""The findings of `toc lint` as the page lists them: grouped by theme, each with the elements it is about."""

from __future__ import annotations

from dataclasses import dataclass

from toc import i18n
from toc.language.diagnostics import Diagnostic
from toc.lint import Theme, find
from toc.model import Theory
from toc.page import words
from toc.page.elements import Catalogue, node_key
from toc.render.views import members


@dataclass(frozen=True)
class Shown:
    """A finding on the page: its number, the diagnostic, where, why, and the elements to highlight."""

    number: int
    diagnostic: Diagnostic
    message: str  # as a sentence: the linter's messages start in lower case, as compilers' do
    where: str
    why: str | None
    targets: tuple[str, ...]
    severity: str


@dataclass(frozen=True)
class Group:
    title: str
    findings: tuple[Shown, ...]


def _link_targets(diagnostic: Diagnostic, theory: Theory, keys: list[str]) -> list[str]:
    """The links a finding points at: it starts where the link does and names its two ends."""
    span = diagnostic.span
    if span is None or not diagnostic.nodes:
        return []
    found = []
    for key, link in zip(keys, theory.links):
        if link.span is None or (link.span.file, link.span.line, link.span.column) != (
                span.file, span.line, span.column):
            continue
        if set(diagnostic.nodes) <= {link.source, link.target}:
            found.append(key)
    return found


def shown(findings: list[Diagnostic], found: Catalogue) -> list[Shown]:
    """Number the findings and find what each is about; note them on their elements too."""
    lang = found.lang
    listed = []
    for number, diagnostic in enumerate(findings):
        named = [found.ref(n).key for n in diagnostic.nodes if found.knows(n)]
        links = _link_targets(diagnostic, found.theory, found.links)
        for key in (*named, *links):
            found.elements[key].findings.append(number)
        # A group is not drawn as an element of its own: a finding about it lights up its members.
        boxes = [n for n in diagnostic.nodes if n in found.boxes]
        nodes = [node_key(n) for n in diagnostic.nodes if found.theory.node(n) is not None]
        nodes += [node_key(m) for box in boxes for m in sorted(members(found.theory, box))
                  if node_key(m) not in nodes]
        rule = find(diagnostic.name) if diagnostic.name else None
        span = diagnostic.span
        where = f"{span.file}:{span.line}:{span.column}" if span else ""
        message = diagnostic.message[:1].upper() + diagnostic.message[1:]
        listed.append(Shown(number, diagnostic, message, where, rule.doc("why", lang) if rule else None,
                            tuple(nodes + links),
                            i18n.text(f"severity.{diagnostic.severity.value}", lang)))
    return listed


def grouped(listed: list[Shown], lang: str) -> list[Group]:
    """By theme, in the order a review meeting takes them (as `toc rules` lists them); the rest last."""
    themes: dict[Theme | None, list[Shown]] = {}
    for item in listed:
        rule = find(item.diagnostic.name) if item.diagnostic.name else None
        themes.setdefault(rule.theme if rule else None, []).append(item)
    groups = [Group(theme.title(lang), tuple(themes[theme])) for theme in Theme if theme in themes]
    if None in themes:
        groups.append(Group(words.t("findings.other", lang), tuple(themes[None])))
    return groups
