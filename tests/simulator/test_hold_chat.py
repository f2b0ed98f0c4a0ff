"""Whole holds through `acupressure-helper chat`, as a person scripting the device runs them."""

from __future__ import annotations

import io
import json
import os
import pty
import re
import subprocess
import sys
import threading
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from skill.routine.cadence import Cadence
from skill.routine.hold_plan import plan_hold
from skill.routine.model import HoldSession, HoldStatus
from skill.speech import hold_marks
from skill.speech.marks_said import saying
from skill.store import open_store, person_key
from toolkit.chat.terminal import PROMPT, PromptScreen

words = saying(hold_marks)  # what English's marks say

COMMAND = str(Path(sys.executable).with_name("acupressure-helper"))
REPO = Path(__file__).resolve().parents[2]
TO_A_HOLD = "Alexa, ask acupressure helper for back pain\nno\nno\nI will do it myself\nI found it\n"
USER = "amzn1.ask.account.hold-tester"
MARK = re.compile(r"  \[(\d\d):(\d\d)\] (.*)")


@dataclass
class Run:
    done: subprocess.CompletedProcess[str]
    db: Path
    log: Path

    @property
    def lines(self) -> list[str]:
        return self.done.stdout.splitlines()

    @property
    def marks(self) -> list[tuple[int, str]]:
        """(seconds into the hold, words) of every mark shown, in order."""
        found = (MARK.fullmatch(line) for line in self.lines)
        return [
            (int(minutes) * 60 + int(seconds), words)
            for minutes, seconds, words in (match.groups() for match in found if match)
        ]

    def marks_between(self, first: str, last: str) -> list[str]:
        start, end = self.lines.index(first), self.lines.index(last)
        return [line for line in self.lines[start:end] if MARK.fullmatch(line)]

    @property
    def sent(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.log.read_text().splitlines()]

    @property
    def player_requests(self) -> list[dict[str, Any]]:
        return [
            envelope["request"]
            for envelope in self.sent
            if envelope["request"]["type"].startswith(("AudioPlayer.", "PlaybackController."))
        ]

    @property
    def hold(self) -> HoldSession:
        [hold] = open_store(self.db).recent_holds(person_key(USER))
        return hold


