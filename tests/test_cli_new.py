"""`toc new` as a first-time writer runs it: questions, the file it writes, what lint then asks; exit, stdout, stderr."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli
from toc import i18n
from toc.api import load
from toc.start.genres import genres
from toc.start.questions import QUESTIONS

GENRES = sorted(path.stem for path in (ROOT / "examples" / "genres").glob("*.toc"))


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Standard input counts as a terminal, so that the questions are asked (and read from the test's input)."""
    monkeypatch.setattr("toc.cli.new.stdin_is_terminal", lambda: True)


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def typed(answers: dict[str, str]) -> str:
    """What a writer types: one line per question, in the order asked; a missing one left empty."""
    return "".join(answers.get(key, "") + "\n" for key in QUESTIONS)


def loaded(path: Path):
    result = load(path.read_text(encoding="utf-8"), str(path))
    assert result.ok, [d.message for d in result.diagnostics]
    return result


def labels(path: Path) -> dict[str, str]:
    return {node.id: node.label for node in loaded(path).theory.nodes}


def lint_codes(path: Path) -> tuple[int, list[str]]:
    result = run_cli("lint", "--format", "json", str(path))
    (record,) = json.loads(result.stdout)["files"]
    return result.exit_code, [d["name"] for d in record["diagnostics"]]


ENGLISH = {
    "title": "Pocket money as a practice ground",
    "for_whom": "Parents with little money; children aged 6 to 12",
    "by_whom": "Project team",
    "interventions": "Group meetings; practising with pocket money at home",
    "mechanisms": "Children learn by making their own choices",
    "contexts": "Trust in the project team",
    "assumptions": "Parents can spare a little pocket money",
    "outcomes": "Children's financial skills",
    "aim": "Less poverty passed on between generations",
    "whose_goals": "Parents with little money; the municipality",
    "anyway": "Some children would learn this at school",
    "others": "Financial education at school",
}


def test_the_questions_in_english_make_a_theory_that_loads_and_lint_questions(terminal, here: Path) -> None:
    result = run_cli("new", "plan.toc", input=typed(ENGLISH))
    assert (result.exit_code, result.stderr) == (0, "")
    for key in QUESTIONS:
        assert i18n.text(f"new.ask.{key}", "en") in result.stdout
    assert result.stdout.endswith(
        "Wrote plan.toc. Next:\n"
        "  toc lint plan.toc    the questions an evaluator would ask: answer them in the file\n"
        "  toc render plan.toc  a diagram of the theory\n"
        "  toc report plan.toc  one web page with the diagram, the questions and a checklist\n")
    plan = here / "plan.toc"
    theory = loaded(plan).theory
    assert theory.label == "Pocket money as a practice ground" and loaded(plan).lang == "en"
    words = labels(plan)
    assert words["children_aged_6_to_12"] == "children aged 6 to 12"
    assert words["group_meetings"] == "Group meetings"
    assert words["less_poverty_passed_on"] == "Less poverty passed on between generations"
    assert len(theory.links) == 4  # 2 interventions -> 1 mechanism -> 1 outcome -> 1 impact
    assert [c.targets for c in theory.counterfactuals] == [["less_poverty_passed_on"]]
    status, found = lint_codes(plan)
    assert status == 1 and "linear-chain" not in found and "no-unintended-effects" in found


def test_the_questions_in_dutch_ask_in_dutch_and_write_dutch_keywords(terminal, here: Path) -> None:
    answers = {"title": "Zakgeld als oefenplek", "for_whom": "Ouders & kinderen!",
               "interventions": "Thuis oefenen met zakgeld", "outcomes": "Financiële vaardigheden"}
    result = run_cli("new", "plan.toc", "--lang", "nl", input=typed(answers))
    assert (result.exit_code, result.stderr) == (0, "")
    assert i18n.text("new.ask.for_whom", "nl") in result.stdout
    assert "plan.toc is geschreven. Volgende stappen:" in result.stdout
    text = (here / "plan.toc").read_text(encoding="utf-8")
    assert 'theorie "Zakgeld als oefenplek" { taal: nl }' in text
    assert 'actor ouders_kinderen "Ouders & kinderen!" { rol: deelnemer }' in text
    assert 'interventie thuis_oefenen_met "Thuis oefenen met zakgeld" { voor: ouders_kinderen }' in text
    assert "# Regels die met # beginnen" in text
    assert loaded(here / "plan.toc").lang == "nl"
    result = run_cli("lint", "plan.toc")
    assert result.exit_code == 1 and "gevonden in 1 bestand" in result.stdout


