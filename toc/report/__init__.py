"""Every output format for findings: text, JSON, GitHub annotations, SARIF and Markdown.

Each target escapes user text in one function of `escape`; only the front ends
print what these functions return.
"""

from toc.report.escape import escape_github_data, escape_github_property, escape_markdown, sarif_uri
from toc.report.github import to_github
from toc.report.json import as_dict, format_json, to_json
from toc.report.markdown import to_markdown
from toc.report.sarif import to_sarif
from toc.report.summary import FileReport, counts, summary_line
from toc.report.text import format_text

__all__ = ["FileReport", "as_dict", "counts", "escape_github_data", "escape_github_property",
           "escape_markdown", "format_json", "format_text", "sarif_uri", "summary_line",
           "to_github", "to_json", "to_markdown", "to_sarif"]
