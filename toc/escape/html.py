"""User text in an HTML page (the report page): entities, visible controls, and safe template filling.

Every piece of text the page shows that comes from a theory or its files
(labels, descriptions, sources, ids, file names, messages that quote them)
reaches the HTML through `html_escape`: the templates call it on every `{{ … }}`
(it is Jinja's `finalize` hook, with autoescaping on as a second guard), and the
few pieces of markup made in Python (`html_fill`) escape their template and values
with it. Text escaped here can open no tag, end no attribute or script, and is
not read again as a template.
"""

from __future__ import annotations

from markupsafe import Markup

from toc.escape.controls import visible

# Quotes are escaped as well as the markup characters, so the same text is safe
# between tags and inside an attribute value written in either kind of quote.
_HTML = {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;", ord('"'): "&#34;", ord("'"): "&#39;"}


def html_escape(value: object) -> Markup:
    """Escape a value for HTML text or a quoted attribute; markup made by `html_fill` passes unchanged.

    None becomes empty text. Control characters that HTML cannot show become
    visible stand-ins, as in the diagrams; line breaks stay (the page shows long
    texts with `white-space: pre-line`).
    """
    if isinstance(value, Markup):
        return value
    if value is None:
        return Markup("")
    return Markup(visible(str(value)).translate(_HTML))


def html_fill(template: str, **values: object) -> Markup:
    """Fill a message template (catalogue text) with values, each escaped; the template is escaped too.

    Values that are already markup (an emphasised label made here) are kept as they are.
    """
    escaped = {name: html_escape(value) for name, value in values.items()}
    return Markup(html_escape(template).format(**escaped))
