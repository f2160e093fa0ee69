"""Synthetic theories of change for benchmarks: n nodes, about 1.5 n links, loops, contexts, assumptions."""

from __future__ import annotations

import random
import sys

# Share of each kind among the nodes; linkable kinds are laid out in layers.
MIX = [
    ("actor", 0.04), ("value", 0.02), ("intervention", 0.10), ("mechanism", 0.18),
    ("context", 0.06), ("assumption", 0.06), ("outcome", 0.38), ("impact", 0.06),
    ("effect", 0.05), ("external", 0.05),
]
LAYER_OF = {"intervention": 0, "external": 0, "mechanism": 1, "outcome": 2, "effect": 2, "impact": 3}


def generate(n: int, seed: int = 1) -> str:
    """Return the text of a valid synthetic theory with about n nodes."""
    rng = random.Random(seed)
    lines = [f'theory "Synthetic theory of {n} nodes" {{ lang: en }}']
    ids: dict[str, list[str]] = {kind: [] for kind, _ in MIX}
    for kind, share in MIX:
        for i in range(max(1, int(n * share))):
            ids[kind].append(f"{kind[:3]}{i}")
    for actor in ids["actor"]:
        lines.append(f'actor {actor} "Actor {actor}" {{ role: participant }}')
    for value in ids["value"]:
        lines.append(f'value {value} "Value {value}"')
    for intervention in ids["intervention"]:
        lines.append(f'intervention {intervention} "Intervention {intervention}" '
                     f'{{ by: {rng.choice(ids["actor"])} }}')
    for mechanism in ids["mechanism"]:
        lines.append(f'mechanism {mechanism} "How people respond: {mechanism}"')
    for context in ids["context"]:
        kind = rng.choice(["enabling", "hindering"])
        lines.append(f'context {context} "Circumstance {context}" {{ kind: {kind} }}')
    for assumption in ids["assumption"]:
        lines.append(f'assumption {assumption} "Assumption {assumption}" '
                     f'{{ risk: {rng.choice(["low", "medium", "high"])}  evidence: untested }}')
    for kind in ("outcome", "impact"):
        horizon = "medium" if kind == "outcome" else "long"
        for node in ids[kind]:
            lines.append(f'{kind} {node} "Result {node}" {{ horizon: {horizon}  '
                         f'valued_by: {rng.choice(ids["actor"])}\n'
                         f'  indicator "Stories about {node}" {{ kind: story }} }}')
    for effect in ids["effect"]:
        lines.append(f'effect {effect} "Side effect {effect}" {{ unintended negative }}')
    for external in ids["external"]:
        lines.append(f'external {external} "Other contributor {external}"')
    layers: list[list[str]] = [[], [], [], []]
    for kind, layer in LAYER_OF.items():
        layers[layer].extend(ids[kind])
    linkable = sum(len(layer) for layer in layers)
    for _ in range(int(n * 1.5)):
        layer = rng.randrange(3)
        source = rng.choice(layers[layer])
        target = rng.choice(layers[layer + 1] if rng.random() < 0.8 else layers[min(3, layer + 1)])
        if source == target:
            continue
        extras = []
        if rng.random() < 0.3:
            extras.append(f"when: {rng.choice(ids['context'])}")
        if rng.random() < 0.2:
            extras.append(f"assumes: {rng.choice(ids['assumption'])}")
        arrow = "-|" if rng.random() < 0.1 else "->"
        attributes = f" {{ {'  '.join(extras)} }}" if extras else ""
        lines.append(f"{source} {arrow} {target}{attributes}")
    # Feedback loops: intervention -> mechanism -> outcome -> back to the intervention.
    for _ in range(max(1, linkable // 100)):
        intervention = rng.choice(ids["intervention"])
        mechanism, outcome = rng.choice(ids["mechanism"]), rng.choice(ids["outcome"])
        lines.append(f"{intervention} -> {mechanism} -> {outcome}")
        lines.append(f"{outcome} -> {intervention} {{ loop: reinforcing }}")
    for impact in ids["impact"][: max(1, len(ids["impact"]) // 2)]:
        lines.append(f'counterfactual {impact} {{ "Part would happen anyway." deadweight: 25% '
                     f'contributors: {rng.choice(ids["external"])} }}')
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(generate(int(sys.argv[1]) if len(sys.argv) > 1 else 1000))
