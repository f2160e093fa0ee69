"""A documentation page (Markdown) as one self-contained HTML page, for `toc docs --browser`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml

from toc.escape.html import html_escape

# The page asks for nothing: no script, no font, no picture, no connection.
POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'"
# A link to another page of the documentation, which is written beside this one as .html.
_PAGE_LINK = re.compile(r"^([\w.-]+)\.md(#[\w-]*)?$")
_STYLE = """
body { font: 16px/1.55 system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem;
       color: #1d1d1f; background: #fff; }
h1, h2, h3 { line-height: 1.25; }
pre { background: #f4f4f6; padding: .8rem 1rem; overflow-x: auto; border-radius: 4px; }
code { font: 14px/1.45 ui-monospace, monospace; }
table { border-collapse: collapse; margin: 1rem 0; }
th, td { border: 1px solid #d0d0d6; padding: .3rem .6rem; text-align: left; vertical-align: top; }
a { color: #0b57a4; }
"""


def _renderer() -> MarkdownIt:
    """CommonMark with tables; raw HTML in the text is shown as text, and comments are left out."""
    markdown = MarkdownIt("commonmark", {"html": True}).enable("table")
    renderer: Any = markdown.renderer  # RendererProtocol names neither rules nor renderToken
    rules = renderer.rules

    def raw(tokens: Sequence[Any], index: int, options: Any, env: Any) -> str:
        content = tokens[index].content
        # The pages mark examples with comments (`<!-- error: E102 -->`): notes for tests, not for readers.
        return "" if content.strip().startswith("<!--") else escapeHtml(content)

    def link_open(tokens: Sequence[Any], index: int, options: Any, env: Any) -> str:
        token = tokens[index]
        found = _PAGE_LINK.match(str(token.attrGet("href") or ""))
        if found:
            token.attrSet("href", f"{found.group(1)}.html{found.group(2) or ''}")
        return str(renderer.renderToken(tokens, index, options, env))

    rules["html_block"] = rules["html_inline"] = raw
    rules["link_open"] = link_open
    return markdown


def manual_page(markdown: str, title: str, lang: str) -> str:
    """One documentation page as HTML: its text, a style sheet, and a policy that forbids any request."""
    body = _renderer().render(markdown)
    return (f'<!DOCTYPE html>\n<html lang="{html_escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{html_escape(POLICY)}">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{html_escape(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n")


def page_file_name(markdown_name: str) -> str:
    """The name the HTML page of `language.nl.md` has beside the others: language.nl.html."""
    return markdown_name[: -len(".md")] + ".html"
