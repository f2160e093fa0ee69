"""Report pages for the tests: made from text with the real engine, and a hostile corpus of user text."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ROOT, load_text
from toc.api import report_html

EXAMPLES = ROOT / "examples"

# Every kind of text a theory can hold, each trying to become markup, script or template.
ATTACKS = (
    '<script>window.__pwned = "script"</script>',
    '</script><script>window.__pwned = "end of script"</script>',
    '<img src=x onerror="window.__pwned = 1">',
    '" onmouseover="window.__pwned = 1" x="',
    "' onfocus='window.__pwned = 1' autofocus='",
    "javascript:window.__pwned = 1",
    '<a href="javascript:window.__pwned = 1">click</a>',
    "{{ 7 * 7 }} {% if true %}template ran{% endif %} {# hidden #}",
    "</style><style>body { display: none }</style>",
    '<svg onload="window.__pwned = 1"></svg>]]> <!-- -->',
    "&lt;b&gt; &amp;amp; &#60;i&#62; \\ backslash",
)


def quoted(text: str) -> str:
    """Text as a toc string literal."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def hostile_theory(shift: int = 0) -> str:
    """A valid theory whose every text is an attack; the ids are words, as the language demands.

    `shift` gives each text the next attack instead: an earlier version in which every label changed.
    """
    a = [quoted(ATTACKS[(number + shift) % len(ATTACKS)]) for number in range(len(ATTACKS))]
    return f'''theory {a[0]} {{
  version: {a[1]}
  scope: {a[2]}
  description: {a[7]}
  source: {a[3]}
}}
actor café {a[3]} {{ role: participant  description: {a[4]} }}
intervention work {a[5]} {{ by: café  description: {a[6]} }}
mechanism how {a[7]} {{ for: café }}
context when_ {a[8]} {{ kind: enabling }}
outcome result {a[9]} {{
  horizon: long
  valued_by: café
  indicator {a[10]} {{ kind: number  unit: {a[0]}  source: {a[2]} }}
}}
assumption holds {a[1]} {{ risk: high  evidence: untested  source: {a[6]} }}
work -> how -> result {{ when: when_  assumes: holds  source: {a[3]}  label: {a[8]} }}
counterfactual result {{ {a[9]}  deadweight: 10%  contributors: work }}
group box {a[4]} {{ members: work, how  description: {a[5]} }}
'''


def hostile_older() -> str:
    """An earlier version of the hostile theory: other attacks in every text, and a result since removed."""
    return hostile_theory(shift=1) + f"outcome gone {quoted(ATTACKS[0])} {{ horizon: short }}\nwork -> gone\n"


def page_of(text: str, folder: Path, name: str = "plan", lang: str | None = None,
            against: str | None = None, **options: object) -> Path:
    """Write the report page of a theory given as text (compared with an older one); return the HTML file."""
    loaded = load_text(text, f"{name}.toc")
    assert loaded.ok, loaded.diagnostics
    if against is not None:
        older = load_text(against, f"{name}-old.toc")
        assert older.ok, older.diagnostics
        options["against"] = older
    target = folder / f"{name}.html"
    target.write_text(report_html(loaded, lang=lang, **options), encoding="utf-8")
    return target


def example(name: str) -> str:
    return (EXAMPLES / f"{name}.toc").read_text(encoding="utf-8")
