"""Synthetic theories for benchmarks and scale tests, written as .toc text.

`synthetic(n)`: n nodes of every kind, about 1.5 n links, some feedback loops,
contexts on links and assumptions. `layered(layers, width)`: the adversarial
case, a layered graph in which every node links to two nodes of the next layer
(so the number of paths grows as 2 ** layers) with back links that make big loops.

    python bench/generate.py synthetic 1000 > big.toc
    python bench/generate.py layered 100 50 > adversarial.toc
"""

from __future__ import annotations

import random
import sys

KINDS = (  # (keyword, share of the nodes)
    ("intervention", 0.05), ("mechanism", 0.35), ("outcome", 0.35), ("impact", 0.05),
    ("effect", 0.05), ("external", 0.05),
)


def _declare(lines: list[str], kind: str, node_id: str, extra: str = "") -> None:
    lines.append(f'{kind} {node_id} "{kind.capitalize()} {node_id}"{extra}')


def _result_attributes(kind: str, rng: random.Random) -> str:
    if kind == "effect":
        return " { unintended negative }"
    if kind not in ("outcome", "impact"):
        return ""
    track = rng.choice(["efficiency", "meaning", "craft"])
    indicator = rng.choice(["number", "story"])
    return (f' {{ horizon: {rng.choice(["short", "medium", "long"])}  track: {track}  '
            f'valued_by: a{rng.randrange(3)}  indicator "Seen in {indicator}" {{ kind: {indicator} }} }}')


def _header(lines: list[str], title: str, contexts: int, assumptions: int) -> None:
    lines.append(f'theory "{title}" {{ lang: en }}')
    for number in range(3):
        role = ["participant", "funder", "implementer"][number]
        lines.append(f'actor a{number} "Actor {number}" {{ role: {role} }}')
    for number in range(contexts):
        kind = "enabling" if number % 2 else "hindering"
        lines.append(f'context c{number} "Context {number}" {{ kind: {kind} }}')
    for number in range(assumptions):
        lines.append(f'assumption s{number} "Assumption {number}" {{ risk: high  evidence: untested }}')


def _link(source: str, target: str, rng: random.Random, contexts: int, assumptions: int,
          loop: bool = False) -> str:
    attributes = []
    if contexts and rng.random() < 0.3:
        attributes.append(f"when: c{rng.randrange(contexts)}")
    if assumptions and rng.random() < 0.1:
        attributes.append(f"assumes: s{rng.randrange(assumptions)}")
    if loop and rng.random() < 0.5:
        attributes.append("loop: reinforcing")
    arrow = "-|" if rng.random() < 0.1 else "->"
    return f"{source} {arrow} {target}" + (f" {{ {'  '.join(attributes)} }}" if attributes else "")


def synthetic(n: int, seed: int = 1) -> str:
    """A theory of about n nodes and 1.5 n links, ordered so most links run forward."""
    rng = random.Random(seed)
    contexts, assumptions = max(1, n // 20), max(1, n // 20)
    lines: list[str] = []
    _header(lines, f"Synthetic theory of {n} nodes", contexts, assumptions)
    ids: list[tuple[str, str]] = []
    for kind, share in KINDS:
        for _ in range(max(1, int(n * share))):
            node_id = f"n{len(ids)}"
            ids.append((kind, node_id))
            _declare(lines, kind, node_id, _result_attributes(kind, rng))
    causes: dict[str, list[str]] = {}
    for position, (_, node_id) in enumerate(ids[:-1]):
        for _ in range(1 if rng.random() < 0.5 else 2):
            target = ids[rng.randrange(position + 1, len(ids))][1]
            if target != node_id:
                lines.append(_link(node_id, target, rng, contexts, assumptions))
                causes.setdefault(target, []).append(node_id)
        if rng.random() < 0.02 and node_id in causes:
            # A feedback loop: back to a node two or three steps up a pathway into this one.
            ancestor = node_id
            for _ in range(rng.randrange(2, 4)):
                ancestor = rng.choice(causes.get(ancestor) or [ancestor])
            if ancestor != node_id:
                lines.append(_link(node_id, ancestor, rng, contexts, assumptions, loop=True))
    return "\n".join(lines) + "\n"


def layered(layers: int, width: int, seed: int = 1) -> str:
    """Layers of `width` nodes, each linked to two nodes of the next layer, with back links."""
    rng = random.Random(seed)
    contexts, assumptions = 10, 10
    lines: list[str] = []
    _header(lines, f"Layered theory of {layers} x {width} nodes", contexts, assumptions)
    for layer in range(layers):
        kind = ("intervention" if layer == 0 else "impact" if layer == layers - 1
                else "mechanism" if layer % 2 else "outcome")
        for column in range(width):
            _declare(lines, kind, f"l{layer}_{column}", _result_attributes(kind, rng))
    for layer in range(layers - 1):
        for column in range(width):
            for offset in (0, 1 + rng.randrange(width - 1)):
                target = f"l{layer + 1}_{(column + offset) % width}"
                lines.append(_link(f"l{layer}_{column}", target, rng, contexts, assumptions))
            if layer and rng.random() < 0.1:
                # A link back over eight layers closes cycles through most nodes in between
                # (forward fan-out reaches a whole layer in a few steps): one giant loop.
                back = f"l{max(1, layer - 7)}_{rng.randrange(width)}"
                lines.append(_link(f"l{layer + 1}_{column}", back, rng, contexts, assumptions,
                                   loop=True))
    return "\n".join(lines) + "\n"


def count_paths(layers: int, width: int) -> int:
    """Paths from the first layer to the last when every node has two distinct successors."""
    return width * 2 ** (layers - 1)


if __name__ == "__main__":
    mode, *numbers = sys.argv[1:]
    values = [int(v) for v in numbers]
    sys.stdout.write(synthetic(*values) if mode == "synthetic" else layered(*values))
