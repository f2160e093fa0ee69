"""Quick fixes: the sure edits that remove a finding, each titled in the theory's language.

- a "did you mean" (a misspelt id, keyword, attribute, flag or value; a fraction where a
  percentage belongs): replace the word with the suggestion, the preferred fix;
- an id that is declared nowhere and is like no declared id: declare it, one fix per kind
  of element the place allows;
- a lint finding that names attributes as its sure fix (`loop:` on a loop whose arrows say
  its kind, `baseline: unknown` on a number indicator without baseline or target): add them;
- any lint finding: a `# toc: ignore[rule]` comment on its line (on the header for a question
  about the whole theory).
"""

from __future__ import annotations

from dataclasses import dataclass

from toc import i18n
from toc.language.diagnostics import Diagnostic
from toc.language.source import Source
from toc.language.syntax import Document
from toc.lsp.additions import addition
from toc.lsp.declare import declaration_edit
from toc.lsp.lines import Edit
from toc.lsp.silence import silence_edit


@dataclass(frozen=True)
class Fix:
    """One quick fix: its title, its edits in the document, and whether editors should prefer it."""

    title: str
    edits: tuple[Edit, ...]
    preferred: bool = False


def fixes(diagnostic: Diagnostic, document: Document, source: Source, lang: str, *,
          lint: bool) -> list[Fix]:
    """The quick fixes for a finding in `document` (none for one in a file it includes).

    `lint`: the finding is the linter's, and so can be silenced with a comment.
    """
    span = diagnostic.span
    if span is None or span.file != source.path:
        return []
    found: list[Fix] = []
    if diagnostic.suggestion is not None:
        found.append(Fix(i18n.text("lsp.fix.replace", lang, word=diagnostic.suggestion),
                         ((span.start, span.end, diagnostic.suggestion),), preferred=True))
    elif diagnostic.expects:
        # Like no declared id: a new element, of a kind the place takes.
        node_id = source.text[span.start:span.end]
        found += [Fix(i18n.text("lsp.fix.declare", lang, name=node_id,
                                kind=i18n.text(f"kind.{kind.value}", lang)),
                      (declaration_edit(node_id, kind, document, source, lang),))
                  for kind in diagnostic.expects]
    if diagnostic.adds:
        added = addition(diagnostic.adds, span, document, source, lang)
        if added is not None:
            pairs, edit = added
            found.append(Fix(i18n.text("lsp.fix.add", lang, attributes=pairs), (edit,), preferred=True))
    if lint and diagnostic.name:
        key = "lsp.fix.ignore.theory" if diagnostic.whole_theory else "lsp.fix.ignore"
        found.append(Fix(i18n.text(key, lang, rule=diagnostic.name),
                         (silence_edit(diagnostic.name, span.line, document, source),)))
    return found
