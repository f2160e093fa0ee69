"""User text as data in every output: one escaping function per target, and nothing else.

`markdown` (reports, checklists, hovers, docs pages), `terminal` (what the command
line prints), `xml` (text in SVG and HTML), `dot` (Graphviz HTML-like labels),
`mermaid` (Mermaid labels and their YAML front matter), `github` (workflow
commands) and `sarif` (file URIs). `controls` holds what several of them share:
characters no output can carry. This package imports nothing else of toc.
"""
