"""The diff as text, Markdown and JSON: words in both languages, user text as data in each target."""

from __future__ import annotations

import json

from markdown_it import MarkdownIt

from tests.diff.helpers import HEADER, diff_texts
from tests.diff.schema import validate
from toc.diff.markdown import to_markdown
from toc.diff.text import to_text

OLD = HEADER + """intervention act "Act"
outcome o "Result" { horizon: short }
assumption weekly "Weekly" { risk: high  evidence: untested }
act -> o { assumes: weekly }
counterfactual o { "Anyway." deadweight: 20% }
"""
HOSTILE = '*bold* <script>x</script> [link](http://x) | `code` # \x1b[31mred'


def test_values_are_written_as_the_reader_writes_them() -> None:
    new = OLD.replace("risk: high  evidence: untested", "risk: medium  evidence: weak")
    new = new.replace("deadweight: 20%", "deadweight: 35%").replace("horizon: short", "horizon: long")
    made = diff_texts(OLD, new)
    english, dutch = to_text(made, "en"), to_text(made, "nl")
    assert "assumption weekly “Weekly”: risk high → medium; evidence untested → weak" in english
    assert "aanname weekly “Weekly”: risico hoog → middel; bewijs ongetoetst → zwak" in dutch
    assert "counterfactual for o: deadweight 20% → 35%" in english
    assert "tegenfeitelijk scenario voor o: sowieso 20% → 35%" in dutch
    assert "outcome o “Result”: horizon short → long" in english
    assert "uitkomst o “Result”: termijn kort → lang" in dutch


def test_each_item_is_placed_in_the_new_file_or_the_old_one_for_a_removal() -> None:
    new = OLD.replace('act -> o { assumes: weekly }\n', "").replace('assumption weekly "Weekly" { risk: high  evidence: untested }\n', "")
    text = to_text(diff_texts(OLD, new), "en")
    assert "  old.toc:4:1: removed assumption weekly “Weekly”" in text
    assert "  old.toc:5:1: removed link act -> o" in text


def test_flags_read_as_flags() -> None:
    new = OLD.replace('{ horizon: short }', '{ horizon: short  unintended negative }')
    assert "outcome o “Result”: intended → unintended; positive → negative" in to_text(diff_texts(OLD, new), "en")
    assert "uitkomst o “Result”: bedoeld → onbedoeld; positief → negatief" in to_text(diff_texts(OLD, new), "nl")


def test_a_value_set_for_the_first_time() -> None:
    new = OLD.replace('intervention act "Act"', 'intervention act "Act" { description: "Weekly" }')
    assert "intervention act “Act”: description not set → “Weekly”" in to_text(diff_texts(OLD, new), "en")


def test_user_text_is_data_in_markdown() -> None:
    new = OLD.replace('"Result"', f'"{HOSTILE}"')
    markdown = to_markdown(diff_texts(OLD, new), "en")
    html = MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(markdown)
    assert "<script>" not in html and "<strong>" not in html.replace("<strong>Elements</strong>", "")
    assert "<a " not in html and "<table" not in html
    # The one code span is the address, which GitHub would link: shown as code, not as a link.
    assert html.count("<code>") == 1 and "[link](<code>http://x)</code>" in html
    assert "*bold*" in html


def test_user_text_cannot_steer_the_terminal() -> None:
    new = OLD.replace('"Result"', f'"{HOSTILE}"')
    text = to_text(diff_texts(OLD, new), "en")
    assert "\x1b" not in text and "\\x1b[31mred" in text


def test_colour_only_when_asked() -> None:
    made = diff_texts(OLD, OLD.replace("deadweight: 20%", "deadweight: 35%"))
    assert "\x1b[" not in to_text(made, "en")
    assert "\x1b[33m" in to_text(made, "en", color=True)


def test_json_follows_the_schema_and_keeps_values_as_values() -> None:
    new = OLD.replace('"Result"', f'"{HOSTILE}"').replace("deadweight: 20%", "deadweight: 35%")
    data = diff_texts(OLD, new).to_json_data()
    validate(data)
    change = next(c for c in data["changes"] if c["field"] == "deadweight")
    assert (change["old"], change["new"]) == (20.0, 35.0)
    label = next(c for c in data["changes"] if c["field"] == "label")
    assert label["new"] == HOSTILE  # raw: escaping is the reader's business
    assert json.loads(json.dumps(data)) == data


def test_the_same_meaning_is_said_as_such() -> None:
    made = diff_texts(OLD, OLD + "# only a comment\n")
    assert to_text(made, "en") == "old.toc → new.toc: the meaning is the same.\n"
    assert to_text(made, "nl") == "old.toc → new.toc: de betekenis is gelijk gebleven.\n"
    assert made.to_json_data()["same"] is True
