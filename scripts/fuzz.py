#!/usr/bin/env python3
"""Long fuzzing campaigns: generated and mutated theories through every stage of toc.

Each input goes through loading (`toc check`), and when it loads, through lint,
the checklist, the DOT drawing, `toc fmt` with its proof, the comparison with a
mutated sibling (`toc diff`) and the report page's HTML. What counts:

- a crash: any exception a stage raises that is not its documented refusal
  (the formatter's NotParsed); grouped by signature (type and innermost toc line);
- a hang: an input that takes longer than --timeout seconds;
- a formatter violation: `toc fmt` failing its own proof (UnsafeFormat: its output
  does not parse, says other words, builds another model or changes when formatted
  again) on a text that parses.

    python scripts/fuzz.py --inputs 1000000 --jobs 2 --out fuzz-report
    python scripts/fuzz.py --inputs 2000 --seed 7          a quick look

The inputs are made from a seed, so a campaign is repeated by running it again;
a new crash signature is printed as soon as it is found, with its seed and input
number, and every crashing input is written to --out (crashes.json). Exit
status: 0 when nothing was found.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import signal
import sys
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Text that has broken parsers, escapes and terminals before: put in labels and ids.
HOSTILE = [
    "\x1b[2J\x1b[H", "\x1b]0;title\x07", "\x1b]8;;https://x.example\x1b\\link\x1b]8;;\x1b\\", "\x07",
    "ab\x08\x08", "\x9b31m", "\u202eevil\u202c", "\u2066x\u2069", "\u061c", "\ufffe", "\uffff",
    "\x00", "\x7f", "\u2028", "https://evil.example/a?b=c", "www.evil.example", "a@b.example",
    "@org/team", "#12", "GH-3", "own/repo#4", "$x^2$", "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "*b* _i_ ~~s~~ `c`", "| p |",
    "&amp; &lt;", "]]> <![CDATA[", '\\"]; n [URL=\\"javascript:x\\"];', "{% if 1 %}x{% endif %}",
    "{{ 7 * 7 }}", "%0A::error::x", "::warning::y", "#quot; #35;", "%%{init: {}}%%", "\\\\", "\\n",
    "\\t", "é\u0301", "日本語", "עברית", "🧑‍🤝‍🧑", "\t", " ", "", "x" * 300,
]
KEYWORDS = [
    "theory", "theorie", "actor", "intervention", "interventie", "output", "mechanism", "mechanisme",
    "context", "assumption", "aanname", "outcome", "uitkomst", "impact", "effect", "external", "value",
    "waarde", "group", "groep", "indicator", "counterfactual", "tegenfeitelijk", "use",
]
ATTRIBUTES = [
    "by", "door", "serves", "horizon", "termijn", "valued_by", "when", "als", "assumes", "kind",
    "soort", "role", "rol", "risk", "evidence", "bewijs", "confidence", "source", "bron", "label",
    "loop", "delay", "deadweight", "sowieso", "attribution", "displacement", "drop_off",
    "contributors", "members", "description", "version", "scope", "lang", "taal", "track", "level",
    "aim", "for", "baseline", "target", "unit", "timing",
]
VALUES = [
    "short", "medium", "long", "kort", "lang", "enabling", "hindering", "participant", "funder",
    "high", "low", "untested", "tested", "reinforcing", "balancing", "efficiency", "meaning", "craft",
    "en", "nl", "story", "number", "unknown", "20%", "100%", "0%", "-5%", "101%", "3.5",
    "100.00000000000000000001%", "1e9", "99999999999999999999%",
]
FLAGS = ["unintended", "negative", "indirect", "onbedoeld", "negatief", "intended", "positive"]
SOUP = list('abcé xyz_{}:,"\\->|#%.0123456789\n\r\t') + [f"{k} " for k in KEYWORDS[:12]] + [
    "-> ", "-| ", "{ ", "} ", '"label" ', "20% ", "\r\n"]


@dataclass
class Tally:
    """What a batch of inputs found."""

    inputs: int = 0
    loaded: int = 0
    formatted: int = 0
    crashes: Counter = field(default_factory=Counter)
    examples: dict = field(default_factory=dict)
    hangs: int = 0
    hang_examples: list = field(default_factory=list)
    violations: int = 0
    violation_examples: list = field(default_factory=list)
    stopped: bool = False

    def add(self, other: Tally) -> None:
        self.inputs += other.inputs
        self.loaded += other.loaded
        self.formatted += other.formatted
        self.crashes.update(other.crashes)
        for key, value in other.examples.items():
            self.examples.setdefault(key, value)
        self.hangs += other.hangs
        self.hang_examples += other.hang_examples[: max(0, 5 - len(self.hang_examples))]
        self.violations += other.violations
        self.violation_examples += other.violation_examples[: max(0, 5 - len(self.violation_examples))]


# Making inputs ------------------------------------------------------------------------------------


def _sources() -> list[str]:
    """The examples, the critique corpus and the formatter's cases: texts to mutate."""
    found = sorted([*ROOT.glob("examples/**/*.toc"), *ROOT.glob("tests/critique/corpus/*.toc"),
                    *ROOT.glob("tests/fmt/cases/*.toc"), *ROOT.glob("tests/language/invalid/*.toc")])
    return [path.read_text(encoding="utf-8", errors="replace") for path in found]


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _label(rng: random.Random) -> str:
    if rng.random() < 0.4:
        return _quoted(rng.choice(HOSTILE) + " " + rng.choice(HOSTILE))
    return _quoted(rng.choice(["Children's skills", "Vertrouwen", "Parents", "Één café", "x"]))


