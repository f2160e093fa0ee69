"""Time `toc check` at 1k, 10k and 50k nodes, and its start-up against importing its dependencies.

Targets: time grows linearly (50k/10k ratio <= 6); 10k nodes check in under 2 s;
`toc check` on an example takes at most 2.5x the time of importing its dependencies.
Run: python bench/check_bench.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import synthetic  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "pocket-money.toc"


def best_of(command: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=False, capture_output=True)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        for n in (1_000, 10_000, 50_000):
            path = Path(folder) / f"theory-{n}.toc"
            path.write_text(synthetic(n), encoding="utf-8")
            command = [sys.executable, "-m", "toc", "check", str(path)]
            out = subprocess.run(command, capture_output=True, text=True)
            assert out.returncode == 0, out.stderr[:2000]
            results[n] = best_of(command, runs=3)
            size = path.stat().st_size / 1e6
            print(f"check {n:>6} nodes ({size:5.1f} MB): {results[n]:6.2f} s   {out.stdout.strip()[-80:]}")
    print(f"ratio 50k/10k: {results[50_000] / results[10_000]:.2f} (target <= 6)")
    print(f"10k nodes: {results[10_000]:.2f} s (target < 2 s)")
    imports = best_of([sys.executable, "-c", "import lark, pydantic, click"], runs=10)
    bare = best_of([sys.executable, "-c", "pass"], runs=10)
    check = best_of([sys.executable, "-m", "toc", "check", str(EXAMPLE)], runs=10)
    print(f"start-up: bare python {bare:.3f} s, importing dependencies {imports:.3f} s, "
          f"toc check on an example {check:.3f} s, ratio {check / imports:.2f} (target <= 2.5)")


if __name__ == "__main__":
    main()
