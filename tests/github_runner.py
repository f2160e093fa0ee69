"""A small stand-in for GitHub's runner: runs a composite action's steps as GitHub runs them.

What it does as GitHub does (docs: "Metadata syntax for GitHub Actions", "Workflow
commands", "Variables"): each `run:` step gets `${{ … }}` replaced by the values of
`inputs` (or their defaults), `steps.<id>.outputs` and `env`; it runs with
`bash --noprofile --norc -eo pipefail FILE` in the workspace, with the environment
GitHub documents (GITHUB_ACTION_PATH, GITHUB_WORKSPACE, GITHUB_EVENT_NAME,
GITHUB_EVENT_PATH, RUNNER_TEMP, RUNNER_OS, CI, GITHUB_ACTIONS) plus the step's `env:`,
and with a fresh GITHUB_OUTPUT and GITHUB_STEP_SUMMARY file of its own; afterwards its
outputs are read (`name=value` and `name<<DELIMITER` forms) and its summary is added to the
job's. A failing step skips the steps after it unless it says `continue-on-error: true`.

What it cannot do is run other actions (`uses:`): the test passes a stand-in for each,
which sees the step's evaluated `with:` and returns the outputs the real one documents.
An expression it does not know fails the test rather than being guessed.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml

_EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
_COMMAND = re.compile(r"^::(error|warning|notice)(?: ([^:]*))?::(.*)$")
UsesStandIn = Callable[[dict[str, str]], dict[str, str]]


@dataclass
class Annotation:
    level: str
    properties: dict[str, str]
    message: str


@dataclass
class Job:
    """What a run left: each step's outcome and outputs, its log, annotations and the job summary."""

    outcomes: dict[str, str] = field(default_factory=dict)
    codes: dict[str, int] = field(default_factory=dict)  # each shell step's exit status
    outputs: dict[str, dict[str, str]] = field(default_factory=dict)
    log: str = ""
    summary: str = ""

    @property
    def annotations(self) -> list[Annotation]:
        found = []
        for line in self.log.splitlines():
            match = _COMMAND.match(line)
            if match:
                properties = dict(p.split("=", 1) for p in (match.group(2) or "").split(",") if p)
                found.append(Annotation(match.group(1), properties, match.group(3)))
        return found

    @property
    def failed(self) -> bool:
        return "failure" in self.outcomes.values()


def read_outputs(text: str) -> dict[str, str]:
    """GITHUB_OUTPUT's two forms: `name=value` and `name<<DELIMITER` … `DELIMITER`."""
    outputs, lines = {}, iter(text.splitlines())
    for line in lines:
        if "<<" in line and ("=" not in line or line.index("<<") < line.index("=")):
            name, delimiter = line.split("<<", 1)
            body = []
            for more in lines:
                if more == delimiter:
                    break
                body.append(more)
            outputs[name] = "\n".join(body)
        elif "=" in line:
            name, value = line.split("=", 1)
            outputs[name] = value
    return outputs


class Runner:
    """Runs one action in one workspace; `temp` plays RUNNER_TEMP and keeps what steps leave there."""

    def __init__(self, action: Path, workspace: Path, temp: Path, event: Path,
                 uses: Mapping[str, UsesStandIn], env: Mapping[str, str] | None = None,
                 event_name: str = "pull_request") -> None:
        self.action, self.workspace, self.temp, self.event = action, workspace, temp, event
        self.event_name = event_name
        self.definition = yaml.safe_load((action / "action.yml").read_text(encoding="utf-8"))
        self.uses = uses
        self.env = dict(os.environ if env is None else env)

    def _value(self, expression: str, inputs: Mapping[str, str], job: Job) -> str:
        parts = expression.split(".")
        if parts[0] == "inputs" and len(parts) == 2:
            declared = self.definition["inputs"][parts[1]]  # KeyError: an input action.yml does not declare
            return inputs.get(parts[1], str(declared.get("default", "")))
        if parts[0] == "steps" and len(parts) == 4 and parts[2] == "outputs":
            return job.outputs.get(parts[1], {}).get(parts[3], "")
        raise AssertionError(f"the stand-in runner does not know the expression ${{{{ {expression} }}}}")

    def _fill(self, text: str, inputs: Mapping[str, str], job: Job) -> str:
        return _EXPRESSION.sub(lambda m: self._value(m.group(1), inputs, job), str(text))

    def run(self, inputs: Mapping[str, str] | None = None, only: set[str] | None = None,
            job: Job | None = None) -> Job:
        """Run the steps (those whose id is in `only`, when given), continuing `job` if given."""
        inputs, job = dict(inputs or {}), job or Job()
        self.temp.mkdir(parents=True, exist_ok=True)
        for number, step in enumerate(self.definition["runs"]["steps"]):
            name = step.get("id", f"step{number}")
            assert "if" not in step, "the stand-in runner runs every step; teach it `if:` first"
            if only is not None and name not in only:
                continue
            if job.failed:
                job.outcomes[name] = "skipped"
                continue
            if "uses" in step:
                action = step["uses"].split("@")[0]
                given = {key: self._fill(value, inputs, job) for key, value in step.get("with", {}).items()}
                try:
                    job.outputs[name], outcome = self.uses[action](given), "success"
                except Exception as failure:  # noqa: BLE001 - a stand-in's failure is the step's
                    job.log += f"{action} failed: {failure}\n"
                    job.outputs[name], outcome = {}, "failure"
            else:
                outcome = self._shell(name, step, inputs, job)
            job.outcomes[name] = "success" if step.get("continue-on-error") and outcome == "failure" else outcome
        return job

    def _shell(self, name: str, step: dict, inputs: Mapping[str, str], job: Job) -> str:
        script = self.temp / f"{name}.sh"
        script.write_text(self._fill(step["run"], inputs, job), encoding="utf-8")
        output, summary = self.temp / f"{name}.output", self.temp / f"{name}.summary"
        output.write_text(""), summary.write_text("")
        env = {**self.env, "CI": "true", "GITHUB_ACTIONS": "true", "RUNNER_OS": "Linux",
               "RUNNER_TEMP": str(self.temp), "GITHUB_WORKSPACE": str(self.workspace),
               "GITHUB_ACTION_PATH": str(self.action), "GITHUB_EVENT_NAME": self.event_name,
               "GITHUB_EVENT_PATH": str(self.event), "GITHUB_OUTPUT": str(output),
               "GITHUB_STEP_SUMMARY": str(summary),
               **{key: self._fill(value, inputs, job) for key, value in step.get("env", {}).items()}}
        assert step["shell"] == "bash"
        done = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
                              cwd=self.workspace, env=env, capture_output=True, text=True, timeout=900)
        job.log += done.stdout + done.stderr
        job.codes[name] = done.returncode
        job.outputs[name] = read_outputs(output.read_text(encoding="utf-8"))
        job.summary += summary.read_text(encoding="utf-8")
        return "success" if done.returncode == 0 else "failure"
