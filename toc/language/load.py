"""Loading a theory: text (and the files it includes) to model and diagnostics."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from toc.language.access import NotATheory, OutsideProject, Refused
from toc.language.build import build
from toc.language.descent import Tokens, parse
from toc.language.diagnostics import Diagnostic, has_errors, sort_diagnostics
from toc.language.source import Source
from toc.language.syntax import Document
from toc.language.terminals import lexicon
from toc.language.vocabulary import THEORY
from toc.model import Theory

_HAS_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATES = {code: "\ufffd" for code in range(0xD800, 0xE000)}
# Reads a file's text; raises OSError (a toc.language.access refusal among them) or
# UnicodeDecodeError. Supplied by the CLI or the language server, which are the
# only places that do I/O, and which apply the include rule of toc.language.access.
Reader = Callable[[str], str]


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
    shape = lexicon()
    header = shape.header.search(text)
    if header is None:
        return "en"
    braces = shape.text_or_comment.sub(" ", header.group(2) or "")
    setting = shape.lang_setting.search(braces)
    if setting:
        return setting.group(1)
    return "nl" if header.group(1) == THEORY.nl else "en"


def load(text: str, path: str = "<stdin>", *, lang: str | None = None,
         read: Reader | None = None, validate: bool = False,
         on_parsed: Callable[[Document, Source], None] | None = None,
         tokens: Tokens | None = None) -> Loaded:
    """Parse and build a theory from text; `read` resolves `use` includes.

    With `validate`, pydantic validates the parts the builder made (see
    `toc.language.build`). `on_parsed` is told the text's syntax tree as soon as
    it is parsed, before any include is read or the theory built: an editor
    shows the syntax errors then. `tokens` are the text's tokens, when the caller
    has them (an editor makes them from the text before an edit).
    """
    # No file holds lone surrogates (UTF-8 cannot), but an editor's buffer or a caller's
    # string may; each becomes U+FFFD, one character for one, so every offset stays.
    text = text.translate(_SURROGATES) if _HAS_SURROGATE.search(text) else text
    lang = lang or detect_lang(text)
    if not path.startswith("<"):
        # Spelled as includes are, so that `use` finds a cycle back to this file.
        path = posixpath.normpath(path)
    sources: dict[str, Source] = {}
    documents: dict[str, Document] = {}

    def parse_source(source: Source, tokens: Tokens | None = None) -> Document:
        sources[source.path] = source
        document = parse(source, lang, tokens)
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
        except OutsideProject:
            return ("E204", "")
        except NotATheory:
            return ("E205", "")
        except Refused as refused:
            return ("E203", refused.reason(lang))
        except OSError as problem:
            return ("E203", problem.strerror or str(problem))
        return parse_source(Source(target, included_text))

    document = parse_source(Source(path, text), tokens)
    if on_parsed is not None:
        on_parsed(document, sources[path])
    theory, diagnostics = build(document, lang, loader, validate=validate)
    return Loaded(theory, sort_diagnostics(diagnostics), lang, sources, documents)
