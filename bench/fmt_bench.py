"""`toc fmt` against `toc check`: on a file already formatted, on an untidy one, and its peak memory.

    python bench/fmt_bench.py [--nodes 10000] [--memory-nodes 50000] [--runs 5]

Whole processes, CPU time the median of runs made in turn, each figure a ratio
against `toc check` of the same file measured in the same run:

- `toc fmt --check` on a file already in its canonical layout: target <= 1.2 x;
- format on save in an editor (the language server's formatting request, which
  has the text loaded already: `toc.api.format_source(text, loaded=...)`), in
  process, against loading the text as `toc check` does: target <= 1.2 x;
- `toc fmt` of an untidy file (load, print, load again, prove), for the record;
- peak memory of `toc fmt` on an untidy file of --memory-nodes nodes: target at
  most half of the 1.08 GB it took before (a documented figure: the old version is
  not at hand here), and against `toc check` of the same file.
"""

from __future__ import annotations

import argparse
import gc
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.measure import compile_toc, load_line, median_of, medians_of, ratio_line, toc  # noqa: E402

BEFORE_PEAK_MB = 1080.0  # `toc fmt` at 50,000 nodes before this work, as measured on this machine
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


def on_save(text: str, path: str, runs: int) -> tuple[float, float]:
    """CPU seconds of loading a text (what `toc check` does) and of formatting it as an editor saves."""
    from toc.api import format_source, load, summarize

    loads, saves = [], []
    collecting = gc.isenabled()
    gc.disable()  # as the command line and the language server load
    try:
        for _ in range(runs):
            start = time.process_time()
            loaded = load(text, path)
            summarize(loaded.theory)
            loads.append(time.process_time() - start)
            start = time.process_time()
            assert format_source(text, path, loaded=loaded) == text
            saves.append(time.process_time() - start)
    finally:
        if collecting:
            gc.enable()
    return statistics.median(loads), statistics.median(saves)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=10_000)
    parser.add_argument("--memory-nodes", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=5)
    arguments = parser.parse_args()
    compile_toc()
    print(load_line())
    with tempfile.TemporaryDirectory() as folder:
        untidy = Path(folder) / "untidy.toc"
        untidy.write_text(synthetic_theory(arguments.nodes), encoding="utf-8")
        tidy = Path(folder) / "tidy.toc"
        shutil.copy(untidy, tidy)
        assert median_of(toc("fmt", str(tidy)), 1).runs == 1
        print(f"{arguments.nodes:,} nodes ({tidy.stat().st_size / 1e6:.1f} MB formatted)")
        check, fmt_check, fmt_untidy = medians_of(
            [toc("check", str(tidy)), toc("fmt", "--check", str(tidy)),
             toc("fmt", "--check", str(untidy))], arguments.runs, expect=(0, 1))
        print("  " + ratio_line("toc fmt --check, formatted file", fmt_check.cpu, "toc check",
                                check.cpu, 1.2))
        print(f"  toc fmt --check, untidy file (the whole proof): {fmt_untidy.cpu:.3f} s = "
              f"{fmt_untidy.cpu / check.cpu:.2f} x toc check")
        text = tidy.read_text(encoding="utf-8")
        loading, saving = on_save(text, str(tidy), arguments.runs)
        print("  " + ratio_line("format on save, formatted file (in process)", saving,
                                "loading it as toc check does", loading, 1.2))

        big = Path(folder) / "big.toc"
        big.write_text(synthetic_theory(arguments.memory_nodes), encoding="utf-8")
        print(f"\n{arguments.memory_nodes:,} nodes ({big.stat().st_size / 1e6:.1f} MB untidy)")
        big_check, big_fmt = medians_of([toc("check", str(big)), toc("fmt", "--check", str(big))], 1,
                                        expect=(0, 1))
        print("  " + ratio_line("toc fmt peak memory", big_fmt.peak_mb, "the peak before",
                                BEFORE_PEAK_MB, 0.5, "MB"))
        print(f"  toc check of the same file: {big_check.peak_mb:.0f} MB "
              f"(toc fmt takes {big_fmt.peak_mb / big_check.peak_mb:.2f} x that)")


if __name__ == "__main__":
    main()
