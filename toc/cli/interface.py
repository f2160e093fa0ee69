"""The language of toc's own texts (help, the documentation): --lang, else TOC_LANG, else the locale."""

from __future__ import annotations

import os
from collections.abc import Mapping

from toc.i18n import DEFAULT_LANG, LANGUAGES

# Where a language may be set, first found wins: toc's own variable, then the
# locale's variables in the order gettext reads them (LANGUAGE may list several: nl:en).
_VARIABLES = ("TOC_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def interface_lang(chosen: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """The language to speak: the one chosen, else the first variable that is set (nl_NL.UTF-8: nl).

    A locale in a language toc does not speak (fr_FR, C) gives English.
    """
    if chosen in LANGUAGES:
        return chosen
    environ = os.environ if environ is None else environ
    for name in _VARIABLES:
        value = environ.get(name, "").split(":")[0].strip()
        if value:
            language = value.replace("-", "_").split("_")[0].split(".")[0].lower()
            return language if language in LANGUAGES else DEFAULT_LANG
    return DEFAULT_LANG
