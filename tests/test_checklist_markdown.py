"""User text in a checklist stays text: labels cannot break the Markdown or inject links, HTML or markup."""

from __future__ import annotations

import re

import pytest
from markdown_it import MarkdownIt

from tests.conftest import EXAMPLES, load_text
from tests.render_helpers import HOSTILE_MARKDOWN as HOSTILE
from toc.checklist import make_checklist


def markdown() -> MarkdownIt:
    # CommonMark plus the GitHub extensions a table or strikethrough could sneak in through.
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def flattened(label: str) -> str:
    return " ".join(label.split())


def hostile_theory() -> str:
    # Every label, the title, version and scope are hostile; `\\n` is a newline inside a .toc string.
    def quoted(i: int) -> str:
        return '"' + HOSTILE[i % len(HOSTILE)].replace("\\", "\\\\").replace("\n", "\\n") + '"'

    return f"""\
theory {quoted(0)} {{ version: {quoted(1)}  scope: {quoted(2)}  lang: en }}
actor city {quoted(3)} {{ role: funder }}
actor people {quoted(4)} {{ role: participant }}
intervention club {quoted(5)} {{ by: city }}
output sessions {quoted(6)}
mechanism m {quoted(7)}
context c {quoted(8)} {{ kind: hindering }}
outcome grades {quoted(9)} {{ horizon: medium  valued_by: city }}
impact future {quoted(10)} {{ horizon: long  valued_by: city }}
effect e {quoted(11)}
assumption a {quoted(0)} {{ risk: high  evidence: untested }}
club -> sessions -> grades -> future {{ assumes: a }}
sessions -> m -> grades
c -| m
club -> e
"""


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_hostile_labels_do_not_change_the_shape_of_the_checklist(lang) -> None:
    # The same theory with harmless labels, as different from each other as the hostile ones.
    hostile = hostile_theory()
    names: dict[str, str] = {}
    plain = re.sub(r'"[^"]*"', lambda m: names.setdefault(m.group(0), f'"Plain label {len(names)}"'),
                   hostile)
    hostile_tokens = markdown().parse(make_checklist(load_text(hostile), "t.toc", lang))
    plain_tokens = markdown().parse(make_checklist(load_text(plain), "t.toc", lang))
    assert [t.type for t in hostile_tokens] == [t.type for t in plain_tokens]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_hostile_labels_render_as_literal_text_and_nothing_else(lang) -> None:
    text = make_checklist(load_text(hostile_theory()), "t.toc", lang)
    tokens = [c for t in markdown().parse(text) if t.children for c in t.children]
    kinds = {t.type for t in tokens}
    assert not kinds & {"html_inline", "link_open", "image", "s_open", "softbreak", "hardbreak"}
    # The code spans are the ones the checklist writes itself (command and rule names), and the
    # words of labels that GitHub would make live (an address), which are shown as code.
    assert {t.content for t in tokens if t.type == "code_inline"} <= {"toc checklist", "toc lint",
                                                                    "toc explain"} | _rule_names() \
        | {"http://example.org/x.png)", "http://example.org"}
    emphasised = set()
    for start, token in enumerate(tokens):
        if token.type == "em_open":
            end = next(i for i in range(start, len(tokens)) if tokens[i].type == "em_close")
            emphasised.add("".join(t.content for t in tokens[start + 1:end]))
    assert emphasised <= {flattened(label) for label in HOSTILE}
    assert len(emphasised) >= 8  # the hostile labels really were shown


def test_the_hostile_title_is_one_heading_with_the_whole_title() -> None:
    tokens = markdown().parse(make_checklist(load_text(hostile_theory()), "t.toc"))
    heading = tokens[1]
    assert tokens[0].type == "heading_open" and tokens[0].tag == "h1"
    assert heading.content.startswith("Review checklist: ")
    inline_text = "".join(c.content for c in heading.children)
    assert inline_text == "Review checklist: " + flattened(HOSTILE[0])


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_checklists_are_well_formed_markdown(path) -> None:
    text = make_checklist(load_text(path.read_text(encoding="utf-8"), str(path)), path.name)
    tokens = markdown().parse(text)
    assert [t.tag for t in tokens if t.type == "heading_open"] == ["h1"] + ["h2"] * 8
    # Open and ticked items have a box; items that do not apply say so instead (n/a, n.v.t.).
    items = [line for line in text.splitlines()
             if re.match(r"- (\[[ x]\]|n/a|n\.v\.t\.) \*\*\d\.\d ", line)]
    assert len(items) == 22


def _rule_names() -> set[str]:
    from toc.lint import RULES

    return {rule.name for rule in RULES}
