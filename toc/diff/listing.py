"""A theory's meaning as sorted lines, one fact a line: what git shows when `toc diff` is its textconv.

Two versions that differ only in layout, comments or order give the same
lines, so git's own line diff of two listings shows only changes in meaning.
"""

from __future__ import annotations

from pydantic import BaseModel

from toc.diff.changes import Step
from toc.diff.compare import step_of
from toc.diff.match import key_fields, meaning_fields, same
from toc.diff.text import terminal_text
from toc.diff.words import Words
from toc.model import Theory


def listing(theory: Theory, lang: str) -> str:
    """Every part and every field that is set, one line each, sorted."""
    words = Words(lang, terminal_text)
    lines: list[str] = []
    _facts(theory, (), words, lines)
    return "".join(f"{line}\n" for line in sorted(lines))


def _facts(model: BaseModel, path: tuple[Step, ...], words: Words, lines: list[str],
           prefix: str = "") -> None:
    subject = words.trail(path, with_title=False, parent_titles=False)
    part = path[-1].part if path else "theory"
    # What names the part already (its key, label and kind) is not repeated as a field.
    named = set(key_fields(type(model))[0])
    if path:
        named |= {"label"} if path[-1].title is not None else set()
        named |= {"kind"} if path[-1].kind is not None else set()
    for name in meaning_fields(type(model)):
        value = getattr(model, name)
        if isinstance(value, list) and value and isinstance(value[0], BaseModel):
            for item in value:
                step = step_of(item, same)
                lines.append(words.trail((*path, step), parent_titles=False))
                _facts(item, (*path, step), words, lines)
        elif isinstance(value, BaseModel):
            _facts(value, path, words, lines, f"{prefix}{name}.")
        elif name in named or value is None or value == []:
            continue
        else:
            field = words.field(part, prefix + name)
            for item in value if isinstance(value, list) else [value]:
                shown = words.value(part, prefix + name, item)
                # A yes/no property reads as its flag alone: `unintended`, not `intended unintended`.
                lines.append(f"{subject}: {shown}" if isinstance(item, bool) else
                             f"{subject}: {field} {shown}")
