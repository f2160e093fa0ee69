"""Paths that are no ordinary files: the system's pseudo file systems, and links that lead into them."""

from __future__ import annotations

import os

from toc.language.access import inside

# Files under /proc and /sys claim a size of 0 and hold a process's environment
# and memory or the kernel's settings; nothing there is a theory.
PSEUDO_FOLDERS = ("/proc", "/sys")
# Nothing toc makes belongs under /dev either: /dev/stdin and /dev/fd/N lead,
# through /proc, to whatever file the shell connected, which is not the target
# the user named.
SYSTEM_FOLDERS = ("/dev", *PSEUDO_FOLDERS)
# As many links as the system itself follows before it gives up.
_MAX_LINKS = 40


def is_pseudo_file(path: str) -> bool:
    """Whether a path, once its links are followed, is a file of /proc or /sys."""
    return inside(os.path.realpath(path), PSEUDO_FOLDERS)


def leads_into_system_files(path: str) -> bool:
    """Whether a path, or any link on the way to its file, lies in /dev, /proc or /sys.

    The final file alone says too little: /dev/stdin leads through /proc/self/fd/0
    to the very file the shell redirected, which looks like any other file.
    """
    current = os.path.abspath(path)
    for _ in range(_MAX_LINKS):
        folder = os.path.realpath(os.path.dirname(current))
        if inside(current, SYSTEM_FOLDERS) or inside(folder, SYSTEM_FOLDERS):
            return True
        if not os.path.islink(current):
            return False
        current = os.path.normpath(os.path.join(folder, os.readlink(current)))
    return True
