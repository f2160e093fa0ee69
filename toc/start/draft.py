"""The first theory written from a writer's answers: valid, commented, in English or Dutch keywords."""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field, replace

from toc import i18n
from toc.fmt import format_text
from toc.language.escapes import quote
from toc.model.kinds import NodeKind
from toc.start.ids import Ids
from toc.start.questions import PLACEHOLDERS, Answers, split
from toc.start.words import Words

# Comments are wrapped to fit beside an editor's other panes.
WIDTH = 78
# A piece of code in a note, and what stands for its spaces while the note is wrapped.
_CODE = re.compile(r"`[^`]*`")
_HELD_SPACE = "\x00"


@dataclass
class Element:
    """One element to declare: its kind, id and label, and its attributes as (spelled name, values)."""

    kind: NodeKind
    id: str
    label: str
    attributes: list[tuple[str, list[str]]] = field(default_factory=list)


@dataclass
class Section:
    """A part of the file: the comment that explains it, its statements, and an example when it is empty."""

    note: str
    statements: list[str]
    example: list[str]


class Drafter:
    """Turns answers into the text of a theory, in one language."""

    def __init__(self, answers: Answers, lang: str) -> None:
        self.answers, self.lang = answers, lang
        self.words = Words(lang)
        self.ids = Ids()
        self.examples: dict[str, Element] = {}

    def text(self, key: str, **values: str) -> str:
        return i18n.text(key, self.lang, **values)

    def elements(self, kind: NodeKind, labels: list[str]) -> list[Element]:
        return [Element(kind, self.ids.make(label, self.words.kind(kind)), label) for label in labels]

    def example(self, key: str, kind: NodeKind) -> Element:
        """An element made of the first example answer to a question, for a commented-out line.

        Asked again, it is the same element, so that the examples of several notes fit together.
        """
        if key not in self.examples:
            (label, *_) = split(self.text(f"new.ask.{key}.example"))
            self.examples[key] = self.elements(kind, [label])[0]
        return self.examples[key]

    def attribute(self, element: Element, english: str, values: list[str]) -> None:
        if values:
            element.attributes.append((self.words.node(element.kind, english), values))

    def statement(self, element: Element) -> str:
        head = f"{self.words.kind(element.kind)} {element.id} {quote(element.label)}"
        return head + _braces(element.attributes)


def _braces(attributes: list[tuple[str, list[str]]]) -> str:
    """` { name: a, b  other: c }`, or nothing when there are no attributes."""
    if not attributes:
        return ""
    return " { " + "  ".join(f"{name}: {', '.join(values)}" for name, values in attributes) + " }"


def _ids(elements: list[Element]) -> list[str]:
    return [element.id for element in elements]


def draft(answers: Answers, lang: str, name: str) -> str:
    """The text of a first theory from `answers`, with comments that say what each part is and what to add.

    `name` is the file's name, for the commands the comments suggest. Every
    answer may be empty: its part of the file is then a comment with an example.
    Without any answer, placeholders stand for the answers to a few questions,
    so that there is a first plan for `toc lint` to question. The text is in
    the canonical layout of `toc fmt`.
    """
    intro = [i18n.text("new.file.intro", lang, name=name)]
    if answers.blank:
        answers = Answers.from_texts({key: i18n.text(f"new.blank.{key}", lang) for key in PLACEHOLDERS})
        intro.append(i18n.text("new.file.placeholders", lang))
    return format_text(_text(answers, lang, intro), name, lang=lang).text


