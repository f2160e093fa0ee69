"""Time `toc fmt` on the largest example and on a synthetic theory of many nodes.

    python bench/fmt_bench.py [--nodes 10000] [--repeat 3]

Prints the best of a few runs for: loading (parse + build), printing alone, and
the whole formatter (load, print, reload and the safety proof).
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from pathlib import Path

from toc.api import load
from toc.fmt import format_text
from toc.fmt.printer import print_document

ROOT = Path(__file__).resolve().parent.parent
_KINDS = ["intervention", "mechanism", "outcome", "impact", "context", "external"]


def synthetic_theory(nodes: int, seed: int = 1) -> str:
    """A valid theory with `nodes` nodes, about two links per node and a comment every 25 lines.

    The layout is deliberately untidy (no spaces, aligned columns, comments after
    code) so that the formatter has work to do.
    """
    rng = random.Random(seed)
    lines = ['theory "Synthetic"{version:"1" lang:en}', 'actor people "People" {role:participant}']
    ids = []
    for number in range(nodes - 1):
        kind = _KINDS[number % len(_KINDS)]
        node_id = f"n{number}"
        ids.append((node_id, kind))
        attributes = {
            "intervention": "{by:people}",
            "outcome": "{horizon:short level:person indicator \"Count\" {kind:number}}",
            "impact": "{horizon:long}",
            "context": "{kind:enabling}",
        }.get(kind, "")
        label = f'"Node {number}: a label of a realistic length"'
        lines.append(f"{kind} {node_id}    {label} {attributes}")
        if number % 25 == 0:
            lines.append(f"# group {number // 25}")
    linkable = [node_id for node_id, _ in ids]
    for number, source in enumerate(linkable):
        for target in rng.sample(linkable, 2):
            if target != source:
                arrow = "-|" if number % 7 == 0 else "->"
                trailing = "  # why" if number % 40 == 0 else ""
                lines.append(f"{source}{arrow}{target}{{evidence:weak}}{trailing}")
    return "\n".join(lines) + "\n"


def best(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def measure(name: str, text: str, repeat: int) -> None:
    loaded = load(text, "bench.toc")
    document = loaded.documents["bench.toc"]
    load_time = best(lambda: load(text, "bench.toc"), repeat)
    print_time = best(lambda: print_document(document), repeat)
    format_time = best(lambda: format_text(text, "bench.toc"), repeat)
    print(f"{name}: {len(text.splitlines())} lines, {len(loaded.theory.nodes)} nodes, "
          f"{len(loaded.theory.links)} links, {len(document.comments)} comments")
    print(f"  load (parse + build) {load_time:7.3f} s")
    print(f"  print alone          {print_time:7.3f} s")
    print(f"  toc fmt, with proof  {format_time:7.3f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    arguments = parser.parse_args()
    largest = max((ROOT / "examples").glob("*.toc"), key=lambda p: p.stat().st_size)
    measure(f"example {largest.name}", largest.read_text(encoding="utf-8"), arguments.repeat)
    measure(f"synthetic {arguments.nodes} nodes", synthetic_theory(arguments.nodes),
            arguments.repeat)


if __name__ == "__main__":
    main()
