"""What the front ends (the command line and the language server) share for reading the disk.

`read` is the one way a theory or an included file is read: regular files only,
no larger than the limit, and includes only where toc.language.access allows.
`settings` finds the configuration (toc.toml or pyproject.toml) and reads the
settings that decide that rule.
"""