def _text(answers: Answers, lang: str, intro: list[str]) -> str:
    """The draft's text, before `toc fmt` lays it out."""
    d = Drafter(answers, lang)
    w = d.words
    actors, targets, doers, valuers = _people(d)
    interventions = d.elements(NodeKind.INTERVENTION, answers.many("interventions"))
    for element in interventions:
        d.attribute(element, "by", _ids(doers))
        d.attribute(element, "for", _ids(targets))
    mechanisms = d.elements(NodeKind.MECHANISM, answers.many("mechanisms"))
    contexts = d.elements(NodeKind.CONTEXT, answers.many("contexts"))
    assumptions = d.elements(NodeKind.ASSUMPTION, answers.many("assumptions"))
    outcomes, impacts = _results(d, targets, valuers)
    externals = d.elements(NodeKind.EXTERNAL, answers.many("others"))

    def example(kind: NodeKind, english: str, enum: str, value: str) -> list[tuple[str, list[str]]]:
        return [(w.node(kind, english), [w.value(enum, value)])]

    sections = [
        _declared(d, "actors", actors, "for_whom", NodeKind.ACTOR,
                  example(NodeKind.ACTOR, "role", "role", "participant")),
        _declared(d, "interventions", interventions, "interventions", NodeKind.INTERVENTION),
        _declared(d, "mechanisms", mechanisms, "mechanisms", NodeKind.MECHANISM),
        _declared(d, "contexts", contexts, "contexts", NodeKind.CONTEXT,
                  example(NodeKind.CONTEXT, "kind", "influence", "enabling")),
        _declared(d, "assumptions", assumptions, "assumptions", NodeKind.ASSUMPTION,
                  example(NodeKind.ASSUMPTION, "risk", "risk", "medium")),
        _declared(d, "outcomes", outcomes, "outcomes", NodeKind.OUTCOME,
                  example(NodeKind.OUTCOME, "horizon", "horizon", "short")),
        _declared(d, "aim", impacts, "aim", NodeKind.IMPACT,
                  example(NodeKind.IMPACT, "horizon", "horizon", "long")),
        _declared(d, "others", externals, "others", NodeKind.EXTERNAL),
        _links(d, [interventions, mechanisms, outcomes, impacts], contexts, assumptions),
        _counterfactual(d, impacts or outcomes, externals),
    ]
    title = answers.title or d.text("new.file.untitled")
    lines = [*comment("\n".join(intro)), "",
             *comment(d.text("new.file.theory")),
             f"{w.theory} {quote(title)} {{ {w.header('lang')}: {w.value('lang', lang)} }}"]
    for section in sections:
        lines += ["", *comment(section.note), *section.statements,
                  *(f"# {line}" for line in section.example)]
    lines += ["", *comment(d.text("new.file.next"))]
    return "\n".join(lines) + "\n"


def _people(d: Drafter) -> tuple[list[Element], list[Element], list[Element], list[Element]]:
    """Every actor to declare, and among them: whom it is for, who does the work, whose goals count."""
    role = d.words.value
    targets = d.elements(NodeKind.ACTOR, d.answers.many("for_whom"))
    doers = d.elements(NodeKind.ACTOR, d.answers.many("by_whom"))
    for actor in targets:
        d.attribute(actor, "role", [role("role", "participant")])
    for actor in doers:
        d.attribute(actor, "role", [role("role", "implementer")])
    valuers, newcomers = _whose_goals(d, d.answers.many("whose_goals"), [*targets, *doers])
    for actor in newcomers:
        d.attribute(actor, "role", [role("role", "other")])
    return [*targets, *doers, *newcomers], targets, doers, valuers


def _results(d: Drafter, targets: list[Element],
             valuers: list[Element]) -> tuple[list[Element], list[Element]]:
    """The outcomes (soon, in the target group) and the final aims (impacts, in the long run)."""
    horizon = d.words.value
    outcomes = d.elements(NodeKind.OUTCOME, d.answers.many("outcomes"))
    impacts = d.elements(NodeKind.IMPACT, d.answers.many("aim"))
    for element in outcomes:
        d.attribute(element, "horizon", [horizon("horizon", "short")])
        d.attribute(element, "for", _ids(targets))
    for element in impacts:
        d.attribute(element, "horizon", [horizon("horizon", "long")])
    for element in [*outcomes, *impacts]:
        d.attribute(element, "valued_by", _ids(valuers))
    return outcomes, impacts


