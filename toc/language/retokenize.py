"""The tokens of an edited text from those of the text before it: only the changed lines are read again.

An editor sends a new text for every keystroke, and almost all its lines are
the lines of the text before. No token spans a line break, so the tokens of
the unchanged lines at the start are the old ones as they are, those of the
unchanged lines at the end are the old ones moved by the length and the lines
the edit added or removed, and only the lines in between are tokenized. The
result is what `toc.language.descent.tokenize` makes of the whole new text (a
test compares the two on random edits).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from toc.language.descent import END, Tokens, tokenize
from toc.language.lexicon import Lexicon


@dataclass(frozen=True)
class Tokenized:
    """A text with its tokens, kept to tokenize its next version."""

    text: str
    tokens: Tokens


def retokenize(before: Tokenized, text: str, shape: Lexicon) -> Tokens:
    """The tokens of `text`, reading again only the lines that differ from `before.text`."""
    if "\r" in text or "\r" in before.text:
        # Lines that end with CR (alone or before LF) are rare; such a text is read whole.
        return tokenize(text, shape)
    old_lines, new_lines = before.text.split("\n"), text.split("\n")
    shortest = min(len(old_lines), len(new_lines))
    head = 0
    while head < shortest and old_lines[head] == new_lines[head]:
        head += 1
    tail = 0
    while tail < shortest - head and old_lines[-1 - tail] == new_lines[-1 - tail]:
        tail += 1
    old_end, new_end = len(old_lines) - tail, len(new_lines) - tail
    prefix_end = sum(map(len, new_lines[:head])) + head  # where the first changed line starts
    old_suffix = len(before.text) - (sum(map(len, old_lines[old_end:])) + tail - 1 if tail else 0)
    new_suffix = len(text) - (sum(map(len, new_lines[new_end:])) + tail - 1 if tail else 0)
    old = before.tokens
    last = len(old.kinds) - 3  # the END tokens close the lists
    keep = bisect_left(old.starts, prefix_end, 0, last)
    moved = bisect_left(old.starts, old_suffix, keep, last) if tail else last
    middle = tokenize("\n".join(new_lines[head:new_end]), shape) if head < new_end else None
    tokens = Tokens(old.kinds[:keep], old.texts[:keep], old.starts[:keep], old.lines[:keep],
                    old.columns[:keep])
    tokens.comments = [c for c in old.comments if c[0] < prefix_end]
    tokens.glued = [g for g in old.glued if g[0] < prefix_end]
    if middle is not None:
        count = len(middle.kinds) - 3
        tokens.kinds += middle.kinds[:count]
        tokens.texts += middle.texts[:count]
        tokens.starts += [start + prefix_end for start in middle.starts[:count]]
        tokens.lines += [line + head for line in middle.lines[:count]]
        tokens.columns += middle.columns[:count]
        tokens.comments += [(start + prefix_end, end + prefix_end) for start, end in middle.comments]
        tokens.glued += [(start + prefix_end, end + prefix_end) for start, end in middle.glued]
    if tail:
        shift, line_shift = new_suffix - old_suffix, new_end - old_end
        tokens.kinds += old.kinds[moved:last]
        tokens.texts += old.texts[moved:last]
        tokens.starts += ([start + shift for start in old.starts[moved:last]] if shift
                          else old.starts[moved:last])
        tokens.lines += ([line + line_shift for line in old.lines[moved:last]] if line_shift
                         else old.lines[moved:last])
        tokens.columns += old.columns[moved:last]
        tokens.comments += [(start + shift, end + shift) for start, end in old.comments
                            if start >= old_suffix]
        tokens.glued += [(start + shift, end + shift) for start, end in old.glued if start >= old_suffix]
    for _ in range(3):
        tokens.kinds.append(END)
        tokens.texts.append("")
        tokens.starts.append(len(text))
        tokens.lines.append(len(new_lines))
        tokens.columns.append(0)
    return tokens
