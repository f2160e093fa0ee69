"""`toc render`: draw a theory as SVG, PNG, PDF, DOT or Mermaid, with views and a legend."""

from __future__ import annotations

from pathlib import Path

import click

from toc.cli.common import (
    EXIT_INPUT,
    EXIT_OK,
    LANG_OPTION,
    echo,
    error_line,
    tell,
    tell_hint,
)
from toc.cli.files import load_valid
from toc.cli.helptext import TranslatedCommand
from toc.cli.watch import WATCH_OPTION, run_or_watch

FORMATS = ("svg", "png", "pdf", "dot", "mermaid")
EXTENSIONS = {".svg": "svg", ".png": "png", ".pdf": "pdf", ".dot": "dot", ".gv": "dot",
              ".mmd": "mermaid", ".mermaid": "mermaid"}
SUFFIX = {"svg": ".svg", "png": ".png", "pdf": ".pdf", "dot": ".dot", "mermaid": ".mmd"}
# A PNG for print: 200 dots per inch (Graphviz's own default is a screen's 96).
PRINT_DPI = 200.0
SCREEN_DPI = 96.0
# How many nodes an unknown --focus lists as the choices.
FOCUS_CHOICES_SHOWN = 20


class Refusal(Exception):
    """A usage error told in the theory's language: message key, hint key(s), values.

    A value `guess` is offered after the message as 'did you mean'.
    """

    def __init__(self, key: str, hint: str | tuple[str, ...] | None = None, **values: object) -> None:
        super().__init__(key)
        self.key, self.hint, self.values = key, hint, values


def choose_format(output: str | None, fmt: str | None) -> str:
    """--format wins; otherwise the extension of -o; otherwise SVG."""
    if fmt:
        return fmt
    if output is None or output == "-":
        return "svg"
    found = EXTENSIONS.get(Path(output).suffix.lower())
    if found is None:
        raise Refusal("render.no_format", "render.no_format.hint", path=output)
    return found


def choose_target(source: str, output: str | None, fmt: str) -> str:
    """Where the picture goes: -o, else beside the input (Mermaid and standard input: stdout)."""
    if output is not None:
        return output
    if source == "-" or fmt == "mermaid":
        return "-"
    return str(Path(source).with_suffix(SUFFIX[fmt]))


def refuse_inputs(target: str, sources: list[str]) -> None:
    """Never write over the theory, a file it includes, another theory or what is no regular file."""
    from toc.cli.writer import WriteRefused, refuse_target

    try:
        refuse_target(target, sources)
    except WriteRefused as refused:
        raise Refusal(refused.key, "write.hint", path=target) from None


def make_view(theory, focus: str | None, perspective: str | None, hide: str, depth: int | None,
              group: str | None = None):
    """Check the view's options against the theory and build the View."""
    from toc.language.suggest import suggest
    from toc.model.kinds import LINKABLE_KINDS, NodeKind
    from toc.render.views import HIDE_WORDS, View, members

    groups = [g.id for g in theory.groups]
    if group is not None and group not in groups:
        listing = "render.groups" if groups else "render.no_groups"
        raise Refusal("render.unknown_group", listing, name=group, guess=suggest(group, groups),
                      names=", ".join(groups))
    if focus is not None and focus not in groups:
        node = theory.node(focus)
        if node is None:
            guess = suggest(focus, [*(n.id for n in theory.nodes), *groups])
            # Without a near name, the choices: a large theory's are cut short, the reader needs a few.
            choices = [n.id for n in theory.nodes if n.kind in LINKABLE_KINDS] + groups
            more = ", …" if len(choices) > FOCUS_CHOICES_SHOWN else ""
            shown = ", ".join(choices[:FOCUS_CHOICES_SHOWN]) + more
            raise Refusal("render.unknown_node", None if guess else "render.focus_choices", name=focus,
                          guess=guess, names=shown)
        if node.kind not in LINKABLE_KINDS:
            raise Refusal("render.not_linkable", None, name=focus, kind=f"a.kind.{node.kind.value}")
    if group is not None and focus is not None and focus not in members(theory, group) | {group}:
        if not (focus in groups and group in _around(theory, focus)):
            raise Refusal("render.focus_outside_group", "render.focus_outside_group.hint",
                          name=focus, group=group)
    if perspective is not None:
        actors = [n.id for n in theory.nodes_of(NodeKind.ACTOR)]
        if perspective not in actors:
            # Name them all: a reader who guessed wrong needs the choices, not only the nearest.
            listing = "render.actors" if actors else "render.no_actors"
            raise Refusal("render.unknown_actor", listing, name=perspective,
                          guess=suggest(perspective, actors), names=", ".join(actors))
    hidden = set()
    for word in (w.strip().lower() for w in hide.split(",") if w.strip()):
        if word not in HIDE_WORDS:
            raise Refusal("render.unknown_hide", None, name=word, guess=suggest(word, HIDE_WORDS),
                          choices=", ".join(sorted(set(HIDE_WORDS.values()))))
        hidden.add(HIDE_WORDS[word])
    return View(focus, perspective, depth, frozenset(hidden), group)


