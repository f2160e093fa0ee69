"""Inline suppression: `# toc: ignore[rule, ...]` on a finding's line, the line above, or its declaration."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from toc import i18n
from toc.language.codes import problem
from toc.language.diagnostics import Diagnostic
from toc.language.suggest import offer, suggest
from toc.lint.config import code_of, known_names
from toc.model.span import Span

if TYPE_CHECKING:
    from toc.analysis.facts import Facts
    from toc.language.load import Loaded

_DIRECTIVE = re.compile(r"#\s*toc:\s*ignore\b(?:\[([^\]]*)\])?")
EVERY_RULE = "*"
UNKNOWN_CODE = "TOC001"

Directives = dict[tuple[str, int], set[str]]


def directives(loaded: Loaded, lang: str) -> tuple[Directives, list[Diagnostic]]:
    """Map (file, line) to the rule codes silenced there; unknown names become warnings."""
    silenced: Directives = {}
    problems: list[Diagnostic] = []
    comments = (comment for document in loaded.documents.values() for comment in document.comments)
    for comment in comments:
        match = _DIRECTIVE.search(comment.text)
        if match is None:
            continue
        codes = _codes(match.group(1), comment.span, lang, problems)
        lines = [comment.span.line]
        source = loaded.sources.get(comment.span.file)
        if source and not source.line_text(comment.span.line)[: comment.span.column - 1].strip():
            lines.append(comment.span.line + 1)  # a comment on its own line covers the next one
        for line in lines:
            silenced.setdefault((comment.span.file, line), set()).update(codes)
    return silenced, problems


def _codes(listed: str | None, span: Span, lang: str, problems: list[Diagnostic]) -> set[str]:
    if listed is None:
        return {EVERY_RULE}
    codes: set[str] = set()
    for name in (part.strip() for part in listed.split(",")):
        code = code_of(name) if name else None
        if code is not None:
            codes.add(code)
        elif name:
            message = offer(i18n.text("lint.unknown_in_comment", lang, name=name),
                            suggest(name, known_names()), lang)
            problems.append(problem(UNKNOWN_CODE, message, span,
                                    i18n.text("lint.unknown_rule.hint", lang)))
    return codes


def is_silenced(code: str, where: Span | None, nodes: tuple[str, ...], silenced: Directives,
                facts: Facts) -> bool:
    """Tell whether a directive covers a finding's line or its main node's declaration."""
    places: list[Span] = [where] if where else []
    main = facts.index.get(nodes[0]) if nodes else None
    if main is not None and main.span is not None:
        places.append(main.span)
    if where is not None and where == facts.header_span and facts.theory.span:
        places.append(facts.theory.span)
    for span in places:
        for line in range(span.line, span.end_line + 1):
            codes = silenced.get((span.file, line))
            if codes and (EVERY_RULE in codes or code in codes):
                return True
    return False
