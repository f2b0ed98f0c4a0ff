"""The README's sample transcript ("Talking to it") is what the skill says today.

Its `you>` lines are played through `acupressure-helper chat` as a new person, and what
the skill answers (each `Alexa:` line and each directive) must be what the README shows,
but for the hold's id, which holds when the hold started.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

COMMAND = str(Path(sys.executable).with_name("acupressure-helper"))
REPO = Path(__file__).resolve().parents[2]
README = REPO / "README.md"
OPENING = "you> Alexa, open acupressure helper"
# A hold's id: when it started, and random digits (skill/store/hold_ids.py).
HOLD_ID = re.compile(r"\d{8}T\d{6}Z-\d{6}-[0-9a-f]{8}")


def readme_transcript() -> list[str]:
    """The lines of the README's sample transcript: the text block the opening starts."""
    blocks = re.findall(r"```text\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    found = [block for block in blocks if block.startswith(OPENING)]
    assert len(found) == 1, f"README.md: expected one ```text block starting {OPENING!r}"
    return str(found[0]).splitlines()


def answers(lines: list[str]) -> list[str]:
    """What the skill said: its words and its directives, the hold's id left out."""
    kept = [line for line in lines if line.startswith(("Alexa: ", "  [directive] "))]
    return [HOLD_ID.sub("<hold id>", line) for line in kept]


@pytest.mark.slow  # a whole chat in a process of its own
def test_the_readmes_transcript_is_what_the_skill_says(tmp_path: Path) -> None:
    transcript = readme_transcript()
    said = [line.removeprefix("you> ") for line in transcript if line.startswith("you> ")]
    environment = {**os.environ, "ACUPRESSURE_DB": str(tmp_path / "sessions.sqlite3")}
    environment.pop("AUDIO_BASE_URL", None)  # the chat's own address, as the README shows
    chat = subprocess.run(
        # No rendered audio: the hold's lengths are those the skill plans with.
        [COMMAND, "chat", "--fresh", "--audio-manifest", str(tmp_path / "none.json")],
        input="\n".join(said) + "\n",
        capture_output=True,
        text=True,
        cwd=REPO,
        env=environment,
        timeout=120,
        check=True,
    )

    assert answers(transcript) == answers(chat.stdout.splitlines())
