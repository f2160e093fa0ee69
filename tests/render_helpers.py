"""Shared material for the output tests: hostile labels and a theory made of them."""

from __future__ import annotations

from toc.model import Counterfactual, Link, Node, Theory
from toc.model.kinds import NodeKind

HOSTILE_LABELS = [
    'a "quoted" word',
    "back\\slash and \\l and \\n and \\N",
    "<script>alert(1)</script>",
    "<b>bold</b> & <i>not</i> &amp; &#60;",
    "{braces} [brackets] |pipes|",
    "javascript:alert(document.cookie)",
    '"]; n1 [image="/etc/passwd" URL="javascript:x"]; //',
    "> label end <<",
    "control\x00\x01\x07\x1b\x7f characters",
    "#quot; #35; mermaid codes",
    "Één café naïef — 日本語 ✓",
]

# Labels that would become Markdown markup if they were not escaped.
HOSTILE_MARKDOWN = [
    "*bold* and _under_",
    "pipes | in | a table",
    "<script>alert(1)</script>",
    "`code` and ``more``",
    "[x](javascript:alert(1))",
    "first line\nsecond line\n# heading\n- item",
    "![image](http://example.org/x.png)",
    "&amp; &lt;b&gt; entities",
    "~~struck~~ and $x$ math",
    "ends with a backslash \\",
    "<http://example.org> autolink",
    "title # with hashes ##",
]


def hostile_theory() -> Theory:
    """A theory whose every piece of user text is hostile (built directly, as a parser could)."""
    nodes = [Node(id="a", kind=NodeKind.INTERVENTION, label=HOSTILE_LABELS[0]),
             Node(id="ctx", kind=NodeKind.CONTEXT, label=HOSTILE_LABELS[1]),
             Node(id="asm", kind=NodeKind.ASSUMPTION, label=HOSTILE_LABELS[2]),
             Node(id="m", kind=NodeKind.MECHANISM, label=HOSTILE_LABELS[3]),
             Node(id="o", kind=NodeKind.OUTCOME, label=HOSTILE_LABELS[4], horizon="short"),
             Node(id="i", kind=NodeKind.IMPACT, label=HOSTILE_LABELS[5], horizon="long"),
             Node(id="e", kind=NodeKind.EFFECT, label=HOSTILE_LABELS[6], intended=False,
                  positive=False),
             Node(id="x", kind=NodeKind.EXTERNAL, label=HOSTILE_LABELS[7]),
             Node(id="p", kind=NodeKind.ACTOR, label=HOSTILE_LABELS[8]),
             Node(id="v", kind=NodeKind.VALUE, label=HOSTILE_LABELS[9])]
    nodes[0] = nodes[0].model_copy(update={"by": ["p"], "serves": ["v"]})
    links = [Link(source="a", target="m", when=["ctx"], assumes=["asm"], label=HOSTILE_LABELS[10]),
             Link(source="m", target="o", label=HOSTILE_LABELS[2]),
             Link(source="o", target="i", loop="reinforcing", label=HOSTILE_LABELS[6]),
             Link(source="i", target="m"),
             Link(source="x", target="o", polarity="reduces"),
             Link(source="a", target="e")]
    counterfactuals = [Counterfactual(targets=["i"], scenario=HOSTILE_LABELS[3], deadweight=20,
                                      contributors=["x"])]
    return Theory(label=HOSTILE_LABELS[2], version=HOSTILE_LABELS[0], nodes=nodes, links=links,
                  counterfactuals=counterfactuals)
