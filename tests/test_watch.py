"""Watch mode: re-run when a theory or a file it includes changes; failures keep it watching."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from tests import catalogues
from toc import i18n
from toc.cli.common import UsageProblem
from toc.cli.watch import Watched, included_files, watch

THEORY = 'theory "T" { lang: en }\nintervention a "A"\noutcome b "B"\na -> b\n'
LIMIT = 60  # seconds: a bound on waiting for the watcher, never an assertion on speed


class Runner:
    """A run callback that counts its calls and acts out a script of outcomes."""

    def __init__(self, outcomes: list | None = None) -> None:
        self.calls = 0
        self.outcomes = outcomes or []
        self.changed = threading.Condition()

    def __call__(self) -> int:
        with self.changed:
            self.calls += 1
            call = self.calls
            self.changed.notify_all()
        outcome = self.outcomes[call - 1] if call <= len(self.outcomes) else 0
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    def wait_for(self, calls: int, timeout: float) -> bool:
        with self.changed:
            return self.changed.wait_for(lambda: self.calls >= calls, timeout)


class Session:
    """watch() running in a thread, with a stop event and the messages it printed."""

    def __init__(self, paths: list[str], runner: Runner, lang: str = "en") -> None:
        self.runner = runner
        self.stop = threading.Event()
        self.messages: list[str] = []
        self.result: list[int] = []
        self.thread = threading.Thread(
            target=lambda: self.result.append(
                watch(paths, runner, stop=self.stop, lang=lang, echo=self.messages.append)),
            daemon=True)
        self.thread.start()
        assert runner.wait_for(1, LIMIT), "the first run did not happen"

    def change_until_rerun(self, path: Path, text: str | None = None) -> None:
        """Change a file until the watcher runs again (it may still be starting up)."""
        before = self.runner.calls
        for attempt in range(LIMIT * 2):
            if text is not None and attempt == 0:
                path.write_text(text, encoding="utf-8")
            else:
                with path.open("a", encoding="utf-8") as handle:
                    handle.write(f"# edit {attempt}\n")
            if self.runner.wait_for(before + 1, 0.5):
                return
        pytest.fail(f"no run after changing {path.name}; messages: {self.messages}")

    def end(self) -> int:
        self.stop.set()
        self.thread.join(LIMIT)
        assert not self.thread.is_alive(), "watch() did not end after stop was set"
        return self.result[0]


@pytest.fixture
def plan(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "plan.toc"
    path.write_text(THEORY, encoding="utf-8")
    return path


def test_runs_at_once_and_again_when_the_file_changes(plan) -> None:
    session = Session([str(plan)], Runner())
    session.change_until_rerun(plan)
    assert session.end() == 0
    assert session.runner.calls >= 2
    assert any(m.startswith("Watching plan.toc") for m in session.messages)
    assert any(m.startswith("Changed: plan.toc") for m in session.messages)
    assert session.messages[-1] == "Stopped watching."


def test_runs_again_when_an_included_file_changes(plan) -> None:
    part = plan.parent / "part.toc"
    part.write_text('context c "C"\n', encoding="utf-8")
    plan.write_text('use "part.toc"\n' + THEORY, encoding="utf-8")
    session = Session([str(plan)], Runner())
    session.change_until_rerun(part)
    session.end()
    assert any("part.toc" in m for m in session.messages if m.startswith("Changed"))


def test_follows_an_include_added_while_watching(plan) -> None:
    sub = plan.parent / "shared"
    sub.mkdir()
    part = sub / "part.toc"
    part.write_text('context c "C"\n', encoding="utf-8")
    session = Session([str(plan)], Runner())
    session.change_until_rerun(plan, 'use "shared/part.toc"\n' + THEORY)
    session.change_until_rerun(part)
    session.end()
    assert any("shared/part.toc" in m for m in session.messages if m.startswith("Watching"))


def test_a_failing_or_crashing_run_keeps_watching(plan) -> None:
    runner = Runner([1, RuntimeError("boom")])
    session = Session([str(plan)], runner)
    session.change_until_rerun(plan)  # this run crashes
    session.change_until_rerun(plan)  # and watching went on
    session.end()
    assert runner.calls >= 3
    assert any("internal error: RuntimeError: boom" in m and "still watching" in m
               for m in session.messages)


def test_ctrl_c_during_a_run_ends_cleanly(plan) -> None:
    runner = Runner([0, KeyboardInterrupt()])
    session = Session([str(plan)], runner)
    session.change_until_rerun(plan)
    session.thread.join(LIMIT)
    assert not session.thread.is_alive()
    assert session.result == [0]
    assert session.messages[-1] == "Stopped watching."


def test_messages_in_dutch(plan) -> None:
    session = Session([str(plan)], Runner(), lang="nl")
    session.end()
    assert session.messages[0].startswith("Ik houd plan.toc in de gaten")
    assert session.messages[-1] == "Gestopt met opletten."


def test_a_folder_is_watched_for_toc_files(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "theories"
    folder.mkdir()
    session = Session([str(folder)], Runner())
    session.change_until_rerun(folder / "new.toc", THEORY)
    session.end()


def test_the_filter_sees_only_watched_files(plan) -> None:
    part = plan.parent / "part.toc"
    part.write_text('context c "C"\n', encoding="utf-8")
    plan.write_text('use "part.toc"\n' + THEORY, encoding="utf-8")
    folder = plan.parent / "more"
    folder.mkdir()
    watched = Watched([str(plan), str(folder)])
    assert included_files(str(plan)) == {plan.resolve(), part.resolve()}
    assert watched(None, str(plan)) and watched(None, str(part))
    assert not watched(None, str(plan.parent / "other.toc"))
    assert not watched(None, str(plan.parent / "plan.toc~"))
    assert watched(None, str(folder / "deep" / "x.toc"))
    assert not watched(None, str(folder / "notes.txt"))


def test_a_missing_file_is_still_watched(tmp_path) -> None:
    missing = tmp_path / "later.toc"
    assert included_files(str(missing)) == {missing.resolve()}


def test_standard_input_cannot_be_watched() -> None:
    with pytest.raises(UsageProblem, match="standard input"):
        watch(["-"], Runner())
    with pytest.raises(UsageProblem, match="standaardinvoer"):
        watch(["-"], Runner(), lang="nl")


def test_messages_exist_in_both_languages_with_the_same_placeholders() -> None:
    english, dutch = catalogues.area("watch", "en"), catalogues.area("watch", "nl")
    assert english and english.keys() == dutch.keys()
    for key, text in english.items():
        assert i18n.placeholders(text) == i18n.placeholders(dutch[key]), key


def test_ctrl_c_while_waiting_ends_cleanly(plan) -> None:
    import signal
    import subprocess
    import sys

    program = ("import sys\nfrom toc.cli.watch import watch\n"
               "sys.exit(watch([sys.argv[1]], lambda: print('ran', flush=True)))\n")
    process = subprocess.Popen([sys.executable, "-c", program, str(plan)], text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert process.stderr.readline().startswith("Watching plan.toc")
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=LIMIT)
    finally:
        process.kill()
    assert (process.returncode, stdout) == (0, "ran\n")
    assert stderr == "Stopped watching.\n"


def _demo_command():
    import click

    from toc.cli.watch import WATCH_OPTION, run_or_watch

    @click.command()
    @click.argument("paths", nargs=-1)
    @WATCH_OPTION
    def demo(paths: tuple[str, ...], watch_: bool) -> None:
        def body() -> int:
            click.echo(f"checked {' '.join(paths)}")
            return 1

        run_or_watch(body, list(paths), watch_, lang="nl")

    return demo


def test_a_command_without_watch_runs_once_with_its_own_status(plan) -> None:
    from click.testing import CliRunner

    result = CliRunner().invoke(_demo_command(), [str(plan)])
    assert (result.exit_code, result.stdout) == (1, f"checked {plan}\n")


def test_a_command_refuses_to_watch_standard_input() -> None:
    from click.testing import CliRunner

    result = CliRunner().invoke(_demo_command(), ["-", "--watch"])
    assert (result.exit_code, result.stdout) == (2, "")
    assert "standaardinvoer (-) kan niet" in result.stderr


def test_a_file_in_a_folder_that_does_not_exist_cannot_be_watched(tmp_path) -> None:
    with pytest.raises(UsageProblem, match="its folder does not exist"):
        watch([str(tmp_path / "nope" / "plan.toc")], Runner())