def _around(theory, group: str) -> set[str]:
    """The groups a group sits in, each climbed once."""
    around, current = set(), theory.group_of(group)
    while current is not None and current.id not in around:
        around.add(current.id)
        current = theory.group_of(current.id)
    return around


def resolution(fmt: str, dpi: float | None, scale: float | None) -> float | None:
    """The dots per inch of a PNG: --dpi, or --scale times the screen's 96, or print quality."""
    if dpi is not None and scale is not None:
        raise Refusal("render.scale_and_dpi")
    if fmt != "png":
        if dpi is not None or scale is not None:
            raise Refusal("render.resolution_not_png", None, format=fmt.upper())
        return None
    if scale is not None:
        return scale * SCREEN_DPI
    return dpi if dpi is not None else PRINT_DPI


def _say(key: str, lang: str, hint: str | tuple[str, ...] | None = None, **values: object) -> None:
    from toc import i18n
    from toc.language.suggest import offer

    filled = {k: (i18n.text(v, lang) if isinstance(v, str) and v.startswith("a.kind.") else v)
              for k, v in values.items()}
    guess = values.get("guess")
    message = offer(i18n.text(key, lang, **filled), guess if isinstance(guess, str) else None, lang)
    tell(error_line(message, command="render"))
    if hint:
        for each in (hint,) if isinstance(hint, str) else hint:
            tell_hint(i18n.text(each, lang, **filled), lang)


def warn_missing_glyphs(engine, dot_text: str, fmt: str, lang: str) -> None:
    """Say so when the picture will show empty boxes for characters the engine has no font for.

    The DOT holds every text the picture shows, so it is the text to check.
    """
    from toc import i18n
    from toc.render.engines import EMBEDDED, missing_glyphs, pdf_from_svg
    from toc.render.glyphs import SHOWN

    missing = missing_glyphs(engine, dot_text, fmt)
    if not missing:
        return
    shown = " ".join(missing[:SHOWN]) + (" …" if len(missing) > SHOWN else "")
    word = i18n.text("severity.warning", lang)
    # A PDF drawn from the SVG has the PDF's fonts, not the engine's.
    from_svg = fmt == "pdf" and pdf_from_svg(engine)
    tell(f"toc render: {word}: " + i18n.text("render.glyphs.pdf" if from_svg else "render.glyphs", lang,
                                             engine=engine.name, characters=shown, format=fmt.upper()))
    hint = ("render.glyphs.hint.pdf" if from_svg else
            "render.glyphs.hint.embedded" if engine.name == EMBEDDED else "render.glyphs.hint.system")
    tell_hint(i18n.text(hint, lang), lang)


@click.command(cls=TranslatedCommand)
@click.argument("path")
@click.option("-o", "--output", default=None,
              help="help.render.output")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="help.render.fmt")