def _whose_goals(d: Drafter, labels: list[str],
                 known: list[Element]) -> tuple[list[Element], list[Element]]:
    """The actors whose goals count: those already named (by their words), and new ones."""
    by_words = {actor.label.casefold(): actor for actor in known}
    valuers: list[Element] = []
    newcomers: list[Element] = []
    for label in labels:
        actor = by_words.get(label.casefold())
        if actor is None:
            (actor,) = d.elements(NodeKind.ACTOR, [label])
            by_words[label.casefold()] = actor
            newcomers.append(actor)
        if actor not in valuers:
            valuers.append(actor)
    return valuers, newcomers


def _declared(d: Drafter, part: str, elements: list[Element], question: str, kind: NodeKind,
              example_attributes: list[tuple[str, list[str]]] | None = None) -> Section:
    """A section that declares elements, or shows one declared from the question's example."""
    if elements:
        return Section(d.text(f"new.file.{part}"), [d.statement(e) for e in elements], [])
    example = d.example(question, kind)
    return Section(d.text(f"new.file.{part}"), [],
                   [d.statement(replace(example, attributes=example_attributes or []))])


def _links(d: Drafter, layers: list[list[Element]], contexts: list[Element],
           assumptions: list[Element]) -> Section:
    """Every step to every next one, as a first guess; the circumstances and assumptions on the first step."""
    steps = [layer for layer in layers if layer]
    if len(steps) < 2:
        # The example chain names what was declared where it can, an example where not.
        chain = [layer[0] if layer else d.example(question, kind) for layer, (question, kind) in
                 zip(layers, (("interventions", NodeKind.INTERVENTION),
                              ("mechanisms", NodeKind.MECHANISM), ("outcomes", NodeKind.OUTCOME)))]
        return Section(d.text("new.file.links.empty"), [], [" -> ".join(_ids(chain))])
    statements = []
    for number, (causes, results) in enumerate(zip(steps, steps[1:])):
        attributes = []
        if number == 0:
            attributes = [(name, values) for name, values in
                          ((d.words.link("when"), _ids(contexts)),
                           (d.words.link("assumes"), _ids(assumptions))) if values]
        statements.append(f"{', '.join(_ids(causes))} -> {', '.join(_ids(results))}"
                          + _braces(attributes))
    return Section(d.text("new.file.links"), statements, [])


def _counterfactual(d: Drafter, targets: list[Element], contributors: list[Element]) -> Section:
    """What would have happened anyway, for the final results; an example when nothing was said."""
    w = d.words
    note = d.text("new.file.counterfactual")
    names = ", ".join(_ids(targets))
    opening = f"{w.counterfactual} {names} {{" if names else f"{w.counterfactual} {{"
    if not d.answers.anyway and not contributors:
        target = names or d.example("aim", NodeKind.IMPACT).id
        scenario = quote(d.text("new.ask.anyway.example"))
        example = f"{w.counterfactual} {target} {{ {scenario}  {w.scenario('deadweight')}: 20% }}"
        return Section(note, [], [example])
    body = [f"  {quote(d.answers.anyway)}"] if d.answers.anyway else []
    if contributors:
        body.append(f"  {w.scenario('contributors')}: {', '.join(_ids(contributors))}")
    return Section(note, [opening, *body, "}"], [])


def comment(text: str) -> list[str]:
    """A note as comment lines, each of its lines wrapped; a `quoted piece of code` is never split."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        # Spaces inside backticks are held together while wrapping, then given back.
        held = _CODE.sub(lambda code: code.group(0).replace(" ", _HELD_SPACE), paragraph)
        wrapped = textwrap.wrap(held, WIDTH - 2, break_long_words=False, break_on_hyphens=False)
        lines += [line.replace(_HELD_SPACE, " ") for line in wrapped] or [""]
    return [f"# {line}".rstrip() for line in lines]
