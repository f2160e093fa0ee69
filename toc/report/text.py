"""Diagnostics as text for a terminal: `file:line:col: severity: message`, source line, caret and hint."""

from __future__ import annotations

from toc import i18n
from toc.escape.terminal import terminal_text
from toc.language.diagnostics import Diagnostic
from toc.language.source import Source


def _caret_line(source: Source | None, diagnostic: Diagnostic) -> list[str]:
    span = diagnostic.span
    if source is None or span is None:
        return []
    line_text = terminal_text(source.line_text(span.line).replace("\t", " "))
    if not line_text.strip() and span.line > source.line_count:
        return []
    width = len(str(span.line))
    end = span.end_column if span.end_line == span.line else len(line_text) + 1
    length = max(1, min(end, len(line_text) + 1) - span.column)
    gutter = " " * width
    return [
        f" {span.line} | {line_text}",
        f" {gutter} | {' ' * (span.column - 1)}{'^' * length}",
    ]


def format_text(diagnostic: Diagnostic, sources: dict[str, Source], *, color: bool = False,
                lang: str = "en") -> str:
    """Format one diagnostic as `file:line:col: severity: message`, source line, caret and hint.

    The severity words stay English in every language, as editors and CI systems
    recognise `error:` and `warning:`; the hint's label follows the language.
    """
    severity = diagnostic.severity.value
    if diagnostic.code.startswith("E") or not diagnostic.name:
        label = severity
    else:
        label = f"{severity}[{diagnostic.name}]"
    if color:
        label = _paint(label, {"error": "31", "warning": "33", "info": "36"}[severity])
    if diagnostic.whole_theory and diagnostic.span:
        # A question about the theory as a whole points at no line.
        where, source = diagnostic.span.file, None
    else:
        where = str(diagnostic.span) if diagnostic.span else "toc"
        source = sources.get(diagnostic.span.file) if diagnostic.span else None
    lines = [f"{terminal_text(where)}: {label}: {terminal_text(diagnostic.message)}",
             *_caret_line(source, diagnostic)]
    for related in diagnostic.related:
        lines.append(f"  {terminal_text(str(related.span))}: {terminal_text(related.message)}")
    if diagnostic.hint:
        lines.append(f"  {i18n.text('report.hint_label', lang)}: {terminal_text(diagnostic.hint)}")
    return "\n".join(lines)


def _paint(text: str, code: str) -> str:
    return f"\x1b[1;{code}m{text}\x1b[0m"


def format_findings(diagnostics: list[Diagnostic], sources: dict[str, Source], *, color: bool = False,
                    lang: str = "en") -> list[str]:
    """Every diagnostic as a block of text: those on a line first, in order, then the questions
    about the theory as a whole under a heading of their own (once, not as warnings on line 1)."""
    placed = [d for d in diagnostics if not d.whole_theory]
    whole = [d for d in diagnostics if d.whole_theory]
    blocks = [format_text(d, sources, color=color, lang=lang) for d in placed]
    if whole:
        heading = i18n.text("report.whole_theory", lang, count=len(whole))
        texts = [format_text(d, sources, color=color, lang=lang) for d in whole]
        blocks += [f"{heading}\n{texts[0]}", *texts[1:]]
    return blocks
