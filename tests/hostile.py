"""The shared hostile corpus: texts that are markup, commands or control sequences somewhere, in every place a theory holds text.

`TEXTS` are the pieces; `theory_source(lang)` writes a theory (in English or
Dutch keywords) that puts them in every label position: the title, version,
scope, description and source of the theory, the label, description and source
of nodes of every kind, indicators (label, description, unit, source, timing),
counterfactual scenarios, group labels and descriptions, link labels, sources
and worded confidence, comments, and ids where the language allows letters of
any script. `FILE_NAME` is a file name that is hostile too. The checks of what
each output may contain are here as well, so every test judges alike.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ElementTree
from html.parser import HTMLParser

import cmarkgfm

TEXTS = [
    # a terminal would act on these
    "\x1b[2J\x1b[H cleared", "\x1b]0;owned\x07 title", "\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\",
    "bell\x07", "back\x08\x08XY", "\x9b31m csi", "\u202eevil\u202c", "\u2066iso\u2069 \u061c", "line\u2028sep",
    # GitHub would make these live
    "see https://evil.example/a?b=c and www.evil.example", "mail a@evil.example", "@org/team and @someone",
    "#123, GH-4 and own/repo#5", "$x^2$ and $$y$$ costs $5",
    # markup of Markdown, HTML, XML, DOT, Mermaid, YAML, templates and workflow commands
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))",
    "*bold* _it_ ~~s~~ `code` | cell |", "&amp; &lt;b&gt; &#60;", "]]> <![CDATA[ x", "\ufffe\uffff end",
    'say "hi" \\ back', '"]; n1 [URL="javascript:x"]; //', "{braces} <<angles>>", "#quot; #35; codes",
    "%%{init: {'theme':'dark'}}%%", "click a call x()", "{% if true %}x{% endif %} {{ 7 * 7 }}",
    "::error::injected", "%0A::warning::x", "first\nsecond\n# heading\n- item",
    # ordinary text in other scripts
    "Één café naïef — 日本語 ✓", "عربي עברית", "🧑‍🤝‍🧑 samen",
]
FILE_NAME = "plan \x1b[31mred\rhidden $x$ @me #1.toc"
INCLUDE_NAME = "deel \x1b]0;t\x07 <b>.toc"

_WORDS = {
    "en": {"theory": "theory", "lang": "lang", "version": "version", "scope": "scope",
           "description": "description", "source": "source", "actor": "actor", "role": "role",
           "intervention": "intervention", "by": "by", "mechanism": "mechanism", "context": "context",
           "kind": "kind", "assumption": "assumption", "outcome": "outcome", "horizon": "horizon",
           "impact": "impact", "effect": "effect", "external": "external", "value": "value",
           "serves": "serves", "indicator": "indicator", "unit": "unit", "timing": "timing",
           "counterfactual": "counterfactual", "deadweight": "deadweight", "group": "group",
           "members": "members", "label": "label", "confidence": "confidence", "when": "when",
           "valued_by": "valued_by", "use": "use", "enabling": "enabling", "funder": "funder",
           "long": "long", "story": "story", "unintended": "unintended", "negative": "negative"},
    "nl": {"theory": "theorie", "lang": "taal", "version": "versie", "scope": "reikwijdte",
           "description": "beschrijving", "source": "bron", "actor": "actor", "role": "rol",
           "intervention": "interventie", "by": "door", "mechanism": "mechanisme", "context": "context",
           "kind": "soort", "assumption": "aanname", "outcome": "uitkomst", "horizon": "termijn",
           "impact": "impact", "effect": "effect", "external": "extern", "value": "waarde",
           "serves": "dient", "indicator": "indicator", "unit": "eenheid", "timing": "meetmoment",
           "counterfactual": "tegenfeitelijk", "deadweight": "sowieso", "group": "groep",
           "members": "leden", "label": "label", "confidence": "vertrouwen", "when": "als",
           "valued_by": "gewaardeerd_door", "use": "use", "enabling": "bevorderend", "funder": "financier",
           "long": "lang", "story": "verhaal", "unintended": "onbedoeld", "negative": "negatief"},
}


def quoted(text: str) -> str:
    """A text as a .toc string: quotes and backslashes escaped, a line break as \\n."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def theory_source(lang: str = "en", offset: int = 0) -> str:
    """A valid theory with a hostile text in every place that holds one; `offset` shifts which goes where."""
    w = _WORDS[lang]
    texts = iter(TEXTS[offset:] + TEXTS[:offset] + TEXTS)

    def q() -> str:
        return quoted(next(texts))

    return "\n".join([
        f"# {next(texts).splitlines()[0]}",
        f"{w['theory']} {q()} {{ {w['lang']}: {lang}  {w['version']}: {q()}  {w['scope']}: {q()}  "
        f"{w['description']}: {q()}  {w['source']}: {q()} }}",
        f"{w['actor']} één {q()} {{ {w['role']}: {w['funder']} }}",
        f"{w['value']} عربي {q()}",
        f"{w['intervention']} club {q()} {{ {w['by']}: één  {w['serves']}: عربي }}",
        f"{w['mechanism']} m {q()} {{ {w['description']}: {q()} }}",
        f"{w['context']} c {q()} {{ {w['kind']}: {w['enabling']} }}",
        f"{w['assumption']} a {q()} {{ {w['source']}: {q()} }}",
        f"{w['outcome']} o {q()} {{ {w['horizon']}: {w['long']}  {w['valued_by']}: één  "
        f"{w['indicator']} {q()} {{ {w['kind']}: {w['story']}  {w['description']}: {q()}  "
        f"{w['unit']}: {q()}  {w['source']}: {q()}  {w['timing']}: {q()} }} }}",
        f"{w['impact']} z {q()} {{ {w['horizon']}: {w['long']} }}",
        f"{w['effect']} e {q()} {{ {w['unintended']} {w['negative']} }}",
        f"{w['external']} x {q()}",
        f"{w['group']} g {q()} {{ {w['members']}: m, c  {w['description']}: {q()} }}",
        f"club -> m -> o {{ {w['label']}: {q()}  {w['when']}: c  {w['source']}: {q()}  "
        f"{w['confidence']}: {q()} }}",
        f"o -> z {{ {w['label']}: {q()} }}",
        "x -> o",
        "club -> e",
        f"{w['counterfactual']} z {{ {q()}  {w['deadweight']}: 20% }}",
    ]) + "\n"