def generated(rng: random.Random) -> str:
    """A theory of a few statements, mostly valid, with hostile texts in its labels."""
    nl = rng.random() < 0.3
    word = (lambda en, dutch: dutch if nl else en)  # noqa: E731 - a short local alias
    kinds = {"actor": ["p", "q"], "intervention": ["i", "j"], "mechanism": ["m", "één"],
             "context": ["c"], "assumption": ["a"], "outcome": ["o", "o2"], "impact": ["z"],
             "effect": ["e"], "external": ["x"], "value": ["v"]}
    attributes = {
        "actor": lambda: f"{word('role', 'rol')}: {rng.choice(['participant', 'funder', 'implementer'])}",
        "intervention": lambda: f"{word('by', 'door')}: p  serves: v",
        "context": lambda: f"{word('kind', 'soort')}: {rng.choice(['enabling', 'hindering'])}",
        "assumption": lambda: (f"risk: {rng.choice(['high', 'low'])}  "
                               f"evidence: {rng.choice(['untested', 'strong'])}"),
        "outcome": lambda: (f"horizon: {rng.choice(['short', 'medium', 'long'])}  valued_by: q  "
                            f"indicator {_label(rng)} {{ kind: {rng.choice(['story', 'number'])} }}"),
        "impact": lambda: f"horizon: long  description: {_label(rng)}",
        "effect": lambda: rng.choice(["unintended negative", "intended positive", "indirect"]),
    }
    lines = [f"{word('theory', 'theorie')} {_label(rng)} {{ lang: {'nl' if nl else 'en'}  "
             f"version: {_label(rng)} }}"]
    for kind, ids in kinds.items():
        for node in ids:
            extra = f" {{ {attributes[kind]()} }}" if kind in attributes and rng.random() < 0.7 else ""
            lines.append(f"{kind} {node} {_label(rng)}{extra}")
    chains = [["i", "m", "o", "z"], ["j", "één", "o2"], ["x", "o"], ["i", "e"], ["o", "m"]]
    for chain in rng.sample(chains, rng.randint(1, len(chains))):
        details = [f"label: {_label(rng)}"] if rng.random() < 0.5 else []
        details += ["when: c"] if rng.random() < 0.4 else []
        details += ["assumes: a"] if rng.random() < 0.3 else []
        details += [f"confidence: {rng.choice(['60%', _label(rng)])}"] if rng.random() < 0.2 else []
        tail = f" {{ {'  '.join(details)} }}" if details else ""
        lines.append(rng.choice([" -> ", " -> ", " -| "]).join(chain) + tail)
    if rng.random() < 0.5:
        lines.append(f"counterfactual z {{ {_label(rng)}  deadweight: {rng.choice(VALUES)}  "
                     f"contributors: x }}")
    if rng.random() < 0.3:
        lines.append(f"group g {_label(rng)} {{ members: m, één }}")
    if rng.random() < 0.3:
        lines.append(f"# {rng.choice(HOSTILE)}")
    for _ in range(rng.randint(0, 2) if rng.random() < 0.15 else 0):  # a little wrong, now and then
        place = rng.randrange(len(lines))
        lines[place] += f" {{ {rng.choice(ATTRIBUTES)}: {rng.choice(VALUES)} }}"
    ending = rng.choice(["\n", "\n", "\r\n", "\r"])
    return ending.join(lines) + ending


