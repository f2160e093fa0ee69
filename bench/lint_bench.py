"""Lint time on large theories: 1k and 10k synthetic nodes, and an adversarial layered graph.

    python bench/lint_bench.py            # prints a table; targets: each lint under 3 s

Loading (parse and build) is timed apart from linting; each figure is the best of three runs.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import count_paths, layered, synthetic  # noqa: E402
from toc.api import load  # noqa: E402
from toc.lint import lint  # noqa: E402

RUNS = 3


def best(action) -> tuple[float, object]:
    times, result = [], None
    for _ in range(RUNS):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return min(times), result


def measure(name: str, text: str) -> None:
    load_time, loaded = best(lambda: load(text, f"{name}.toc"))
    assert loaded.ok, loaded.diagnostics[:3]
    lint_time, found = best(lambda: lint(loaded))
    theory = loaded.theory
    print(f"| {name} | {len(theory.nodes)} | {len(theory.links)} | {load_time:.2f} s "
          f"| {lint_time:.2f} s | {len(found)} |")


def main() -> None:
    print("| theory | nodes | links | load | lint | findings |")
    print("| --- | --- | --- | --- | --- | --- |")
    measure("synthetic-1k", synthetic(1000))
    measure("synthetic-10k", synthetic(10000))
    measure(f"layered-100x50 (~{count_paths(100, 50):.0e} paths)", layered(100, 50))


if __name__ == "__main__":
    main()
