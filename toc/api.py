"""The pipeline as a few public functions: load a theory and check it."""

from __future__ import annotations

import gc
import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from toc.build import build
from toc.diagnostics import Diagnostic, has_errors, sort_diagnostics
from toc.model import Theory
from toc.parser import parse
from toc.source import Source
from toc.syntax import Document

# Reads a file's text; raises OSError or UnicodeDecodeError. Supplied by the CLI
# or the language server, which are the only places that do I/O.
Reader = Callable[[str], str]

# The header, `theory "..." { ... }`, up to its closing brace (texts may hold braces).
_TEXT = r'"(?:[^"\\\n]|\\.)*"'
_HEADER = re.compile(rf'^[ \t]*(theory|theorie)[ \t]+{_TEXT}\s*(\{{(?:{_TEXT}|[^}}"])*\}})?',
                     re.MULTILINE)
_LANG_SETTING = re.compile(r"(?<![\w#])(?:lang|taal)\s*:\s*(en|nl)\b")
_COMMENT_OR_TEXT = re.compile(rf"{_TEXT}|#[^\n]*")


@dataclass
class Loaded:
    """A loaded theory: the model, what was found wrong, and the texts it came from."""

    theory: Theory
    diagnostics: list[Diagnostic]
    lang: str
    sources: dict[str, Source] = field(default_factory=dict)
    documents: dict[str, Document] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not has_errors(self.diagnostics)


def detect_lang(text: str) -> str:
    """Guess the language of messages from the text alone, so syntax errors are in it too.

    The header's `lang:`/`taal:` setting wins; a Dutch `theorie` header means Dutch.
    Comments and texts are not read, so `# lang: nl` in a note changes nothing.
    """
    header = _HEADER.search(text)
    if header is None:
        return "en"
    braces = _COMMENT_OR_TEXT.sub(" ", header.group(2) or "")
    setting = _LANG_SETTING.search(braces)
    if setting:
        return setting.group(1)
    return "nl" if header.group(1) == "theorie" else "en"


def load(text: str, path: str = "<stdin>", *, lang: str | None = None,
         read: Reader | None = None) -> Loaded:
    """Parse and build a theory from text; `read` resolves `use` includes."""
    lang = lang or detect_lang(text)
    if not path.startswith("<"):
        # Spelled as includes are, so that `use` finds a cycle back to this file.
        path = posixpath.normpath(path)
    sources: dict[str, Source] = {}
    documents: dict[str, Document] = {}

    def parse_source(source: Source) -> Document:
        sources[source.path] = source
        document = parse(source, lang)
        documents[source.path] = document
        return document

    def loader(including: str, relative: str) -> Document | tuple[str, str]:
        target = posixpath.normpath(posixpath.join(posixpath.dirname(including), relative))
        if target in documents:
            return documents[target]
        if read is None:
            return ("E201", "")
        try:
            included_text = read(target)
        except FileNotFoundError:
            return ("E201", "")
        except UnicodeDecodeError:
            return ("E203", "not UTF-8 text")
        except OSError as problem:
            return ("E203", problem.strerror or str(problem))
        return parse_source(Source(target, included_text))

    # A large theory creates hundreds of thousands of small objects that all
    # stay alive; the cyclic garbage collector would scan them again and again.
    collecting = gc.isenabled()
    gc.disable()
    try:
        document = parse_source(Source(path, text))
        theory, diagnostics = build(document, lang, loader)
    finally:
        if collecting:
            gc.enable()
    return Loaded(theory, sort_diagnostics(diagnostics), lang, sources, documents)


@dataclass(frozen=True)
class Summary:
    """The counts `toc check` reports for a valid theory."""

    nodes: int
    links: int
    loops: int
    counterfactuals: int


def summarize(theory: Theory) -> Summary:
    """Count nodes, links, feedback loops and counterfactuals."""
    from toc.graph import feedback_loops

    return Summary(len(theory.nodes), len(theory.links), len(feedback_loops(theory)),
                   len(theory.counterfactuals))


def json_schema() -> dict:
    """Return the JSON Schema of the model."""
    return Theory.model_json_schema()


# The later stages, as one place to find them. Each imports its package only when
# called, so that loading a theory stays cheap for commands that need no more.


def lint(loaded: Loaded, config: object | None = None) -> list[Diagnostic]:
    """Critique a valid theory: the findings of the lint rules, sorted by position."""
    from toc.lint import lint as run_rules

    return run_rules(loaded, config)  # type: ignore[arg-type]


def render_dot(theory: Theory, options: object | None = None) -> str:
    """Return the Graphviz DOT text of a theory (options: toc.render.dot.Options)."""
    from toc.render.dot import Options, to_dot

    return to_dot(theory, options or Options())  # type: ignore[arg-type]


def checklist_markdown(loaded: Loaded, lang: str | None = None) -> str:
    """Return the review checklist of a valid theory as Markdown."""
    from toc.checklist.build import build as build_checklist
    from toc.checklist.markdown import render

    file = posixpath.basename(loaded.theory.files[0]) if loaded.theory.files else ""
    return render(build_checklist(loaded, file), lang or loaded.lang)


def format_source(text: str, path: str = "<stdin>", *, read: Reader | None = None) -> str:
    """Return a theory's text in the canonical layout; raises if that cannot be done safely."""
    from toc.fmt import format_text

    return format_text(text, path, read=read).text
