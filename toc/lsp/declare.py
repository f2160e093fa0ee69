"""Declare an unknown id: one declaration per kind the place allows, written where declarations stand."""

from __future__ import annotations

from toc.language.source import Source
from toc.language.syntax import Declaration, Document, Header, LinkStatement
from toc.language.vocabulary import NODE_KIND_BY_WORD, NODE_WORDS, THEORY
from toc.lsp.lines import Edit, indentation, insert_line
from toc.model.kinds import NodeKind


def declaration(node_id: str, kind: NodeKind, lang: str) -> str:
    """`outcome school_results "School results"`: the kind's keyword in the theory's language, the id,
    and a label made from the id for the writer to improve (an id never holds a quote or a backslash)."""
    label = node_id.replace("_", " ").strip() or node_id
    return f'{NODE_WORDS[kind].spelt(lang)} {node_id} "{label[:1].upper()}{label[1:]}"'


def declaration_edit(node_id: str, kind: NodeKind, document: Document, source: Source,
                     lang: str) -> Edit:
    """Insert the declaration after the last one of the same kind, else after the last declaration,
    else before the first link, else after the header, else at the top."""
    declared = [s for s in document.statements
                if type(s) is Declaration and s.keyword.text in NODE_KIND_BY_WORD]
    same = [s for s in declared if NODE_KIND_BY_WORD[s.keyword.text] is kind]
    anchor = (same or declared)[-1] if (same or declared) else None
    text = declaration(node_id, kind, lang)
    if anchor is not None:
        return insert_line(source, anchor.span.end_line, None, indentation(source, anchor.span.line) + text)
    link = next((s for s in document.statements if type(s) is LinkStatement), None)
    if link is not None:
        return insert_line(source, None, link.span.line, indentation(source, link.span.line) + text)
    header = next((s for s in document.statements
                   if type(s) is Header and s.keyword.text in THEORY.spellings), None)
    if header is not None:
        return insert_line(source, header.span.end_line, None, text)
    return insert_line(source, None, 1, text)

