from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from skill.speech import check_words, english
from toolkit.simulator.speaker import espeak_speaker

COMMAND = str(Path(sys.executable).with_name("acupressure-helper"))
REPO = Path(__file__).resolve().parents[2]
SCRIPTED = ["--handler", "tests.simulator.scripted_skill:handler"]


def chat(
    lines: str, *options: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    environment.pop("ACUPRESSURE_DB", None)
    return subprocess.run(
        [COMMAND, "chat", *options],
        input=lines,
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
        check=False,
    )


def test_piped_lines_are_echoed_and_answered(tmp_path: Path) -> None:
    done = chat(
        "Alexa, ask acupressure helper for back pain\n\nI'll do it myself\nstop\nyes\n",
        *SCRIPTED,
        "--db",
        str(tmp_path / "store.sqlite3"),
    )

    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "you> Alexa, ask acupressure helper for back pain",
        "Alexa: You asked for BackPainIntent. Turn 1.",
        "  (if you say nothing: Say something.)",
        "you> I'll do it myself",
        "Alexa: You asked for SelfHoldIntent. Turn 2.",
        "  (if you say nothing: Say something.)",
        "you> stop",
        "Alexa: Goodbye.",
        "  (session ended)",
        "you> yes",
        '(no skill session is open: say "Alexa, open acupressure helper")',
    ]


def test_the_store_path_is_set_before_the_skill_is_imported(tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite3"
    done = chat("open acupressure helper\n", *SCRIPTED, "--db", str(store))
    assert f"Alexa: Welcome. Store {store}. Turn 1." in done.stdout.splitlines()


def test_every_request_is_logged_as_one_json_line(tmp_path: Path) -> None:
    log = tmp_path / "requests.jsonl"
    options = [*SCRIPTED, "--log-requests", str(log), "--locale", "en-AU", "--user", "mia"]

    chat("open acupressure helper\nwhere is it\n", *options)
    chat("Alexa, ask acupressure helper for twelve minutes\n", *options)

    sent = [json.loads(line) for line in log.read_text().splitlines()]
    assert [envelope["request"]["type"] for envelope in sent] == [
        "LaunchRequest",
        "IntentRequest",
        "SessionEndedRequest",
        "IntentRequest",
        "SessionEndedRequest",
    ]
    assert {envelope["request"]["locale"] for envelope in sent} == {"en-AU"}
    assert {envelope["session"]["user"]["userId"] for envelope in sent} == {"amzn1.ask.account.mia"}
    assert sent[3]["request"]["intent"]["slots"]["minutes"]["value"] == "12"


def test_a_device_without_audio_player(tmp_path: Path) -> None:
    log = tmp_path / "requests.jsonl"
    chat("open acupressure helper\n", *SCRIPTED, "--no-audio-player", "--log-requests", str(log))
    envelope = json.loads(log.read_text().splitlines()[0])
    assert envelope["context"]["System"]["device"]["supportedInterfaces"] == {}


def test_empty_input_ends_cleanly() -> None:
    done = chat("", *SCRIPTED)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


def test_a_skill_that_cannot_be_loaded_is_reported() -> None:
    done = chat("open acupressure helper\n", "--handler", "no_such_module:handler")
    assert done.returncode == 1
    assert "the skill could not be loaded" in done.stderr


def test_speaking_aloud_changes_nothing_printed() -> None:
    quiet = chat("open acupressure helper\n", *SCRIPTED)
    spoken = chat("open acupressure helper\n", *SCRIPTED, "--speak")
    assert spoken.returncode == 0
    assert spoken.stdout == quiet.stdout
    assert spoken.stderr == ""


def test_without_espeak_ng_answers_are_not_spoken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    done = chat("open acupressure helper\n", *SCRIPTED, "--speak", env={"PATH": str(tmp_path)})
    assert done.returncode == 0
    assert "Alexa: Welcome." in done.stdout
    monkeypatch.setenv("PATH", str(tmp_path))
    assert espeak_speaker("en-US") is None


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
def test_espeak_ng_speaks_without_raising() -> None:
    speak = espeak_speaker("en-GB")
    assert speak is not None
    speak("Press gently.")


def test_the_real_skill_answers_through_the_chat_command(tmp_path: Path) -> None:
    done = chat(
        "Alexa, ask acupressure helper for back pain\nAlexa, stop\n",
        "--db",
        str(tmp_path / "store.sqlite3"),
    )
    assert done.returncode == 0, done.stderr
    said = [line for line in done.stdout.splitlines() if line.startswith("Alexa: ")]
    assert said[0].startswith(f"Alexa: {check_words.SAFETY_FIRST}")
    assert said[-1] == f"Alexa: {english.GOODBYE}"
