#!/usr/bin/env python3
"""Write the TextMate grammar (and the VS Code extension's copy) from the grammar and the vocabulary.

Usage:
  python scripts/gen_tmlanguage.py              write both files
  python scripts/gen_tmlanguage.py --check      exit 1 when a committed file is out of date
  python scripts/gen_tmlanguage.py --vocabulary print the words editors must recognise (JSON)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.tmlanguage import render, vocabulary_summary  # noqa: E402

# The grammar's home, and the copy the extension ships (an extension may not
# refer to files outside its own folder).
TARGETS = (ROOT / "grammar" / "toc.tmLanguage.json",
           ROOT / "editors" / "vscode" / "syntaxes" / "toc.tmLanguage.json")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check, write nothing")
    parser.add_argument("--vocabulary", action="store_true", help="print the vocabulary as JSON")
    args = parser.parse_args()
    if args.vocabulary:
        print(json.dumps(vocabulary_summary(), ensure_ascii=False, indent=2))
        return 0
    text = render()
    stale = [t for t in TARGETS if not t.is_file() or t.read_text(encoding="utf-8") != text]
    if args.check:
        for target in stale:
            print(f"{target.relative_to(ROOT)} is out of date: run scripts/gen_tmlanguage.py",
                  file=sys.stderr)
        return 1 if stale else 0
    for target in stale:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", newline="\n")
        print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
