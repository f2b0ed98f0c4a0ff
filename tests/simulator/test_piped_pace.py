"""Piped into `acupressure-helper chat` (as `make run < script`), a hold plays fast, and says so."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

COMMAND = str(Path(sys.executable).with_name("acupressure-helper"))
TO_A_FIVE_MINUTE_HOLD = (
    "Alexa, ask acupressure helper for back pain\nno\nno\nI will do it myself\nI found it\n"
    "five minutes\n"
)
NOTE = "(input is piped, so the hold plays 3600 times faster than real time"


def chat(tmp_path: Path, *options: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in {"SESSIONS_TABLE"}}
    return subprocess.run(
        [COMMAND, "chat", "--db", str(tmp_path / "store.sqlite3"), *options],
        input=TO_A_FIVE_MINUTE_HOLD,
        capture_output=True,
        text=True,
        env=environment,
        # Far less than the five minutes the hold lasts in real time.
        timeout=60,
        check=True,
    )


def test_a_piped_hold_plays_fast_to_its_end_and_says_how_to_slow_it(tmp_path: Path) -> None:
    done = chat(tmp_path)
    assert done.stderr.count(NOTE) == 1
    assert "--speed 1 plays it in real time" in done.stderr
    assert "[05:00] Well done." in done.stdout


@pytest.mark.slow  # a whole chat in a process of its own
def test_a_speed_given_is_the_speed_used_and_nothing_is_said(tmp_path: Path) -> None:
    done = chat(tmp_path, "--speed", "100000")
    assert NOTE not in done.stderr
    assert "[05:00] Well done." in done.stdout


@pytest.mark.slow  # a whole chat in a process of its own
def test_at_a_terminal_the_hold_plays_in_real_time_and_says_how_to_speed_it(
    tmp_path: Path,
) -> None:
    keyboard, screen = pty.openpty()
    process = subprocess.Popen(
        [COMMAND, "chat", "--db", str(tmp_path / "store.sqlite3")],
        stdin=screen,
        stdout=screen,
        stderr=screen,
        env={k: v for k, v in os.environ.items() if k not in {"SESSIONS_TABLE"}},
    )
    os.close(screen)
    shown = b""
    try:
        for line in TO_A_FIVE_MINUTE_HOLD.splitlines():
            os.write(keyboard, line.encode() + b"\r")
        deadline = time.monotonic() + 60
        while b"[00:00] Five minutes left." not in shown and time.monotonic() < deadline:
            ready, _, _ = select.select([keyboard], [], [], 1)
            if ready:
                shown += os.read(keyboard, 65536)
    finally:
        process.kill()
        process.wait(timeout=30)
        os.close(keyboard)
    text = shown.decode("utf-8", "replace")
    assert text.count("(the hold plays in real time; to hear it faster") == 1, text
    assert 'make run ARGS="--speed 60"' in text
    assert "[01:00]" not in text  # a minute of hold has not gone by in these few seconds
