"""The language: from text to a validated model, with every problem as a positioned diagnostic.

`source` turns offsets into lines and columns; `vocabulary` holds the bilingual
keywords; `parser` (the only user of Lark) makes a `syntax` tree, and hands the
grammar's terminals to `lexicon`, where every pattern of the text's shape is derived; `build`
resolves names and attributes into the model; `load` follows includes and is
the entry point. `diagnostics` is the shape every finding takes, `codes` the
one registry of the codes they carry (outside the lint rules), and `suggest`
the one 'did you mean'.
"""
