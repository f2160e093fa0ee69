"""Render a filled-in checklist as Markdown; every label goes through toc.escape.markdown."""

from __future__ import annotations

from toc import i18n
from toc.checklist.assemble import Checklist, Point, State
from toc.checklist.terms import Label, Labels, Number, Phrase, Question, Value
from toc.escape.markdown import escape_markdown

MAX_NODES = 5


def emphasis(text: str) -> str:
    """Show a label in italics, escaped; a label of white space alone stays visible as a dash."""
    escaped = escape_markdown(text)
    return f"*{escaped}*" if escaped else "—"


def render(checklist: Checklist, lang: str) -> str:
    """Render a checklist as a Markdown document in a language."""
    points = checklist.points
    lines = [f"# {text('title', lang, title=escape_markdown(checklist.title or checklist.file))}", ""]
    about = [text("version", lang, version=escape_markdown(checklist.version))] if checklist.version else []
    if checklist.scope:
        about.append(text("scope", lang, scope=escape_markdown(checklist.scope)))
    if about:
        lines += [" · ".join(about), ""]
    opened = sum(point.open for point in points)
    variant = "none" if opened == 0 else "one" if opened == 1 else "many"
    made = text(f"made.{variant}", lang, file=escape_markdown(checklist.file), open=opened,
                total=len(points))
    na = sum(point.state is State.NOT_APPLICABLE for point in points)
    if na:
        made += " " + text("made.na.one" if na == 1 else "made.na.many", lang, n=na)
    lines += [made, "", text("howto", lang), ""]
    for section in checklist.sections:
        lines += [f"## {section.number}. {text(f'theme.{section.key}', lang)}", ""]
        for point in section.points:
            lines += _point(point, lang)
        lines.append("")
    lines += ["---", "", _footer(checklist, lang)]
    return "\n".join(lines) + "\n"


def _point(point: Point, lang: str) -> list[str]:
    # An item that does not apply gets no box: there is nothing to tick off.
    box = {State.OPEN: "[ ]", State.TICKED: "[x]", State.NOT_APPLICABLE: text("na", lang)}[point.state]
    head = f"- {box} **{point.number} {text(f'item.{point.key}', lang)}**"
    if point.nodes:
        head += f" ({text('concerns', lang, nodes=_nodes(point.nodes, lang))})"
    if point.reason:
        head += f" ({text(f'na.{point.reason}', lang)})"
    if point.evidence is not None:
        # A tick says what it rests on.
        head += f": {_value(point.evidence, lang)}"
    elif point.open and not point.rules and not point.nodes:
        head += f" ({text('unshown', lang)})"
    lines = [head]
    if not point.questions:
        return lines
    # Under an open item the questions are the point of the meeting; under a ticked
    # one they are extra, and the heading says which is which.
    lines.append(f"  - {text('discuss' if point.open else 'also_ask', lang)}")
    lines += [f"    - {sentence(q, lang)}" for q in point.questions]
    if point.more:
        lines.append(f"    - {text('more.one' if point.more == 1 else 'more.many', lang, n=point.more)}")
    return lines


def _nodes(labels: tuple[str, ...], lang: str) -> str:
    shown = ", ".join(emphasis(label) for label in labels[:MAX_NODES])
    if len(labels) > MAX_NODES:
        shown += " " + text("more_nodes", lang, n=len(labels) - MAX_NODES)
    return shown


def _footer(checklist: Checklist, lang: str) -> str:
    rules = sorted(set(checklist.open_rules))
    if not rules:
        return text("footer.none", lang)
    return text("footer", lang, rules=", ".join(f"`{rule}`" for rule in rules))


def sentence(q: Question, lang: str) -> str:
    """Fill a question's template with its values, every label escaped."""
    return i18n.text(q.key, lang, **{name: _value(value, lang) for name, value in q.values})


def _value(value: Value, lang: str) -> str:
    if isinstance(value, Label):
        return emphasis(value.text)
    if isinstance(value, Labels):
        return join([emphasis(label) for label in value.items], lang)
    if isinstance(value, Number):
        return f"{value.value:g}"
    if isinstance(value, Phrase):
        return i18n.text(value.key, lang, **{n: _value(v, lang) for n, v in value.values})
    raise TypeError(f"not a checklist value: {value!r}")


def join(words: list[str], lang: str) -> str:
    """'a', 'a and b', 'a, b and c' (and Dutch 'en')."""
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {text('and', lang)} {words[-1]}"


def text(key: str, lang: str, **values: object) -> str:
    return i18n.text(f"checklist.{key}", lang, **values)