def chat(tmp_path: Path, lines: str, *options: str, speed: str = "1000000") -> Run:
    db, log = tmp_path / "sessions.sqlite3", tmp_path / "requests.jsonl"
    environment = {**os.environ, "PYTHONPATH": str(REPO)}
    for name in ("ACUPRESSURE_DB", "SESSIONS_TABLE", "AUDIO_BASE_URL"):
        environment.pop(name, None)
    done = subprocess.run(
        [COMMAND, "chat", "--speed", speed, "--db", str(db), "--log-requests", str(log),
         "--user", USER, *options],
        input=lines,
        capture_output=True,
        text=True,
        env=environment,
        # No rendered audio here: segment lengths are estimated.
        cwd=tmp_path,
        timeout=60,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return Run(done, db, log)


def test_a_five_minute_hold_is_counted_through_to_the_closing(tmp_path: Path) -> None:
    run = chat(tmp_path, f"{TO_A_HOLD}five minutes\n", speed="3600")

    assert run.marks[:5] == [
        (0, "Five minutes left."),
        (60, "Four minutes left."),
        (120, "Three minutes left."),
        (180, "Two minutes left."),
        (240, "One minute left."),
    ]
    assert run.marks[-2:] == [(299, "One."), (300, run.marks[-1][1])]
    assert run.marks[-1][1].startswith("Well done. You can gently let go now.")
    assert run.lines[-1] == "  [player] finished"
    hold = run.hold
    assert (hold.status, hold.planned_seconds, hold.held_seconds) == (
        HoldStatus.COMPLETED, 300, 300,
    )  # fmt: skip


@pytest.mark.slow  # a whole chat in a process of its own
@pytest.mark.parametrize("minutes", [1, 30, 60])
def test_every_mark_of_a_hold_comes_at_its_time_with_few_requests(
    tmp_path: Path, minutes: int
) -> None:
    run = chat(tmp_path, f"{TO_A_HOLD}{minutes} minutes\n")

    planned = plan_hold(minutes, Cadence.MINUTE).marks
    assert run.marks == [(mark.elapsed_ms // 1000, words(mark.said)) for mark in planned]
    assert len(run.player_requests) <= 15
    assert run.hold.status is HoldStatus.COMPLETED


@pytest.mark.slow  # a whole chat in a process of its own
def test_each_stream_starts_nearly_finishes_and_finishes_in_order(tmp_path: Path) -> None:
    run = chat(tmp_path, f"{TO_A_HOLD}sixty minutes\n")

    by_stream: dict[str, list[str]] = defaultdict(list)
    for request in run.player_requests:
        by_stream[request["token"]].append(request["type"].removeprefix("AudioPlayer."))
    assert len(by_stream) == len(plan_hold(60, Cadence.MINUTE).segments)
    for events in by_stream.values():
        assert events == ["PlaybackStarted", "PlaybackNearlyFinished", "PlaybackFinished"]


@pytest.mark.slow  # a whole chat in a process of its own
def test_how_long_is_left_answers_and_the_hold_carries_on(tmp_path: Path) -> None:
    asked = "Alexa, ask acupressure helper how long is left"
    run = chat(tmp_path, f"{TO_A_HOLD}five minutes\nwait 2 minutes\n{asked}\n")

    said = run.lines.index(f"you> {asked}")
    answer = said + run.lines[said:].index("Alexa: About 3 minutes left.")
    assert run.lines[said - 1] == "  [02:00] Three minutes left."
    assert run.marks_between(f"you> {asked}", "  [player] finished")[1] == (
        "  [03:00] Two minutes left."
    )
    assert answer > said
    hold = run.hold
    assert (hold.status, hold.held_seconds) == (HoldStatus.COMPLETED, 300)


@pytest.mark.slow  # a whole chat in a process of its own
def test_a_paused_hold_goes_on_from_where_it_was(tmp_path: Path) -> None:
    script = "five minutes\nwait 1 minute 30 seconds\nAlexa, pause\n(wait 5 minutes)\nresume\n"
    run = chat(tmp_path, f"{TO_A_HOLD}{script}")

    assert run.marks_between("you> Alexa, pause", "you> resume") == []
    assert run.marks_between("you> resume", "  [player] finished")[0] == (
        "  [02:00] Three minutes left."
    )
    kinds = [request["type"] for request in run.player_requests]
    at = kinds.index("AudioPlayer.PlaybackStopped")
    stopped, started = run.player_requests[at : at + 2]
    assert started["type"] == "AudioPlayer.PlaybackStarted"
    assert stopped["offsetInMilliseconds"] == started["offsetInMilliseconds"] == 1_590_000
    hold = run.hold
    assert (hold.status, hold.held_seconds) == (HoldStatus.COMPLETED, 300)


@pytest.mark.slow  # a whole chat in a process of its own
def test_stop_pauses_and_keeps_the_time_held(tmp_path: Path) -> None:
    run = chat(tmp_path, f"{TO_A_HOLD}twelve minutes\nwait 7 minutes 20 seconds\nstop\n")

    assert run.marks[-1] == (420, "Five minutes left.")
    assert "Alexa: Paused at 7 of 12 minutes. Say Alexa, resume, when you're ready." in run.lines
    hold = run.hold
    assert hold.status is HoldStatus.IN_PROGRESS
    assert abs(hold.held_seconds - 440) <= 2


@pytest.mark.slow  # a whole chat in a process of its own
def test_a_hold_stopped_in_one_chat_is_carried_on_in_the_next(tmp_path: Path) -> None:
    chat(tmp_path, f"{TO_A_HOLD}ten minutes\nwait 3 minutes\nAlexa, stop\n")

    # The device remembers its last stream, stopped, as a real one does.
    run = chat(tmp_path, "Alexa, open acupressure helper\nyes\n")

    assert "Alexa: You were 3 of 10 minutes into the hold. Carry on, or start again?" in run.lines
    assert "Alexa: Carrying on: 7 minutes to go." in run.lines
    assert run.lines[-1] == "  [player] finished"
    hold = run.hold
    assert (hold.status, hold.held_seconds) == (HoldStatus.COMPLETED, 600)


@pytest.mark.slow  # a whole chat in a process of its own
def test_a_hold_paused_and_left_two_days_is_not_offered_again(tmp_path: Path) -> None:
    # The skill goes by the device's clock, so two days of "wait" are two days for it too.
    script = "ten minutes\nwait 3 minutes\nAlexa, stop\nwait 48 hours\n"
    run = chat(tmp_path, f"{TO_A_HOLD}{script}Alexa, open acupressure helper\n")

    opened = run.lines[run.lines.index("you> Alexa, open acupressure helper") + 1]
    # Greeted as a returning person (the greeting varies), never offered the old hold.
    assert opened.startswith("Alexa: ")
    assert "into your hold" not in opened
    assert "Carry on" not in opened
    assert run.hold.held_seconds == 180


@pytest.mark.slow  # a whole chat in a process of its own
def test_start_over_keeps_the_minutes_and_counts_a_new_hold_from_zero(tmp_path: Path) -> None:
    script = "twelve minutes\nwait 6 minutes 30 seconds\nstart over\nwait 2 minutes\nstop\n"
    run = chat(tmp_path, f"{TO_A_HOLD}{script}")

    assert run.marks_between("you> start over", "you> stop") == [
        "  [00:00] Twelve minutes left.",
        "  [01:00] Eleven minutes left.",
        "  [02:00] Ten minutes left.",
    ]
    assert run.marks_between("you> twelve minutes", "you> start over")[-1] == (
        "  [06:00] Six minutes left."
    )
    interrupted, again = sorted(
        open_store(run.db).recent_holds(person_key(USER)), key=lambda hold: hold.hold_id
    )
    assert interrupted.status is HoldStatus.STOPPED
    assert abs(interrupted.held_seconds - 390) <= 2
    assert again.status is HoldStatus.IN_PROGRESS  # "stop" paused it
    assert abs(again.held_seconds - 120) <= 2


@pytest.mark.slow  # a whole chat in a process of its own
def test_without_audio_player_continue_carries_a_spoken_hold_to_its_end(tmp_path: Path) -> None:
    run = chat(tmp_path, f"{TO_A_HOLD}five minutes\ncontinue\ncontinue\n", "--no-audio-player")

    assert any(line.startswith("Alexa: One minute left.") for line in run.lines)
    assert "Well done. You can gently let go now." in run.done.stdout
    assert run.player_requests == []
    hold = run.hold
    assert (hold.status, hold.held_seconds) == (HoldStatus.COMPLETED, 300)


def test_the_help_explains_wait_lines() -> None:
    done = subprocess.run(
        [COMMAND, "chat", "--help"], capture_output=True, text=True, timeout=60, check=True
    )
    assert "wait 2 minutes" in done.stdout
    assert "--speed" in done.stdout


class _Terminal:
    """The chat command at a terminal: typed lines on a pseudo-terminal, output read as it comes."""

    def __init__(self, tmp_path: Path, *options: str) -> None:
        self._keyboard, screen = pty.openpty()
        environment = {**os.environ, "PYTHONPATH": str(REPO)}
        environment.pop("AUDIO_BASE_URL", None)
        self.log = tmp_path / "requests.jsonl"
        db = tmp_path / "sessions.sqlite3"
        self.process = subprocess.Popen(
            [COMMAND, "chat", "--db", str(db), "--log-requests", str(self.log), *options],
            stdin=screen,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=environment,
            cwd=tmp_path,
        )
        os.close(screen)
        self.lines: list[str] = []
        assert self.process.stdout is not None
        stdout = self.process.stdout
        self._reader = threading.Thread(target=lambda: self.lines.extend(stdout), daemon=True)
        self._reader.start()

    def type(self, line: str) -> None:
        os.write(self._keyboard, f"{line}\n".encode())

    def wait_for(self, text: str) -> str:
        """The first line shown with `text` in it (after the prompt, if any), once it comes."""
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            found = [line for line in list(self.lines) if text in line]
            if found:
                return found[0].removeprefix(PROMPT).rstrip("\n")
            time.sleep(0.01)
        raise AssertionError(f"no line with {text!r} in {self.lines}")

    def end(self) -> int:
        os.write(self._keyboard, b"\x04")  # Ctrl-D: end of input
        code = self.process.wait(timeout=20)
        self._reader.join(timeout=5)
        os.close(self._keyboard)
        return code


@pytest.mark.slow  # a whole chat in a process of its own
def test_at_a_terminal_the_hold_plays_while_the_person_types(tmp_path: Path) -> None:
    terminal = _Terminal(tmp_path, "--speed", "120")  # a minute in half a second
    for line in TO_A_HOLD.splitlines():
        terminal.type(line)
    terminal.type("five minutes")
    terminal.wait_for("  [player] playing minute-final.mp3")
    terminal.wait_for("  [01:00] Four minutes left.")

    terminal.type("Alexa, ask acupressure helper how long is left")

    answer = terminal.wait_for("Alexa: About")
    # A minute or more has played, and the typed line came in while the hold went on.
    assert re.fullmatch(r"Alexa: About [234] minutes left\.", answer)
    assert terminal.end() == 0
    # Typing ended before the hold did, and the device stopped with it.
    assert not any("Well done. You can gently let go" in line for line in terminal.lines)


class _Screen(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_lines_shown_while_a_person_types_go_above_their_prompt() -> None:
    screen = _Screen()
    prompt = PromptScreen(screen)
    print("Alexa: Press now.", file=prompt)
    prompt.typing = True
    print("  [01:00] Four minutes left.", file=prompt)

    assert screen.getvalue() == (
        "Alexa: Press now.\n\r\033[K  [01:00] Four minutes left.\n" + PROMPT
    )
