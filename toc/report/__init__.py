"""Every output format for findings: text, JSON, GitHub annotations, SARIF and Markdown.

Each target escapes user text with its function in `toc.escape`; only the front
ends print what these functions return.
"""

from toc.report.github import to_github
from toc.report.json import as_dict, format_json, to_json
from toc.report.markdown import to_markdown
from toc.report.sarif import to_sarif
from toc.report.summary import FileReport, counts, summary_line
from toc.report.text import format_findings, format_text

__all__ = ["FileReport", "as_dict", "counts", "format_findings", "format_json", "format_text", "summary_line",
           "to_github", "to_json", "to_markdown", "to_sarif"]