def soup(rng: random.Random) -> str:
    """Characters and keywords in no order at all."""
    return "".join(rng.choice(SOUP) if rng.random() < 0.9 else chr(rng.randrange(0x10FFFF))
                   for _ in range(rng.randint(0, 120))).replace("\ud800", "")


def mutated(rng: random.Random, sources: list[str]) -> str:
    """An example, cut, spliced and garbled in a few places."""
    text = rng.choice(sources)
    for _ in range(rng.randint(1, 4)):
        start = rng.randint(0, len(text))
        end = min(len(text), start + rng.randint(0, 60))
        operation = rng.random()
        if operation < 0.3:
            text = text[:start] + text[end:]
        elif operation < 0.6:
            text = text[:start] + (soup(rng) if rng.random() < 0.5 else rng.choice(HOSTILE)) + text[start:]
        elif operation < 0.8:
            text = text[:end] + text[start:end] + text[end:]
        else:
            other = rng.choice(sources)
            cut = rng.randint(0, len(other))
            text = text[:start] + other[cut:cut + rng.randint(0, 200)] + text[end:]
    return text


def make_input(seed: int, number: int, sources: list[str]) -> str:
    rng = random.Random(seed * 1_000_003 + number)
    kind = rng.random()
    if kind < 0.45:
        return generated(rng)
    if kind < 0.55:
        return soup(rng)
    return mutated(rng, sources)


# Running one input ------------------------------------------------------------------------------------


class Hang(Exception):
    """The input ran past the time limit."""


def _fake_layout(texts: list[str]) -> list[str]:
    return ['<svg xmlns="http://www.w3.org/2000/svg"><g id="graph0" class="graph"></g></svg>'] * len(texts)


def run_one(text: str, number: int, tally: Tally | None = None, *, page_every: int = 200,
            diff_every: int = 10) -> str | None:
    """Run one input through every stage; None, or 'violation: ...' for a formatter slip.

    Raises whatever a stage raised that it should not have; counts in `tally` the
    inputs that loaded and those that were formatted.
    """
    tally = tally if tally is not None else Tally()
    from toc.api import checklist_markdown, diff, lint, load, render_dot
    from toc.fmt import NotParsed, UnsafeFormat, format_text

    loaded = load(text, "fuzz.toc")
    for diagnostic in loaded.diagnostics:
        assert diagnostic.message, diagnostic
    if not loaded.ok:
        return None
    tally.loaded += 1
    lint(loaded)
    checklist_markdown(loaded)
    render_dot(loaded.theory)
    try:
        formatted = format_text(text, "fuzz.toc")
    except NotParsed:
        formatted = None
    except UnsafeFormat as unsafe:
        return f"violation: {unsafe.check} {unsafe.detail}"[:200]
    if formatted is not None:
        # The formatter's own proof has loaded its output to the same model and formatted
        # it again without change; a failed proof is the UnsafeFormat above.
        tally.formatted += 1
    if number % diff_every == 0:
        sibling = load(mutated(random.Random(number), [text]), "fuzz.toc")
        if sibling.ok:
            diff(loaded, sibling)
    if number % page_every == 0:
        from toc.page import build_page

        build_page(loaded.theory, lang=loaded.lang, file="fuzz.toc", layout=_fake_layout,
                   findings=lint(loaded), checklist=None)
    return None


def signature(problem: BaseException) -> str:
    """The type of a crash and the innermost line of toc where it happened."""
    frames = [f for f in traceback.extract_tb(problem.__traceback__) if "/toc/" in f.filename]
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
    return f"{type(problem).__name__} at {where}"


def _alarm(signum: int, frame: object) -> None:
    raise Hang()


