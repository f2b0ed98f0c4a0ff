"""`make run` as a newcomer finds it: a store of the checkout's own, a fresh start on
asking, a welcome that says what to say, and the device's own "help" and "quit"."""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import sys
from pathlib import Path

import pytest

from toolkit.chat import store_place
from toolkit.chat.device_words import HELP, WELCOME, with_device_words
from toolkit.simulator.envelopes import Envelopes

COMMAND = str(Path(sys.executable).with_name("acupressure-helper"))
REPO = Path(__file__).resolve().parents[2]
README = REPO / "README.md"
# A hold's id: when it started, and random digits (skill/store/hold_ids.py).
HOLD_ID = re.compile(r"\d{8}T\d{6}Z-\d{6}-[0-9a-f]{8}")


def readme_demo() -> str:
    """The README's piped demo: the shell block that pipes lines into the chat."""
    blocks: list[str] = re.findall(r"```sh\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    demos = [block for block in blocks if "| .venv/bin/acupressure-helper chat" in block]
    assert len(demos) == 1, "README.md: expected one piped demo of acupressure-helper chat"
    return demos[0]


def heard(lines: list[str], session_open: bool = False) -> tuple[list[str], list[str]]:
    said: list[str] = []
    passed = list(with_device_words(lines, lambda: session_open, said.append))
    return passed, said


@pytest.mark.slow
def test_the_readmes_demo_run_twice_gives_the_same_answers(tmp_path: Path) -> None:
    demo = readme_demo()
    assert "--fresh" in demo, "the README's demo starts a new person each run (--fresh)"
    environment = {**os.environ, "ACUPRESSURE_DB": str(tmp_path / "sessions.sqlite3")}
    runs = [
        subprocess.run(
            ["sh", "-c", demo],
            cwd=REPO,
            env=environment,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        ).stdout
        for _ in range(2)
    ]

    first, second = (HOLD_ID.sub("<hold id>", run) for run in runs)
    assert "Alexa: " in first
    assert "AudioPlayer.Play" in first
    assert second == first


def test_help_with_no_skill_open_lists_the_devices_words_and_what_to_say() -> None:
    passed, said = heard(["help", "Alexa, open acupressure helper"])

    assert said == [HELP]
    assert passed == ["Alexa, open acupressure helper"]
    for word in ("quit", "wait 2 minutes", "pause", "resume", "Alexa, open acupressure helper"):
        assert word in HELP


def test_help_in_a_conversation_is_for_the_skill() -> None:
    passed, said = heard(["help", "Alexa, help"], session_open=True)

    assert passed == ["help", "Alexa, help"]
    assert said == []


@pytest.mark.parametrize("word", ["quit", "exit", "Quit.", " EXIT "])
def test_quit_or_exit_ends_the_chat(word: str) -> None:
    passed, _ = heard(["Alexa, open acupressure helper", word, "yes"])

    assert passed == ["Alexa, open acupressure helper"]


def test_quit_inside_a_sentence_reaches_the_skill() -> None:
    passed, _ = heard(["I want to quit smoking", "Alexa, quit"])

    assert passed == ["I want to quit smoking", "Alexa, quit"]


def test_the_store_lives_in_the_checkout_where_git_ignores_it() -> None:
    chosen = store_place.chosen_store(None, {})

    assert chosen == REPO / "build" / "chat" / "sessions.sqlite3"
    ignored = subprocess.run(
        ["git", "check-ignore", "-q", str(chosen)], cwd=REPO, check=False, timeout=10
    )
    assert ignored.returncode == 0


def test_db_or_the_environment_chooses_another_store(tmp_path: Path) -> None:
    given = tmp_path / "mine.sqlite3"

    assert store_place.chosen_store(given, {}) == given
    assert store_place.chosen_store(None, {"ACUPRESSURE_DB": str(given)}) is None
    assert store_place.chosen_store(None, {"SESSIONS_TABLE": "sessions"}) is None


def test_a_fresh_start_is_an_account_nobody_has_used() -> None:
    users = {store_place.fresh_user("local-person") for _ in range(20)}

    assert len(users) == 20
    assert all(user.startswith("local-person-") for user in users)


@pytest.mark.slow
def test_at_a_terminal_the_chat_welcomes_and_quit_ends_it(tmp_path: Path) -> None:
    controller, terminal = pty.openpty()
    environment = {**os.environ, "ACUPRESSURE_DB": str(tmp_path / "sessions.sqlite3")}
    chat = subprocess.Popen(
        [COMMAND, "chat", "--fresh"],
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
        env=environment,
    )
    os.close(terminal)
    shown = b""
    try:
        os.write(controller, b"help\nquit\n")
        while chat.poll() is None or select.select([controller], [], [], 0.1)[0]:
            if select.select([controller], [], [], 0.5)[0]:
                try:
                    shown += os.read(controller, 4096)
                except OSError:
                    break
        assert chat.wait(timeout=30) == 0
    finally:
        if chat.poll() is None:
            chat.kill()
        os.close(controller)

    text = shown.decode().replace("\r\n", "\n")
    assert WELCOME in text
    assert HELP.splitlines()[0] in text


def test_a_chat_numbers_its_requests_alike_in_every_run() -> None:
    runs = []
    for _ in range(2):
        envelopes = Envelopes()
        envelopes.number_requests("chat")
        runs.append([envelopes.launch()["request"]["requestId"] for _ in range(3)])

    assert runs[0] == runs[1]
    assert len(set(runs[0])) == 3
