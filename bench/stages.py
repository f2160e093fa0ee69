"""Where `toc check` spends its time, stage by stage, in one fresh process: prints JSON of CPU seconds.

    python bench/stages.py FILE

The stages are those of `toc check FILE`: importing what it imports, reading
the file, tokenizing, reading the statements (toc.language.descent), building
the model (toc.language.build) and summarizing it (loops and counts), with the
garbage collector at rest as the command line has it while loading.
"""

from __future__ import annotations

import gc
import json
import sys
import time

started = time.process_time()
import toc.cli.app  # noqa: E402, F401 - what `toc check` imports before it reads anything
from toc.analysis.summary import summarize  # noqa: E402
from toc.language import descent  # noqa: E402
from toc.language.build import build  # noqa: E402
from toc.language.load import detect_lang  # noqa: E402
from toc.language.source import Source, decode  # noqa: E402
from toc.language.terminals import lexicon  # noqa: E402


def main(path: str) -> dict[str, float]:
    stages: dict[str, float] = {"import": time.process_time() - started}

    def lap(name: str, start: float) -> float:
        now = time.process_time()
        stages[name] = now - start
        return now

    gc.disable()
    now = time.process_time()
    with open(path, "rb") as stream:
        text = decode(stream.read())
    lang = detect_lang(text)
    source = Source(path, text)
    shape = lexicon()
    now = lap("read", now)
    tokens = descent.tokenize(text, shape)
    now = lap("tokenize", now)
    reader = descent.DescentReader(source, lang, tokens)
    document = reader.document(reader.read(0))
    del tokens, reader
    now = lap("statements", now)
    theory, _ = build(document, lang)
    now = lap("build", now)
    gc.enable()
    gc.freeze()
    summarize(theory)
    lap("summarize", now)
    return stages


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1])))
