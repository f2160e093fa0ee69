"""Diagrams of a theory: DOT and Mermaid text, views, and running a Graphviz engine."""
