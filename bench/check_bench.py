"""`toc check` against its floor, against DAGitty, and its start-up against importing what it needs.

    python bench/check_bench.py [--runs 5] [--sizes 1000,10000,50000]

Every figure is a whole process (python -m toc check FILE), its CPU time the
median of several runs, and each is printed as a ratio against a reference:

- the floor, measured first in the same run: a bare `python -c pass`, and a
  process that reads the same file and makes one regular-expression pass over it
  with the grammar's own terminals (what no parser can do without);
- DAGitty, the closest peer (a causal-diagram language, in JavaScript under
  Node): 0.50 s CPU as a whole process to parse a 10,000-node graph and check it
  for cycles, and 188 MB at its peak for 50,000 nodes, as measured on this machine
  before (it cannot be fetched here, so its figures are constants). Targets: toc
  check at 10,000 nodes <= 1.5 x its time, at 50,000 nodes <= 2 x its memory.
  The machine is shared, so the time is also given in floors: DAGitty took 6.5
  times the floor measured with it (0.077 s), toc the number of floors measured
  in this run;
- start-up: `toc check` on a small example against importing the third-party
  packages it loads (found by running it), target <= 1.5 x; `toc lint` on the
  same example against `toc check`, target <= 1.2 x.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import synthetic  # noqa: E402
from bench.measure import compile_toc, load_line, median_of, medians_of, python, ratio_line, toc  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "pocket-money.toc"
DAGITTY_SECONDS = 0.50  # 10,000 nodes, whole Node process, CPU
DAGITTY_PEAK_MB = 188.0  # 50,000 nodes
# The floor as measured on this machine when DAGitty was: its time in floors does not
# depend on how busy the machine is, so toc's time in floors (same run) compares with it.
DAGITTY_FLOOR_SECONDS = 0.077

# The floor: read the file and match the grammar's terminals over all of it, nothing more.
_REGEX_PASS = """
import re, sys
text = open(sys.argv[2], encoding="utf-8").read()
count = sum(1 for _ in re.finditer(sys.argv[1], text))
"""


def terminals_pattern() -> str:
    from toc.language.parser import lexicon

    return lexicon().pattern.pattern


def imported_packages(arguments: list[str]) -> list[str]:
    """The third-party modules a toc command imports, found by running it and listing them.

    Every module, not only the packages: `import pydantic` alone loads little of
    pydantic (it imports its parts when they are first used), so importing the
    packages would understate what the command needs from its dependencies.
    """
    probe = ("import runpy, sys\n"
             f"sys.argv = ['toc', *{arguments!r}]\n"
             "try:\n    runpy.run_module('toc', run_name='__main__')\n"
             "except SystemExit:\n    pass\n"
             "import sysconfig\n"
             "site = sysconfig.get_paths()['purelib']\n"
             "names = [m for m, module in list(sys.modules.items())\n"
             "         if (getattr(module, '__file__', None) or '').startswith(site)\n"
             "         and m.split('.')[0] != 'toc' and not m.startswith('_')]\n"
             "sys.stderr.write('PACKAGES ' + ' '.join(names))\n")
    out = subprocess.run(python("-c", probe), capture_output=True, text=True, check=False)
    return out.stderr.rsplit("PACKAGES ", 1)[1].split()


def stages(path: Path, runs: int) -> None:
    """Print where `toc check` spends its CPU time on a file, stage by stage (bench/stages.py)."""
    script = str(Path(__file__).with_name("stages.py"))
    found = [json.loads(subprocess.run(python(script, str(path)), capture_output=True, text=True,
                                       check=True).stdout) for _ in range(runs)]
    medians = {name: statistics.median(run[name] for run in found) for name in found[0]}
    total = sum(medians.values())
    print("  where the time goes (one process, medians): "
          + ", ".join(f"{name} {seconds:.3f} s ({seconds / total:.0%})" for name, seconds in medians.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="1000,10000,50000")
    arguments = parser.parse_args()
    runs = arguments.runs
    compile_toc()
    print(load_line())
    bare = median_of(python("-c", "pass"), runs * 2)
    print(f"floor: bare python {bare.cpu:.3f} s CPU, {bare.peak_mb:.0f} MB")
    pattern = terminals_pattern()
    with tempfile.TemporaryDirectory() as folder:
        for n in (int(s) for s in arguments.sizes.split(",")):
            path = Path(folder) / f"theory-{n}.toc"
            path.write_text(synthetic(n), encoding="utf-8")
            size = path.stat().st_size / 1e6
            floor, check = medians_of([python("-c", _REGEX_PASS, pattern, str(path)),
                                       toc("check", str(path))], runs if n <= 10_000 else max(1, runs // 2))
            print(f"\n{n:,} nodes ({size:.1f} MB)")
            print(f"  floor (regex pass): {floor.cpu:.3f} s CPU, {floor.peak_mb:.0f} MB")
            print(f"  {ratio_line('toc check', check.cpu, 'the floor', floor.cpu, float('inf'))}")
            print(f"  toc check peak memory {check.peak_mb:.0f} MB "
                  f"({check.peak_mb / floor.peak_mb:.1f} x the floor's)")
            if n == 10_000:
                print("  " + ratio_line("toc check", check.cpu, "DAGitty", DAGITTY_SECONDS, 1.5))
                dagitty_floors = DAGITTY_SECONDS / DAGITTY_FLOOR_SECONDS
                print("  " + ratio_line("the same in floors", check.cpu / floor.cpu, "DAGitty's floors",
                                        dagitty_floors, 1.5, "floors"))
                stages(path, runs)
            if n == 50_000:
                print("  " + ratio_line("toc check peak memory", check.peak_mb, "DAGitty's",
                                        DAGITTY_PEAK_MB, 2.0, "MB"))
    print("\nstart-up, on", EXAMPLE.name)
    packages = imported_packages(["check", str(EXAMPLE)])
    imports, check, lint = medians_of(
        [python("-c", "\n".join(f"import {name}" for name in packages) or "pass"),
         toc("check", str(EXAMPLE)), toc("lint", str(EXAMPLE))], runs * 4, expect=(0, 1))
    tops = sorted({name.split(".")[0] for name in packages})
    print(f"  toc check imports {len(packages)} modules of: {', '.join(tops)}")
    print("  " + ratio_line("toc check", check.cpu, "importing them", imports.cpu, 1.5))
    print("  " + ratio_line("toc lint", lint.cpu, "toc check", check.cpu, 1.2))


if __name__ == "__main__":
    main()
