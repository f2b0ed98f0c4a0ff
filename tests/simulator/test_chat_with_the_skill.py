"""`acupressure-helper chat` with the real skill, as a person would run it: a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from skill.speech.locales import ENGLISH_LOCALES

COMMAND = Path(sys.executable).with_name("acupressure-helper")


def chat(script: str, *options: str) -> str:
    env = {key: value for key, value in os.environ.items() if key != "SESSIONS_TABLE"}
    finished = subprocess.run(
        [str(COMMAND), "chat", "--speed", "1000000", *options],
        input=script,
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr
    assert "Traceback" not in finished.stdout + finished.stderr
    return finished.stdout


WALK = (
    "Alexa, ask acupressure helper for back pain\n"
    "no\nno\n"
    "I'll do it myself\n"
    "next\nnext\ngo back\nrepeat\nnext\nnext\nnext\nnext\n"
    "I found it\n"
    "twelve minutes\n"
)


@pytest.mark.slow  # a whole chat in a process of its own
@pytest.mark.parametrize("locale", ENGLISH_LOCALES)
def test_a_scripted_walk_to_a_confirmed_length_in_every_locale(tmp_path: Path, locale: str) -> None:
    said = chat(WALK, "--db", str(tmp_path / "db.sqlite3"), "--locale", locale)
    assert "safety check" in said
    assert "Along that crease" in said
    assert "How long would you like to hold it?" in said
    assert "12 minutes it is." in said


@pytest.mark.slow  # a whole chat in a process of its own
def test_the_same_person_does_not_hear_the_safety_note_twice(tmp_path: Path) -> None:
    db = str(tmp_path / "db.sqlite3")
    first = chat(WALK, "--db", db, "--user", "sam")
    assert "safety check" in first
    second = chat("Alexa, ask acupressure helper for back pain\n", "--db", db, "--user", "sam")
    assert "safety check" not in second
    assert "usual 12 minutes" in second
    stranger = chat("Alexa, ask acupressure helper for back pain\n", "--db", db, "--user", "kim")
    assert "safety check" in stranger


def test_a_device_with_a_screen_shows_the_picture_of_the_point(tmp_path: Path) -> None:
    said = chat(
        "Alexa, ask acupressure helper for back pain\nno\nno\nmyself\nfound it\nten minutes\n",
        "--db",
        str(tmp_path / "db.sqlite3"),
        "--screen",
    )
    assert "[screen] image: https://localhost/audio/images/bladder-40-1200x800.png" in said
    assert "art=https://localhost/audio/images/bladder-40-art-512.png" in said
    assert "[card] Finding Bladder 40" in said