def test_sparse_answers_leave_questions_for_lint(terminal, here: Path) -> None:
    answers = {"interventions": "Conversation cards", "outcomes": "Older residents talk more",
               "aim": "Older residents feel less lonely"}
    assert run_cli("new", "plan.toc", input=typed(answers)).exit_code == 0
    text = (here / "plan.toc").read_text(encoding="utf-8")
    # Empty answers stay as commented examples of what to write.
    assert '# context trust_in_the_project "Trust in the project team" { kind: enabling }' in text
    status, found = lint_codes(here / "plan.toc")
    assert status == 1
    assert {"missing-counterfactual", "context-free-theory", "logframe-staging", "no-assumptions"} <= set(found)


def test_no_answer_at_all_gives_placeholders_that_lint_questions(terminal, here: Path) -> None:
    result = run_cli("new", "plan.toc", input=typed({}))
    assert result.exit_code == 0
    words = labels(here / "plan.toc")
    assert words == {"target_group": "Target group", "implementers": "Implementers",
                     "what_is_done": "What is done", "what_changes_soon": "What changes soon",
                     "final_aim": "Final aim"}
    status, found = lint_codes(here / "plan.toc")
    assert status == 1 and "missing-counterfactual" in found and "linear-chain" in found


def test_quotes_backslashes_and_accents_in_answers_stay_the_writers_words(terminal, here: Path) -> None:
    answers = {"title": 'The "Neighbourhood" plan \\ draft', "for_whom": "Ouders & kinderen!",
               "outcomes": 'Residents say "I belong here"; Élan ; 2 districts'}
    assert run_cli("new", "plan.toc", input=typed(answers)).exit_code == 0
    plan = here / "plan.toc"
    assert loaded(plan).theory.label == 'The "Neighbourhood" plan \\ draft'
    assert labels(plan) == {"ouders_kinderen": "Ouders & kinderen!",
                            "residents_say_i_belong": 'Residents say "I belong here"',
                            "elan": "Élan", "outcome_2_districts": "2 districts"}


def test_whose_goals_names_the_actors_already_there_and_adds_the_others(terminal, here: Path) -> None:
    answers = {"for_whom": "Residents", "outcomes": "Residents feel at home",
               "whose_goals": "residents; Housing association"}
    assert run_cli("new", "plan.toc", input=typed(answers)).exit_code == 0
    theory = loaded(here / "plan.toc").theory
    assert sorted(n.id for n in theory.nodes if n.kind == "actor") == ["housing_association", "residents"]
    (outcome,) = (n for n in theory.nodes if n.kind == "outcome")
    assert outcome.valued_by == ["residents", "housing_association"]


def test_the_written_file_is_in_the_canonical_layout(terminal, here: Path) -> None:
    assert run_cli("new", "plan.toc", input=typed(ENGLISH)).exit_code == 0
    assert run_cli("fmt", "--check", "plan.toc").exit_code == 0


def test_stopping_during_the_questions_writes_nothing(terminal, here: Path) -> None:
    # The input ends after two answers, as Ctrl+D (or Ctrl+C) would end it.
    result = run_cli("new", "plan.toc", input="A title\nParents\n")
    assert result.exit_code == 130
    assert result.stderr.endswith("toc: error: stopped: nothing was written\n")
    assert list(here.iterdir()) == []


def test_an_existing_file_is_never_written_over(here: Path) -> None:
    (here / "plan.toc").write_text("# mine\n", encoding="utf-8")
    for extra in (["--yes"], ["--from", "logframe"]):
        result = run_cli("new", "plan.toc", *extra)
        assert (result.exit_code, result.stdout) == (2, "")
        assert result.stderr == ("toc: error: plan.toc already exists, and toc new never writes over a file\n"
                                 "  hint: choose another name, or open the file you have in your editor\n")
    assert (here / "plan.toc").read_text(encoding="utf-8") == "# mine\n"


def test_a_name_without_toc_or_no_name_is_refused_with_an_example(here: Path) -> None:
    result = run_cli("new", "plan", "--yes")
    assert result.exit_code == 2
    assert "toc: error: plan does not end in .toc\n  hint: " in result.stderr
    assert result.stderr.endswith("for example: toc new plan.toc\n")
    result = run_cli("new", "--lang", "nl")
    assert result.exit_code == 2 and "noem het bestand dat geschreven moet worden" in result.stderr
    assert list(here.iterdir()) == []


