"""The report page: one self-contained, offline HTML page of a theory, to read, click and print.

`build_page` makes it from a loaded theory, its findings and its checklist; the
caller lays out the diagrams (`Layout`), so that nothing here runs a program or
touches a file.
"""

from toc.page.change import Against
from toc.page.document import Layout, Problems, build_page, policy

__all__ = ["Against", "Layout", "Problems", "build_page", "policy"]
