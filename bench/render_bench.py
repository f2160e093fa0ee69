"""Render time of synthetic theories (50, 200, 1,000 nodes): toc's own work against the engine's.

Usage: python bench/render_bench.py [--engine auto|dot|graphviz-pure] [--sizes 50,200,1000] [--runs 3]

toc's share is parse + validate + build DOT + write, in this process; the
engine's is the layout of that DOT into SVG, run as `toc render` runs it
(`toc.render.engines.layout`: the DOT on standard input, the SVG from standard
output). Both are CPU time: the engine's from the kernel's accounting of the
finished child, so that the neighbours' load on a shared machine does not count
as the engine's. The target is toc's share under 10% of the engine's time for
200 nodes and more.

Each size also runs the same engine on the same DOT as one would from the
command line (`dot -Tsvg in.dot -o out.svg`), in turn with the run through toc,
and prints the ratio: the engine through toc against the engine on its own. And
when both engines are installed, the other one on the same DOT: that is where a
difference at 1,000 nodes comes from (`auto` chooses the system `dot` when it is
on PATH, and Graphviz 2.43's `dot` takes about twice as long there as the
built-in `graphviz-pure`; at 200 nodes they take the same).
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.measure import load_line  # noqa: E402
from toc.api import load  # noqa: E402
from toc.cli.writer import write_atomically  # noqa: E402
from toc.render.dot import Options, to_dot  # noqa: E402
from toc.render.engines import find_engine, layout  # noqa: E402

KINDS = ("intervention", "mechanism", "outcome", "impact")
HORIZONS = ("short", "medium", "long")


def synthetic_theory(nodes: int, seed: int = 7) -> str:
    """A layered theory of roughly `nodes` nodes: interventions through mechanisms to results,
    with contexts, assumptions, some reducing links and a few feedback loops."""
    rng = random.Random(seed)
    lines = [f'theory "Synthetic {nodes}" {{ lang: en }}', 'actor team "Team"']
    contexts = max(1, nodes // 20)
    assumptions = max(1, nodes // 20)
    lines += [f'context c{i} "Context number {i} that helps or hinders"' for i in range(contexts)]
    lines += [f'assumption a{i} "Assumption number {i} about the people involved"'
              for i in range(assumptions)]
    layers: list[list[str]] = [[] for _ in KINDS]
    for i in range(nodes - contexts - assumptions - 1):
        layer = min(len(KINDS) - 1, i * len(KINDS) // max(1, nodes - contexts - assumptions))
        kind = KINDS[layer]
        name = f"{kind[0]}{i}"
        extra = " { by: team }" if kind == "intervention" else (
            f" {{ horizon: {HORIZONS[min(2, layer - 1)]} }}" if layer >= 2 else "")
        lines.append(f'{kind} {name} "The {kind} number {i}, with a label of some length"{extra}')
        layers[layer].append(name)
    for depth in range(1, len(layers)):
        for target in layers[depth]:
            for source in rng.sample(layers[depth - 1], min(2, len(layers[depth - 1]))):
                attributes = []
                if rng.random() < 0.2:
                    attributes.append(f"when: c{rng.randrange(contexts)}")
                if rng.random() < 0.1:
                    attributes.append(f"assumes: a{rng.randrange(assumptions)}")
                arrow = "-|" if rng.random() < 0.1 else "->"
                suffix = f" {{ {'  '.join(attributes)} }}" if attributes else ""
                lines.append(f"{source} {arrow} {target}{suffix}")
    for _ in range(max(1, nodes // 100)):  # feedback from results back to mechanisms
        lines.append(f"{rng.choice(layers[2])} -> {rng.choice(layers[1])} {{ loop: reinforcing }}")
    return "\n".join(lines) + "\n"


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def other_engine(engine_name: str) -> str | None:
    """The path of the other engine, when it is installed."""
    from toc.render.engines import EMBEDDED, SYSTEM, RenderProblem

    try:
        return find_engine(EMBEDDED if engine_name == SYSTEM else SYSTEM).path
    except RenderProblem:
        return None


def alone_on(path: str, dot_file: Path, out: Path) -> float:
    before = children_cpu()
    subprocess.run([path, "-Tsvg", str(dot_file), "-o", str(out)], check=True, capture_output=True,
                   timeout=1200)
    return children_cpu() - before


def measure(nodes: int, engine_choice: str, runs: int) -> tuple[float, float, float, float | None, int]:
    """Medians of toc's own CPU time, the engine's through toc, the engine's on its own, and the
    other engine's on its own (None when it is not installed)."""
    text = synthetic_theory(nodes)
    engine = find_engine(engine_choice)
    other = other_engine(engine.name)
    own_times, through_toc, alone, others = [], [], [], []
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(runs):
            start = time.process_time()
            loaded = load(text, "synthetic.toc")
            assert loaded.ok, loaded.diagnostics[:3]
            dot = to_dot(loaded.theory, Options())
            built = time.process_time()
            before = children_cpu()
            picture = layout(engine, dot, "svg", timeout=1200)
            through_toc.append(children_cpu() - before)
            written = time.process_time()
            write_atomically(Path(folder) / "synthetic.svg", picture)
            own_times.append((built - start) + (time.process_time() - written))
            # The same engine on the same DOT, as from the command line.
            source = Path(folder) / "synthetic.dot"
            source.write_text(dot, encoding="utf-8")
            alone.append(alone_on(engine.path, source, Path(folder) / "alone.svg"))
            if other is not None:
                others.append(alone_on(other, source, Path(folder) / "other.svg"))
    return (statistics.median(own_times), statistics.median(through_toc), statistics.median(alone),
            statistics.median(others) if others else None, len(loaded.theory.nodes))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", default="auto")
    parser.add_argument("--sizes", default="50,200,1000")
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    engine = find_engine(arguments.engine)
    print(load_line())
    print(f"engine: {engine.name} ({engine.path}); CPU seconds, medians of {arguments.runs} runs")
    other = other_engine(engine.name)
    print(f"{'nodes':>6} {'toc':>8} {'engine':>8} {'toc share':>10} {'target':>8} "
          f"{'engine alone':>13} {'through toc / alone':>20}"
          + (f"  {'the other engine alone':>23}" if other else ""))
    for size in (int(s) for s in arguments.sizes.split(",")):
        own, through, alone, others, count = measure(size, arguments.engine, arguments.runs)
        share = own / through
        target = "met" if share <= 0.10 or size < 200 else "NOT met"
        line = (f"{count:>6} {own:>8.3f} {through:>8.3f} {share:>10.1%} {target:>8} "
                f"{alone:>13.3f} {through / alone:>20.2f}")
        if others is not None:
            line += f"  {others:>8.3f} = {others / alone:.2f} x this one"
        print(line, flush=True)
    print(f"{load_line()} (at the end)")


if __name__ == "__main__":
    main()