def test_without_a_terminal_it_asks_for_yes_or_from(here: Path) -> None:
    result = run_cli("new", "plan.toc", input="")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith("toc: error: there is no terminal to ask the questions in\n  hint: ")
    assert "--yes" in result.stderr and "--from GENRE" in result.stderr
    assert list(here.iterdir()) == []


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_yes_writes_notes_and_placeholders_without_asking(here: Path, lang: str) -> None:
    result = run_cli("new", "plan.toc", "--yes", "--lang", lang)
    assert result.exit_code == 0 and i18n.text("new.ask.title", lang) not in result.stdout
    assert loaded(here / "plan.toc").lang == lang
    assert run_cli("lint", "plan.toc").exit_code == 1


@pytest.mark.parametrize("genre", GENRES)
def test_every_genre_starts_a_file_that_loads(here: Path, genre: str) -> None:
    result = run_cli("new", "plan.toc", "--from", genre)
    assert (result.exit_code, result.stderr) == (0, "")
    text = (here / "plan.toc").read_text(encoding="utf-8")
    example = (ROOT / "examples" / "genres" / f"{genre}.toc").read_text(encoding="utf-8")
    # A note on top, then the example as it is.
    assert text.startswith(f"# Started with toc new --from {genre}: " if genre != "evaluatie-bevindingen"
                           else f"# Begonnen met toc new --from {genre}: ")
    assert text.endswith("\n\n" + example)
    loaded(here / "plan.toc")


def test_the_note_on_a_genre_follows_lang(here: Path) -> None:
    assert run_cli("new", "plan.toc", "--from", "logframe", "--lang", "nl").exit_code == 0
    assert (here / "plan.toc").read_text(encoding="utf-8").startswith("# Begonnen met toc new --from logframe: ")


def test_list_shows_every_genre_with_what_it_is() -> None:
    assert GENRES and list(genres()) == GENRES
    for lang in ("en", "nl"):
        result = run_cli("new", "--list", "--lang", lang)
        assert (result.exit_code, result.stderr) == (0, "")
        lines = result.stdout.splitlines()
        assert lines[0] == i18n.text("new.list.title", lang)
        assert [line.split()[0] for line in lines[1:]] == GENRES
        for genre, line in zip(GENRES, lines[1:]):
            assert line.endswith(i18n.text(f"new.genre.{genre}", lang))


def test_an_unknown_genre_gets_a_suggestion_and_the_list(here: Path) -> None:
    result = run_cli("new", "plan.toc", "--from", "logfram")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == ("toc: error: unknown genre 'logfram' — did you mean 'logframe'?\n"
                             f"  hint: the genres are: {', '.join(GENRES)} (toc new --list describes them)\n")
    assert list(here.iterdir()) == []


def test_every_genre_is_described_in_both_catalogues() -> None:
    for genre in GENRES:
        assert i18n.template(f"new.genre.{genre}", "en") != i18n.template(f"new.genre.{genre}", "nl")


def test_in_a_real_terminal_the_questions_are_asked_and_answered(tmp_path: Path) -> None:
    """The whole way through a pseudo-terminal, as a writer at a keyboard: no test double for the terminal."""
    import os
    import pty
    import select
    import subprocess
    import sys

    controller, terminal_side = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "toc", "new", "plan.toc", "--lang", "nl"],
                               stdin=terminal_side, stdout=terminal_side, stderr=terminal_side,
                               cwd=tmp_path, close_fds=True)
    os.close(terminal_side)
    shown = b""

    def read(until: bytes) -> None:
        nonlocal shown
        while until not in shown:
            ready, _, _ = select.select([controller], [], [], 60)
            assert ready, shown.decode(errors="replace")
            try:
                shown += os.read(controller, 4096)
            except OSError:  # the program has ended and closed its side
                return

    read(b"> ")
    # A terminal keeps typed lines until the program reads them: one per question.
    os.write(controller, typed({"title": "Zakgeld", "interventions": "Oefenen", "outcomes": "Vaardigheden"})
             .encode("utf-8"))
    read(b"Volgende stappen:")
    assert process.wait(timeout=60) == 0
    read(b"checklist")
    os.close(controller)
    assert "12/12" in shown.decode("utf-8")
    assert labels(tmp_path / "plan.toc") == {"oefenen": "Oefenen", "vaardigheden": "Vaardigheden"}