@click.option("--engine", type=click.Choice(["auto", "dot", "graphviz-pure"]), default="auto",
              show_default=True,
              help="help.render.engine")
@click.option("--focus", default=None, metavar="NODE|GROUP",
              help="help.render.focus")
@click.option("--group", "--groep", "group", default=None, metavar="GROUP",
              help="help.render.group")
@click.option("--perspective", default=None, metavar="ACTOR",
              help="help.render.perspective")
@click.option("--hide", default="", metavar="KINDS",
              help="help.render.hide")
@click.option("--depth", type=click.IntRange(min=0), default=None,
              help="help.render.depth")
@click.option("--direction", type=click.Choice(["LR", "TB"], case_sensitive=False), default="LR",
              show_default=True, help="help.render.direction")
@click.option("--legend/--no-legend", default=True, show_default=True, help="help.render.legend")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=120.0, show_default=True,
              help="help.render.timeout")
@click.option("--dpi", type=click.FloatRange(min=24, max=1200), default=None,
              help="help.render.dpi")
@click.option("--scale", type=click.FloatRange(min=0.25, max=12), default=None,
              help="help.render.scale")
@LANG_OPTION
@WATCH_OPTION
def render(path: str, output: str | None, fmt: str | None, engine: str, focus: str | None,
           group: str | None, perspective: str | None, hide: str, depth: int | None,
           direction: str, legend: bool, timeout: float, dpi: float | None, scale: float | None,
           lang: str | None, watch_: bool) -> None:
    """Draw a theory as a diagram for a report."""

    def body() -> int:
        loaded = load_valid(path, lang)  # warnings are printed, and do not stop it
        if loaded is None:
            return EXIT_INPUT
        message_lang = lang or loaded.theory.lang or loaded.lang
        try:
            return draw(loaded, message_lang)
        except Refusal as refusal:
            _say(refusal.key, message_lang, refusal.hint, **refusal.values)
            return EXIT_INPUT

    def draw(loaded, message_lang: str) -> int:
        from toc import i18n
        from toc.cli.writer import WriteRefused, write_output
        from toc.render.dot import Options, to_dot
        from toc.render.engines import RenderProblem, find_engine, layout

        if output is not None:
            refuse_inputs(output, list(loaded.sources))  # before anything else is said
        chosen = choose_format(output, fmt)
        target = choose_target(path, output, chosen)
        refuse_inputs(target, list(loaded.sources))
        view = make_view(loaded.theory, focus, perspective, hide, depth, group)
        options = Options(view, direction.upper(), message_lang, legend)
        dots = resolution(chosen, dpi, scale)
        engine_name = "toc"
        try:
            if chosen == "mermaid":
                from toc.render.mermaid import to_mermaid

                data = to_mermaid(loaded.theory, options).encode("utf-8")
            elif chosen == "dot":
                data = to_dot(loaded.theory, options).encode("utf-8")
            else:
                found = find_engine(engine)
                engine_name = found.name
                text = to_dot(loaded.theory, options)
                data = layout(found, text, chosen, timeout, dots)
                if chosen in ("png", "pdf"):
                    warn_missing_glyphs(found, text, chosen, message_lang)
            write_output(target, data, inputs=loaded.sources)
            if target == "-":
                return EXIT_OK
        except RenderProblem as problem:
            _say(problem.key, message_lang, problem.hint, **problem.values)
            return EXIT_INPUT
        except WriteRefused as refused:
            _say(refused.key, message_lang, "write.hint", path=target)
            return EXIT_INPUT
        except OSError as problem:
            _say("render.write_failed", message_lang, path=target,
                 reason=problem.strerror or str(problem))
            return EXIT_INPUT
        echo(i18n.text("render.wrote", message_lang, path=target, format=chosen,
                       engine=engine_name))
        return EXIT_OK

    run_or_watch(body, [path], watch_, lang)
