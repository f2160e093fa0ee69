"""Time `toc diff` on two 10,000-node versions with 1% changed, as a ratio against `toc check` of the new one.

The second version renames, relabels and re-dates 1% of the elements (spread
over the file), and removes and adds 1% of the links, so that every kind of
matching is at work. Both commands are measured in the same run, on the same
file, so the ratio does not depend on the machine. A 20,000-node pair shows
how the time grows (linear: about twice).

Targets: diff (with the critique) within 6x of check, which itself loads one
version; without the critique within 3x; 20k/10k at most 2.5.
Run: python bench/diff_bench.py
"""

from __future__ import annotations

import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import synthetic  # noqa: E402

_DECLARATION = re.compile(r'^(mechanism|outcome|impact) (n\d+) "([^"]*)"(.*)$')
_LINK = re.compile(r"^n\d+ -[>|] n\d+")
_ID_OR_TEXT = re.compile(r'"[^"]*"|\bn\d+\b')
_HORIZON = re.compile(r"horizon: (short|medium|long)")
_LATER = {"short": "medium", "medium": "long", "long": "short"}


def changed(text: str, share: float = 0.01, seed: int = 7) -> tuple[str, int]:
    """Another version of a synthetic theory: `share` of its elements and links changed."""
    rng = random.Random(seed)
    lines = text.splitlines()
    declared = [i for i, line in enumerate(lines) if _DECLARATION.match(line)]
    links = [i for i, line in enumerate(lines) if _LINK.match(line)]
    count = max(1, int(len(declared) * share / 3))
    renames: dict[str, str] = {}
    for number, i in enumerate(rng.sample(declared, 3 * count)):
        kind, node_id, label, rest = _DECLARATION.match(lines[i]).groups()
        if number % 3 == 0:
            renames[node_id] = f"renamed_{node_id}"
        elif number % 3 == 1:
            lines[i] = f'{kind} {node_id} "{label} (revised)"{rest}'
        else:  # a result expected at another time; a mechanism gets a new label instead
            later = _HORIZON.sub(lambda m: f"horizon: {_LATER[m.group(1)]}", lines[i])
            lines[i] = later if later != lines[i] else f'{kind} {node_id} "{label} (new)"{rest}'
    dropped = set(rng.sample(links, max(1, int(len(links) * share))))
    kept = [line for i, line in enumerate(lines) if i not in dropped]
    ids = [_DECLARATION.match(lines[i]).group(2) for i in declared]
    kept += [f"{rng.choice(ids)} -> {rng.choice(ids)}" for _ in dropped]
    kept = [line for line in kept if not re.fullmatch(r"(n\d+) -> \1", line)]
    new = "\n".join(kept) + "\n"
    # One pass for every rename: each id is replaced wherever it is written, but not inside
    # the quotes of a label (labels name their id: "Mechanism n12").
    new = _ID_OR_TEXT.sub(lambda m: renames.get(m.group(0), m.group(0)), new)
    return new, 3 * count + 2 * len(dropped)


def best_of(command: list[str], runs: int) -> tuple[float, subprocess.CompletedProcess[str]]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        times.append(time.perf_counter() - start)
    assert result is not None
    return min(times), result


def measure(folder: Path, n: int, runs: int) -> dict[str, float]:
    old_path, new_path = folder / f"old-{n}.toc", folder / f"new-{n}.toc"
    text = synthetic(n)
    new_text, edits = changed(text)
    old_path.write_text(text, encoding="utf-8")
    new_path.write_text(new_text, encoding="utf-8")
    toc = [sys.executable, "-m", "toc"]
    check, checked = best_of([*toc, "check", str(new_path)], runs)
    assert checked.returncode == 0, checked.stderr[:2000]
    full, compared = best_of([*toc, "diff", str(old_path), str(new_path)], runs)
    assert compared.returncode == 1, compared.stderr[:2000]
    quick, quickly = best_of([*toc, "diff", "--no-critique", str(old_path), str(new_path)], runs)
    assert quickly.returncode == 1, quickly.stderr[:2000]
    summary = compared.stdout.splitlines()[0]
    print(f"{n:>6} nodes, {edits} edits: check {check:5.2f} s, diff {full:5.2f} s "
          f"(ratio {full / check:.2f}), diff --no-critique {quick:5.2f} s (ratio {quick / check:.2f})")
    print(f"         {summary[-90:]}")
    return {"check": check, "diff": full, "quick": quick}


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        ten = measure(Path(folder), 10_000, runs=3)
        twenty = measure(Path(folder), 20_000, runs=2)
    print(f"diff / check at 10k: {ten['diff'] / ten['check']:.2f} (target <= 6), "
          f"without the critique {ten['quick'] / ten['check']:.2f} (target <= 3)")
    print(f"growth 20k/10k: diff {twenty['diff'] / ten['diff']:.2f}, "
          f"check {twenty['check'] / ten['check']:.2f} (target <= 2.5)")


if __name__ == "__main__":
    main()
