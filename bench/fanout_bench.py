"""The fan-out case: 200 sources each linked to the same 200 targets (40,000 links in about 13 KB).

    python bench/fanout_bench.py      # prints each stage and command as a ratio to `toc check`

One `a, b, ... -> x, y, ...` statement makes every source-target pair a link, so
a small text holds many links; every stage must stay linear in them. The figures
are the best of three runs, measured in this run, and shown against `toc check`
of the same file (the cost of reading and building it), so that they can be
compared between machines. Target: load, lint, checklist and DOT together take
no more than about a second of toc's own processor time (in one process, start-up
left out); the sum of the four stages is shown as a ratio to that second.
"""

from __future__ import annotations

import gc
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from toc.api import checklist_markdown, critique, lint, load, render_dot  # noqa: E402
from toc.cli.common import loading_quietly  # noqa: E402

RUNS = 3
WIDTH = 200
TARGET = 1.0  # seconds of processor time for the four stages together


def fanout(width: int = WIDTH) -> str:
    """`width` interventions and `width` outcomes, every intervention linked to every outcome."""
    lines = ['theory "Fan-out" { lang: en }']
    lines += [f'intervention s{i} "Source {i}"' for i in range(width)]
    lines += [f'outcome t{i} "Target {i}"' for i in range(width)]
    lines.append(", ".join(f"s{i}" for i in range(width)) + " -> "
                 + ", ".join(f"t{i}" for i in range(width)))
    return "\n".join(lines) + "\n"


def best(action: Callable[[], object], collect: bool = True,
         clock: Callable[[], float] = time.perf_counter) -> float:
    """The best of three runs by `clock`; `collect=False` rests the cyclic collector, as the
    command line does while it loads (toc/cli/common.py)."""
    times = []
    for _ in range(RUNS):
        gc.collect()
        if not collect:
            gc.disable()
        start = clock()
        action()
        times.append(clock() - start)
        gc.enable()
    return min(times)


def command(*arguments: str) -> float:
    """The best wall time of a `toc` command in a fresh process (start-up included)."""
    line = [sys.executable, "-m", "toc", *arguments]
    return best(lambda: subprocess.run(line, capture_output=True, check=False))


def main() -> None:
    text = fanout()
    print(f"fan-out {WIDTH} x {WIDTH}: {WIDTH * WIDTH} links in {len(text.encode()) / 1000:.1f} kB")
    # Loaded as the command line loads (the collector resting, then what was loaded out of
    # its sight, and rarer collections for the stages that follow).
    with loading_quietly():
        loaded = load(text, "fanout.toc")
    # Processor time of this process: what toc itself spends, not what other programs on a
    # busy machine take from it while it waits.
    cpu = time.process_time
    stages = {
        "load (check)": best(lambda: load(text, "fanout.toc"), collect=False, clock=cpu),
        "lint": best(lambda: lint(loaded), clock=cpu),
        "checklist (with its lint)": best(lambda: checklist_markdown(loaded), clock=cpu),
        "DOT": best(lambda: render_dot(loaded.theory), clock=cpu),
    }
    reference = stages["load (check)"]
    print("\nin one process (processor seconds, and ratio to loading):")
    for name, seconds in stages.items():
        print(f"  {name:28} {seconds:6.3f} s  {seconds / reference:5.1f} x")
    total = sum(stages.values())
    print(f"  {'all four':28} {total:6.3f} s  {total / reference:5.1f} x")
    print(f"  {'all four / target of 1 s':28} {total / TARGET:6.2f} x  "
          f"({'within' if total <= TARGET else 'over'} the target)")
    # The report page lints and makes the checklist in one pass over the rules.
    together = best(lambda: critique(loaded), clock=cpu)
    one_pass = stages["load (check)"] + together + stages["DOT"]
    print(f"  {'lint + checklist, one pass':28} {together:6.3f} s  {together / reference:5.1f} x")
    print(f"  {'load + one pass + DOT':28} {one_pass:6.3f} s  {one_pass / reference:5.1f} x")
    print(f"  {'  / target of 1 s':28} {one_pass / TARGET:6.2f} x  "
          f"({'within' if one_pass <= TARGET else 'over'} the target)")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fanout.toc"
        path.write_text(text, encoding="utf-8")
        dot = str(Path(folder) / "fanout.dot")
        commands = {
            "toc check": command("check", str(path)),
            "toc lint --format json": command("lint", "--format", "json", str(path)),
            "toc checklist": command("checklist", str(path)),
            "toc render -o x.dot": command("render", str(path), "-o", dot),
        }
    check = commands["toc check"]
    print("\ncommands (wall time with start-up, and ratio to toc check):")
    for name, seconds in commands.items():
        print(f"  {name:28} {seconds:6.3f} s  {seconds / check:5.1f} x")


if __name__ == "__main__":
    main()
