"""`toc diff`: what changed in meaning between two versions of a theory, in words and in a picture."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import click

from toc.cli.common import (
    EXIT_FINDINGS,
    EXIT_INPUT,
    EXIT_OK,
    LANG_OPTION,
    echo,
    echo_json,
    echo_painted,
    run_safely,
    tell,
    tell_hint,
    use_color,
)
from toc.cli.files import load_file, read_text
from toc.cli.helptext import TranslatedCommand
from toc.cli.revisions import (
    GitProblem,
    Version,
    changed_theories,
    load_version,
    parse_version,
    theories_here,
)

if TYPE_CHECKING:
    from toc.api import Loaded
    from toc.diff.changes import Diff

FORMATS = ("text", "markdown", "json")
PICTURES = ("svg", "png", "pdf", "dot")


class _Stop(Exception):
    """A usage problem told in the reader's language: a catalogue key and its values."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key, self.values = key, values


@click.command(cls=TranslatedCommand)
@click.argument("versions", nargs=-1)
@click.option("--git", "revision", default=None, metavar="REVISION",
              help="help.diff.revision")
@click.option("--format", "output", type=click.Choice(FORMATS), default="text", show_default=True,
              help="help.diff.output")
@click.option("-o", "--output", "picture", default=None, metavar="FILE",
              help="help.diff.picture")
@click.option("--engine", type=click.Choice(["auto", "dot", "graphviz-pure"]), default="auto",
              show_default=True, help="help.diff.engine")
@click.option("--critique/--no-critique", default=True, show_default=True,
              help="help.diff.critique")
@click.option("--textconv", is_flag=True,
              help="help.diff.textconv")
@LANG_OPTION
def diff(versions: tuple[str, ...], revision: str | None, output: str, picture: str | None,
         engine: str, critique: bool, textconv: bool, lang: str | None) -> None:
    """Show what changed in meaning between two versions of a theory."""

    def body() -> int:
        message_lang = lang or "en"
        try:
            if textconv:
                return _textconv(versions, lang)
            if revision is not None:
                if picture is not None:
                    raise _Stop("diff.usage.picture_git")
                return _since(revision, versions, lang, output, critique)
            if len(versions) != 2:
                raise _Stop("diff.usage.two")
            old, new = (parse_version(v) for v in versions)
            return _compare_two(old, new, lang, output, critique, picture, engine)
        except _Stop as stop:
            _say(stop.key, message_lang, **stop.values)
        except GitProblem as problem:
            _say(problem.key, message_lang, **problem.values)
        return EXIT_INPUT

    run_safely(body)


def _say(key: str, lang: str, **values: object) -> None:
    from toc import i18n

    tell(f"toc diff: error: {i18n.text(key, lang, **values)}")


def _textconv(versions: tuple[str, ...], lang: str | None) -> int:
    """The meaning of one file as sorted lines; a file that does not load is shown as it is.

    git gives textconv a copy of an old version in a temporary folder, where the
    files it includes are not, so includes are never followed here: each file
    stands for its own statements. The text of a file with errors is printed
    unchanged, so git still shows its change.
    """
    from toc.api import load, meaning_lines

    if len(versions) != 1:
        raise _Stop("diff.usage.textconv")
    path = versions[0]
    text = read_text(path)
    loaded = load(text, "<stdin>" if path == "-" else path, lang=lang)
    echo(meaning_lines(loaded.theory, lang or loaded.lang) if loaded.ok else text, nl=False)
    return EXIT_OK


def _compare(old: Version, new: Version, lang: str | None, critique: bool,
             missing_is_empty: bool = False) -> tuple[Diff, Loaded, Loaded] | None:
    from toc.api import diff as compare

    before, old_name = load_version(old, lang, missing_is_empty)
    after, new_name = load_version(new, lang, missing_is_empty)
    if before is None or after is None:
        return None
    made = compare(before, after, old_name, new_name, old_revision=old.revision,
                   new_revision=new.revision, lang=lang, critique=critique)
    return made, before, after


