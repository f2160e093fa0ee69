"""The critique on the corpus in figures: recall, false alarms per theory, repeats and vacuous ticks.

    python bench/critique_bench.py            one line per theory, then the totals
    python bench/critique_bench.py -v         also what was missed, raised falsely or repeated

Targets (issue: a critique an evaluator would sign): recall at least 90% of the expected
findings, at most one false alarm per two theories, at most 10% of findings repeating
another, no vacuous tick. The corpus and its expectations are in tests/critique/corpus/.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.critique import measure  # noqa: E402


def main(verbose: bool) -> int:
    for title, folder in (("corpus (tests/critique/corpus)", measure.CORPUS),
                          ("held-out set (tests/critique/heldout)", measure.HELDOUT)):
        print(f"== {title}")
        report(measure.theories(folder), verbose)
        print()
    return 0


def report(paths: list[Path], verbose: bool) -> None:
    totals = {"expected": 0, "met": 0, "false": 0, "vacuous": 0, "repeats": 0, "findings": 0}
    print(f"{'theory':40} {'genre':15} {'met':>7} {'false':>5} {'vacuous':>7} {'repeats':>7} {'findings':>8}")
    for path in paths:
        v = measure.judge(path)
        totals["expected"] += v.expected
        totals["met"] += len(v.met)
        totals["false"] += len(v.false_alarms)
        totals["vacuous"] += len(v.vacuous)
        totals["repeats"] += len(v.repeats)
        totals["findings"] += len(v.findings)
        print(f"{v.name:40} {v.genre:15} {len(v.met):>3}/{v.expected:<3} {len(v.false_alarms):>5} "
              f"{len(v.vacuous):>7} {len(v.repeats):>7} {len(v.findings):>8}")
        if verbose:
            for entry in v.missed:
                print(f"    missed   {entry['rule']} {entry.get('nodes', [])}: {entry['why'][:90]}")
            for entry, found in v.false_alarms:
                print(f"    false    {entry['rule']}: {found.message[:90]}")
            for first, second in v.repeats:
                print(f"    repeat   {first.name} and {second.name} on {first.nodes[:2]}")
            for entry, state in v.vacuous:
                print(f"    vacuous  {entry['item']} ({state.value})")
    n = len(paths)
    recall = totals["met"] / totals["expected"] if totals["expected"] else 1.0
    share = totals["repeats"] / totals["findings"] if totals["findings"] else 0.0
    print(f"recall                 {totals['met']}/{totals['expected']} = {recall:.0%}   (target >= 90%)")
    print(f"false alarms           {totals['false']} in {n} theories = {totals['false'] / n:.2f} per theory"
          "   (target <= 0.50)")
    print(f"findings repeating     {totals['repeats']}/{totals['findings']} = {share:.1%}   (target <= 10%)")
    print(f"vacuous ticks          {totals['vacuous']}   (target 0)")


if __name__ == "__main__":
    sys.exit(main("-v" in sys.argv))