# What each kind of output may not contain -------------------------------------------------------------

# What a terminal acts on rather than shows (as toc.escape.terminal lists them).
TERMINAL_ACTIVE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e"
                             "\u2066-\u2069]")
# Code points XML 1.0 forbids (tab, line feed and carriage return are allowed).
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# What GitHub makes live in text: addresses, mentions and issue references.
GITHUB_LIVE = re.compile(r"https?://|www\.|@[\w-]+|\B#\d+|GH-\d+")


def assert_terminal_safe(text: str) -> None:
    assert not TERMINAL_ACTIVE.search(text), sorted(set(TERMINAL_ACTIVE.findall(text)))


def assert_json(text: str) -> object:
    assert_terminal_safe(text)
    return json.loads(text)


def assert_markdown_inert(markdown: str) -> None:
    """Nothing from user text is a link, an image, HTML, a mention, a reference or mathematics on GitHub."""
    html = cmarkgfm.github_flavored_markdown_to_html(markdown)
    for made in ("<a ", "<img", "<script", "<iframe"):
        assert made not in html, made
    outside_code = re.sub(r"<code>.*?</code>", "", html, flags=re.DOTALL)
    assert not GITHUB_LIVE.search(outside_code), GITHUB_LIVE.findall(outside_code)[:5]
    assert "$" not in re.sub(r"(`+).*?\1", "", markdown), "a dollar outside code starts mathematics"
    assert not XML_FORBIDDEN.search(markdown)


class _Elements(HTMLParser):
    """Every element and attribute of a page, as a browser's parser sees them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += [(name, value or "") for name, value in attrs]


def elements(html: str) -> _Elements:
    parsed = _Elements()
    parsed.feed(html)
    return parsed


def assert_svg_inert(svg: str) -> None:
    """The drawing is valid XML with no script, event handler or link that user text made."""
    assert not XML_FORBIDDEN.search(svg)
    root = ElementTree.fromstring(svg)
    for element in root.iter():
        assert not element.tag.endswith(("script", "foreignObject")), element.tag
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), name
            assert "javascript:" not in value.lower(), (name, value)
