"""Render time of synthetic theories (50, 200, 1,000 nodes): toc's own work against the engine's.

Usage: python bench/render_bench.py [--engine auto|dot|graphviz-pure] [--sizes 50,200,1000]

toc's share is parse + validate + build DOT + write; the engine's is the layout
of that DOT into SVG. The target is toc's share under 10% of the engine's time
for 200 nodes and more.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from toc.api import load  # noqa: E402
from toc.cli.writer import write_atomically
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


def measure(nodes: int, engine_choice: str, runs: int = 3) -> tuple[float, float, int]:
    """Best of `runs` for toc's own work and for the engine's layout, in seconds."""
    text = synthetic_theory(nodes)
    engine = find_engine(engine_choice)
    own_times, engine_times = [], []
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(runs):
            start = time.perf_counter()
            loaded = load(text, "synthetic.toc")
            assert loaded.ok, loaded.diagnostics[:3]
            dot = to_dot(loaded.theory, Options())
            built = time.perf_counter()
            picture = layout(engine, dot, "svg", timeout=600)
            laid_out = time.perf_counter()
            write_atomically(Path(folder) / "synthetic.svg", picture)
            written = time.perf_counter()
            own_times.append((built - start) + (written - laid_out))
            engine_times.append(laid_out - built)
    return min(own_times), min(engine_times), len(loaded.theory.nodes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", default="auto")
    parser.add_argument("--sizes", default="50,200,1000")
    arguments = parser.parse_args()
    engine = find_engine(arguments.engine)
    print(f"engine: {engine.name} ({engine.path})")
    print(f"{'nodes':>6} {'toc (s)':>9} {'engine (s)':>11} {'toc share':>10}")
    for size in (int(s) for s in arguments.sizes.split(",")):
        own, engine_time, count = measure(size, arguments.engine, runs=3 if size <= 200 else 1)
        print(f"{count:>6} {own:>9.3f} {engine_time:>11.3f} {own / engine_time:>10.1%}")


if __name__ == "__main__":
    main()
