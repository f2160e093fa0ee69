"""The review action's job summary in Markdown: the verdict, the findings, and a part per theory."""

from __future__ import annotations

import re

from toc import i18n
from toc.escape.markdown import markdown_code

# A link target that can neither end the Markdown link early nor point anywhere but GitHub.
_SAFE_URL = re.compile(r"https://[^\s()<>\[\]`\\]+")


def _demote(markdown: str, levels: int) -> str:
    """Place another report's headings under this summary's (user text in them is escaped,
    so a line that starts with '#' is always a heading the report wrote)."""
    return re.sub(r"^(#+) ", lambda m: "#" * levels + m.group(1) + " ", markdown, flags=re.MULTILINE)


def _verdict(state: dict) -> str:
    if state["fail_on"] == "never":
        key = "review.reported"
    else:
        key = {0: "review.passed", 1: "review.findings"}.get(state["status"], "review.failed")
    return i18n.text(key, state["lang"], fail_on=state["fail_on"])


def _page_line(page: str | None, path: str, name: str, url: str, lang: str) -> str:
    if page is None:
        return "_" + i18n.text("review.no_page", lang, path=markdown_code(path)) + "_"
    shown = {"page": markdown_code(page), "name": markdown_code(name)}
    if _SAFE_URL.fullmatch(url):
        return i18n.text("review.page_link", lang, url=url, **shown)
    return i18n.text("review.page", lang, **shown)


def _theory(section: dict, name: str, url: str, lang: str) -> str:
    path = section["path"]
    parts = [f"### {markdown_code(path)}", _page_line(section["page"], path, name, url, lang)]
    if section["compared"]:
        if section["new"]:
            parts.append(i18n.text("review.new_theory", lang))
        elif section.get("change"):
            parts.append(_demote(section["change"], 1))
        else:
            parts.append("_" + i18n.text("review.no_change", lang, path=markdown_code(path)) + "_")
    if section["checklist"]:
        # Folded, so that several theories' checklists leave the summary readable.
        parts.append(f"<details><summary>{i18n.text('review.checklist', lang)}</summary>\n\n"
                     f"{section['checklist']}\n\n</details>")
    else:
        parts.append("_" + i18n.text("review.no_checklist", lang, path=markdown_code(path)) + "_")
    return "\n\n".join(parts)


def compose(state: dict, name: str, url: str) -> str:
    """The whole summary; `url` is the uploaded pages' address (empty when the upload gave none)."""
    lang = state["lang"]
    head = [f"## {i18n.text('review.title', lang)}"]
    if not state["files"]:
        return "\n\n".join([*head, i18n.text("review.none", lang)]) + "\n"
    head += [_verdict(state),
             i18n.text("review.files", lang, files=", ".join(markdown_code(f) for f in state["files"]))]
    if state["base"]:
        head.append(i18n.text("review.compared", lang, base=markdown_code(state["base"])))
    if state["findings"]:
        head.append(i18n.text("review.annotated", lang, on_changed=state["on_changed"],
                              annotated=state["annotated"], findings=state["findings"]))
    if state["lint"]:
        head.append(_demote(state["lint"], 2))
    theories = [_theory(section, name, url, lang) for section in state["sections"]]
    return "\n\n---\n\n".join(["\n\n".join(head), *theories]) + "\n"


def missing_review(lang: str) -> str:
    """The summary when the review step left nothing behind (it failed before it finished)."""
    return f"## {i18n.text('review.title', lang)}\n\n{i18n.text('review.missing', lang)}\n"
