"""A diagram from Graphviz made part of the page: clickable, named for screen readers, ids made unique.

Graphviz writes every node and edge as `<g id=… class=…><title>NAME</title>…`,
in both engines toc uses. The classes that `toc.render.addresses` put on them say
which element of the theory each shape draws; here they become a `data-el` key,
a keyboard stop, and a `<title>` in words (the element's kind and name, escaped).
Graphviz's own ids would repeat across the page's several diagrams, so they go.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from markupsafe import Markup

from toc.escape.html import html_escape
from toc.page.elements import Catalogue
from toc.render.addresses import parse

_GRAPH = re.compile(r'<g id="[^"]*" class="graph"(?P<rest>[^>]*)>\s*(?:<title>[^<]*</title>)?')
_GROUP = re.compile(r'<g id="[^"]*" class="(?P<classes>[^"]*)">\s*<title>[^<]*</title>')
_SVG_TAG = re.compile(r"<svg\b[^>]*>")
_VIEWBOX = re.compile(r'viewBox="([^"]*)"')
_SIZE = re.compile(r'\b(width|height)="([\d.]+)pt"')
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_ID = re.compile(r'\sid="[^"]*"')
_FIRST_PATH = re.compile(r'<path\b[^>]*\sd="(?P<d>[^"]*)"[^>]*/>')


def _svg_tag(tag: str, title: str) -> str:
    viewbox = _VIEWBOX.search(tag)
    sizes = dict(_SIZE.findall(tag))
    return (f'<svg class="diagram" xmlns="http://www.w3.org/2000/svg" role="group" '
            f'viewBox="{viewbox.group(1) if viewbox else "0 0 100 100"}" '
            f'data-width="{sizes.get("width", "")}" data-height="{sizes.get("height", "")}" '
            f'aria-label="{html_escape(title)}">')


# What a drawn part stands for: the key of the panel it opens (None: it opens none) and its name in words.
Target = tuple[str | None, str]
# The target of the part at a position of a kind (node, link, note) in the drawn theory.
Targets = Callable[[str, int], Target]


def element_targets(found: Catalogue) -> Targets:
    """Targets of a diagram of the theory itself: every part opens its own panel."""

    def target(part: str, position: int) -> Target:
        element = found.elements[found.keys(part)[position]]
        return element.key, f"{element.caption}: {element.title}"

    return target


def annotate(svg: str, title: str, targets: Targets) -> Markup:
    """Make a Graphviz SVG clickable and readable; `title` names the whole drawing.

    A part whose target has a key becomes a button that opens its panel; one
    without (a removed element in the picture of a change) keeps only its name.
    """
    start, end = svg.find("<svg"), svg.rfind("</svg>")
    body = _COMMENT.sub("", svg[start:end + len("</svg>")])
    tag = _SVG_TAG.search(body)
    assert tag is not None, "Graphviz wrote no <svg> element"
    out = [_svg_tag(tag.group(0), title)]
    rest = body[tag.end():]
    # The drawing's own title (Graphviz names it after the graph, or leaves it out) says what the view is.
    rest = _GRAPH.sub(lambda m: f'<g class="graph"{m.group("rest")}><title>{html_escape(title)}</title>',
                      rest, count=1)
    position = 0
    for group in _GROUP.finditer(rest):
        out.append(rest[position:group.start()])
        position = group.end()
        classes = group.group("classes")
        shape = "edge" if classes.split()[0] == "edge" else "node"
        address = parse(classes)
        if address is None:
            out.append(f'<g class="{shape}">')
            continue
        key, name = targets(*address)
        if key is None:
            out.append(f'<g class="{shape}"><title>{html_escape(name)}</title>')
            continue
        out.append(f'<g class="{shape} el" data-el="{html_escape(key)}" tabindex="0" role="button">'
                   f"<title>{html_escape(name)}</title>")
        if shape == "edge":
            # A wide, invisible copy of the line, so that a thin line is easy to click.
            path = _FIRST_PATH.search(rest, position)
            if path is not None:
                out.append(rest[position:path.end()])
                out.append(f'<path class="hit" d="{path.group("d")}"/>')
                position = path.end()
    out.append(rest[position:])
    return Markup(_ID.sub("", "".join(out)))