def _show(made: Diff, output: str, lang: str, err: bool = False) -> str:
    """The diff in words; text made for a terminal (with colours when it is one) is safe already."""
    from toc.diff.markdown import to_markdown
    from toc.diff.text import to_text

    if output == "markdown":
        from toc.escape.terminal import terminal_text

        return terminal_text(to_markdown(made, lang))
    return to_text(made, lang, color=use_color(err))


def _compare_two(old: Version, new: Version, lang: str | None, output: str, critique: bool,
                 picture: str | None, engine: str) -> int:
    compared = _compare(old, new, lang, critique)
    if compared is None:
        return EXIT_INPUT
    made, before, after = compared
    message_lang = lang or after.lang
    if picture is not None:
        status = _draw(made, before, after, picture, engine, message_lang)
        if status != EXIT_OK:
            return status
    # With `-o -` the picture has standard output, so the words go to standard error.
    words_err = picture == "-"
    if output == "json":
        echo_json(json.dumps(made.to_json_data(), ensure_ascii=False, indent=2), err=words_err)
    else:
        echo_painted(_show(made, output, message_lang, words_err), err=words_err, nl=False)
    return EXIT_OK if made.same else EXIT_FINDINGS


def _since(revision: str, paths: tuple[str, ...], lang: str | None, output: str,
           critique: bool) -> int:
    """Every theory changed between a revision and the work tree, and every theory including one."""
    from toc import i18n

    if any(parse_version(p).revision for p in paths):
        raise _Stop("diff.usage.git_paths")
    changed = changed_theories(revision, paths)
    names = set(changed)
    for path in theories_here(paths):
        if path not in names:
            loaded, _ = load_file(path, lang)
            if loaded is not None and names & set(loaded.sources):
                changed.append(path)
    status, records, texts = EXIT_OK, [], []
    for path in sorted(set(changed)):
        compared = _compare(Version(path, revision), Version(path), lang, critique,
                            missing_is_empty=True)
        if compared is None:
            status = EXIT_INPUT
            continue
        made, _, after = compared
        if not made.same and status == EXIT_OK:
            status = EXIT_FINDINGS
        records.append(made.to_json_data())
        texts.append(_show(made, output, lang or after.lang))
    if output == "json":
        echo_json(json.dumps(records, ensure_ascii=False, indent=2))
    elif texts:
        echo_painted("\n".join(texts), nl=False)
    else:
        echo(i18n.text("diff.git.none_changed", lang or "en", revision=revision))
    return status


def _draw(made: Diff, before: Loaded, after: Loaded, target: str, engine: str, lang: str) -> int:
    """Draw the change to a file; refuse to write over a theory."""
    from toc import i18n
    from toc.api import diff_dot
    from toc.cli.render import Refusal, choose_format, refuse_inputs
    from toc.cli.writer import WriteRefused, write_output
    from toc.render.engines import RenderProblem, find_engine, layout

    try:
        refuse_inputs(target, [*before.sources, *after.sources])
        fmt = choose_format(target, None)
        if fmt not in PICTURES:
            raise _Stop("diff.usage.picture_format", format=fmt)
        dot_text = diff_dot(before, after, made, lang)
        if fmt == "dot":
            data, engine_name = dot_text.encode("utf-8"), "toc"
        else:
            found = find_engine(engine)
            data, engine_name = layout(found, dot_text, fmt), found.name
        write_output(target, data, inputs=[*before.sources, *after.sources])
    except (Refusal, RenderProblem) as problem:
        _say(problem.key, lang, **problem.values)
        if problem.hint:
            for hint in (problem.hint,) if isinstance(problem.hint, str) else problem.hint:
                tell_hint(i18n.text(hint, lang, **problem.values), lang)
        return EXIT_INPUT
    except WriteRefused as refused:
        _say(refused.key, lang, path=target)
        tell_hint(i18n.text("write.hint", lang), lang)
        return EXIT_INPUT
    except OSError as problem:
        _say("render.write_failed", lang, path=target, reason=problem.strerror or str(problem))
        return EXIT_INPUT
    if target != "-":
        tell(i18n.text("render.wrote", lang, path=target, format=fmt, engine=engine_name))
    return EXIT_OK