def run_batch(arguments: tuple[int, int, int, float]) -> Tally:
    """Run inputs [start, stop) of a seed; a worker process's share."""
    seed, start, stop, timeout = arguments
    sources = _sources()
    tally = Tally()
    use_alarm = hasattr(signal, "setitimer")
    if use_alarm:
        signal.signal(signal.SIGALRM, _alarm)
    for number in range(start, stop):
        text = make_input(seed, number, sources)
        tally.inputs += 1
        began = time.monotonic()
        try:
            if use_alarm:
                signal.setitimer(signal.ITIMER_REAL, timeout)
            outcome = run_one(text, number, tally)
        except Hang:
            tally.hangs += 1
            tally.hang_examples.append(text[:2000])
            continue
        except Exception as problem:  # noqa: BLE001 - counting crashes is the point
            key = signature(problem)
            tally.crashes[key] += 1
            tally.examples.setdefault(key, {"seed": seed, "number": number, "input": text})
            continue
        finally:
            if use_alarm:
                signal.setitimer(signal.ITIMER_REAL, 0)
        if not use_alarm and time.monotonic() - began > timeout:
            tally.hangs += 1
        if outcome is not None:
            tally.violations += 1
            tally.violation_examples.append({"why": outcome, "input": text[:2000]})
    return tally


def campaign(inputs: int, jobs: int, seed: int, timeout: float, batch: int = 500,
             progress: bool = True) -> Tally:
    """Run `inputs` inputs in `jobs` processes; print progress now and then."""
    work = [(seed, start, min(start + batch, inputs), timeout) for start in range(0, inputs, batch)]
    total = Tally()
    began = time.monotonic()
    pool = multiprocessing.get_context("fork").Pool(jobs, initializer=_worker) if jobs > 1 else None
    results = pool.imap_unordered(run_batch, work) if pool else map(run_batch, work)
    try:
        for done, tally in enumerate(results, start=1):
            for key, example in tally.examples.items():
                if key not in total.examples:  # told at once, so a long campaign need not end first
                    print(f"new crash: {key} (seed {example['seed']}, input {example['number']})",
                          flush=True)
            total.add(tally)
            if progress and (done % 20 == 0 or done == len(work)):
                rate = total.inputs / max(1e-9, time.monotonic() - began)
                print(f"{total.inputs:>9} inputs, {len(total.crashes)} crash signatures, {total.hangs} "
                      f"hangs, {total.violations} formatter violations ({rate:.0f}/s)", flush=True)
    except KeyboardInterrupt:
        # Stopped early (Ctrl-C, or SIGTERM): what was run so far is still reported.
        total.stopped = True
    finally:
        if pool:
            pool.terminate()
    return total


def _stop(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _worker() -> None:
    """A worker leaves stopping to the campaign, which ends the workers itself."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=max(1, (os.cpu_count() or 2) - 1))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds before an input is a hang")
    parser.add_argument("--out", type=Path, default=None,
                        help="folder for the report and the inputs found")
    options = parser.parse_args()
    began = time.monotonic()
    signal.signal(signal.SIGTERM, _stop)
    tally = campaign(options.inputs, options.jobs, options.seed, options.timeout)
    summary = {"inputs": tally.inputs, "stopped_early": tally.stopped, "loaded": tally.loaded,
               "formatted": tally.formatted,
               "crash_signatures": dict(tally.crashes), "hangs": tally.hangs,
               "formatter_violations": tally.violations, "seed": options.seed,
               "seconds": round(time.monotonic() - began, 1)}
    print(json.dumps(summary, indent=2, ensure_ascii=True))
    if options.out:
        options.out.mkdir(parents=True, exist_ok=True)
        (options.out / "summary.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")
        # As JSON, so that an input no file could hold (a lone surrogate) is kept exactly.
        (options.out / "crashes.json").write_text(json.dumps(tally.examples, indent=2), encoding="utf-8")
        (options.out / "violations.json").write_text(json.dumps(tally.violation_examples, indent=2),
                                                      encoding="utf-8")
        (options.out / "hangs.json").write_text(json.dumps(tally.hang_examples, indent=2), encoding="utf-8")
    return 0 if not tally.crashes and not tally.hangs and not tally.violations else 1


if __name__ == "__main__":
    sys.exit(main())
