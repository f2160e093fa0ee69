"""Classes that make the parts of a drawn diagram addressable: one per node, link and note, by position.

A page that shows the diagram finds, from these classes in the SVG, which part of
the theory a shape belongs to. They are built from positions in the theory, never
from its text, so no user text reaches an attribute of the drawing.
"""

from __future__ import annotations

import re

# Graphviz writes a '-' in a class as '&#45;'; underscores pass unchanged.
_PREFIX = {"node": "toc_n", "link": "toc_l", "note": "toc_c"}
_ADDRESS = re.compile(r"(?<![\w])toc_([nlc])(\d+)(?![\w])")
_KINDS = {"n": "node", "l": "link", "c": "note"}


def address(part: str, position: int) -> str:
    """The class of a part: `part` is node, link or note; `position` its place in the theory's list."""
    return f"{_PREFIX[part]}{position}"


def parse(classes: str) -> tuple[str, int] | None:
    """The part and position that a class list addresses, or None for unaddressed shapes."""
    found = _ADDRESS.search(classes)
    if found is None:
        return None
    return _KINDS[found.group(1)], int(found.group(2))
