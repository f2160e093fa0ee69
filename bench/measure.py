"""Measuring whole processes for the benchmarks: CPU time and peak memory of each run, medians of several.

The machine these run on is shared, so wall-clock time says as much about the
neighbours as about toc: CPU time (user + system, from the kernel's accounting of
the finished child) is the figure compared, and the load average is printed so
that a reader can judge how busy the machine was.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Run:
    """One finished process: CPU seconds, wall seconds, peak resident memory in MB, exit status."""

    cpu: float
    wall: float
    peak_mb: float
    status: int


def run_once(command: list[str], stdin: bytes | None = None) -> Run:
    """Run a command to its end with its output discarded; its own resources, not its siblings'."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if stdin is not None:
        assert process.stdin is not None
        process.stdin.write(stdin)
        process.stdin.close()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    # Linux reports the peak resident set in kilobytes.
    return Run(usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss / 1024, process.returncode)


@dataclass(frozen=True)
class Median:
    """The median CPU and wall time and the largest peak memory of several runs of one command."""

    cpu: float
    wall: float
    peak_mb: float
    runs: int


def median_of(command: list[str], runs: int = 5, stdin: bytes | None = None,
              expect: tuple[int, ...] = (0,)) -> Median:
    """Run a command `runs` times; fail loudly if it exits with an unexpected status."""
    results = [run_once(command, stdin) for _ in range(runs)]
    for result in results:
        if result.status not in expect:
            raise RuntimeError(f"{' '.join(command)} exited with {result.status}")
    return Median(statistics.median(r.cpu for r in results), statistics.median(r.wall for r in results),
                  max(r.peak_mb for r in results), runs)


def medians_of(commands: list[list[str]], runs: int = 5,
               expect: tuple[int, ...] = (0,)) -> list[Median]:
    """Like `median_of` for several commands, run in turn (A, B, A, B, ...), so that a neighbour's
    load that comes and goes weighs on each of them alike; the ratios between them are what counts."""
    results: list[list[Run]] = [[] for _ in commands]
    for _ in range(runs):
        for command, found in zip(commands, results):
            result = run_once(command)
            if result.status not in expect:
                raise RuntimeError(f"{' '.join(command)} exited with {result.status}")
            found.append(result)
    return [Median(statistics.median(r.cpu for r in found), statistics.median(r.wall for r in found),
                   max(r.peak_mb for r in found), runs) for found in results]


def python(*arguments: str) -> list[str]:
    """A command that runs this Python (the one toc is installed in) with some arguments."""
    return [sys.executable, *arguments]


def toc(*arguments: str) -> list[str]:
    return python("-m", "toc", *arguments)


def compile_toc() -> None:
    """Compile toc's modules to bytecode first, as an installation has them: a checkout run with
    PYTHONDONTWRITEBYTECODE would otherwise compile every module again in every process."""
    import compileall
    from pathlib import Path

    compileall.compile_dir(str(Path(__file__).resolve().parent.parent / "toc"), quiet=1)


def load_line() -> str:
    """How busy the machine is: the load averages over 1, 5 and 15 minutes, and its cores."""
    one, five, fifteen = os.getloadavg()
    return f"machine: {os.cpu_count()} cores, load average {one:.2f} / {five:.2f} / {fifteen:.2f}"


def ratio_line(name: str, measured: float, reference_name: str, reference: float, target: float,
               unit: str = "s") -> str:
    """`name: 0.61 s = 1.22 x reference (0.50 s); target <= 1.5: met`."""
    ratio = measured / reference
    verdict = "met" if ratio <= target else "NOT met"
    return (f"{name}: {measured:.3f} {unit} = {ratio:.2f} x {reference_name} ({reference:.3f} {unit}); "
            f"target <= {target:g}: {verdict}")
