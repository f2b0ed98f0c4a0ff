"""The simulated device with the real skill: what is said while a hold plays, and its clock."""

from __future__ import annotations

import io
import json
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from skill import lambda_function
from toolkit.simulator.device import TIMED_OUT_NOTE, Device
from toolkit.simulator.streams import Activity
from toolkit.simulator.wait_line import wait_ms

NO_SESSION_NOTE = '(no skill session is open: say "Alexa, open acupressure helper")'

TO_A_HOLD = (
    "Alexa, ask acupressure helper for back pain",
    "no",
    "no",
    "I will do it myself",
    "I found it",
)
FINAL_START_MS = 25 * 60_000  # A five-minute hold plays the last five minutes of the final.


class Chat:
    def __init__(self, speed: float = 1e9) -> None:
        self.out, self.log = io.StringIO(), io.StringIO()
        self.device = Device(
            lambda_function.lambda_handler, out=self.out, request_log=self.log, speed=speed
        )

    def say(self, *lines: str) -> list[str]:
        start = len(self.out.getvalue())
        for line in lines:
            self.device.hear(line)
        return self.out.getvalue()[start:].splitlines()

    def hold(self, minutes: str = "five minutes") -> list[str]:
        return self.say(*TO_A_HOLD, minutes)

    @property
    def sent(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.log.getvalue().splitlines()]


def _spoken_over_playing(chat: Chat) -> str:
    """What a request spoken over the playing hold reports: STOPPED, as the docs' PauseIntent
    sample, or PLAYING on a device that reports so (toolkit.simulator.variants)."""
    return "PLAYING" if chat.device.variants.reports_playing else "STOPPED"


@pytest.fixture(autouse=True)
def skill_store(skill_on_sqlite: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AUDIO_BASE_URL", raising=False)


@pytest.mark.parametrize(
    ("line", "ms"),
    [
        ("wait 2 minutes", 120_000),
        ("(wait 90 seconds)", 90_000),
        ("wait 1 minute 30 seconds", 90_000),
        ("Wait for two minutes and thirty seconds", 150_000),
        ("wait half an hour", 1_800_000),
        ("wait 2 days", 172_800_000),
        ("(wait a week)", 604_800_000),
        ("wait", None),
        ("wait a moment", None),
        ("pause", None),
    ],
)
def test_wait_lines(line: str, ms: int | None) -> None:
    assert wait_ms(line) == ms


def test_lines_during_a_hold_reach_the_skill_with_the_players_place() -> None:
    chat = Chat()
    chat.hold()
    chat.say("wait 2 minutes")

    heard = chat.say("Alexa, ask acupressure helper how long is left")

    # Speaking stops the stream (PlaybackStopped); the answer plays it on from there.
    assert heard[0].startswith("  [player] stopped minute-final.mp3 at 27:00")
    assert "Alexa: About 3 minutes left." in heard
    assert "  [player] playing minute-final.mp3 from 27:00" in heard
    [asked] = [
        e for e in chat.sent if e["request"].get("intent", {}).get("name") == "TimeLeftIntent"
    ]
    assert asked["session"]["new"] is True
    player = asked["context"]["AudioPlayer"]
    assert player["offsetInMilliseconds"] == FINAL_START_MS + 120_000
    assert player["playerActivity"] == _spoken_over_playing(chat)
    assert chat.device.player.playing
    assert chat.device.player.hold_ms == 120_000


def test_only_the_audio_built_ins_reach_the_skill_without_its_name() -> None:
    chat = Chat()
    chat.hold()
    chat.say("wait 1 minute")
    sent = len(chat.sent)

    assert chat.say("how long is left") == [NO_SESSION_NOTE]
    assert chat.say("help") == [NO_SESSION_NOTE]
    assert len(chat.sent) == sent
    assert chat.device.player.playing

    chat.say("stop")  # arrives as AMAZON.PauseIntent
    [paused] = [e for e in chat.sent[sent:] if e["request"]["type"] == "IntentRequest"]
    assert paused["request"]["intent"]["name"] == "AMAZON.PauseIntent"
    assert paused["context"]["AudioPlayer"]["playerActivity"] == _spoken_over_playing(chat)
    assert not chat.device.player.playing


def test_a_paused_hold_is_reported_stopped_and_lines_still_reach_it() -> None:
    chat = Chat()
    chat.hold()
    chat.say("wait 1 minute", "pause")
    assert chat.say("wait 10 minutes") == []

    chat.say("resume")

    resumed = chat.sent[-2]
    assert resumed["request"]["intent"]["name"] == "AMAZON.ResumeIntent"
    assert resumed["context"]["AudioPlayer"] == {
        "token": resumed["context"]["AudioPlayer"]["token"],
        "offsetInMilliseconds": FINAL_START_MS + 60_000,
        "playerActivity": "STOPPED",
    }
    assert chat.sent[-1]["request"]["type"] == "AudioPlayer.PlaybackStarted"
    assert chat.sent[-1]["request"]["offsetInMilliseconds"] == FINAL_START_MS + 60_000


def test_lines_nothing_understands_or_after_the_hold_send_nothing() -> None:
    chat = Chat()
    chat.hold()
    sent = len(chat.sent)
    assert chat.say("sing me a song") == [NO_SESSION_NOTE]
    assert len(chat.sent) == sent

    chat.device.play_on()
    assert chat.device.player.activity is Activity.FINISHED
    # The skill played audio last: its built-ins still reach it, and get a short word.
    assert chat.say("pause") == ["  [directive] AudioPlayer.Stop", "  (session ended)"]
    assert chat.say("next")[0] == (
        "Alexa: The hold has finished. For another one, say: Alexa, ask Acupressure Helper"
        " for back pain."
    )
    assert chat.say("sing me a song") == [NO_SESSION_NOTE]


def test_asking_the_skill_by_name_leaves_the_hold_playing() -> None:
    chat = Chat()
    chat.hold()

    heard = chat.say("Alexa, ask acupressure helper how long is left", "wait 1 minute")

    assert "Alexa: About 5 minutes left." in heard
    assert heard[-1] == "  [01:00] Four minutes left."


def test_opening_the_skill_mid_hold_offers_to_carry_on() -> None:
    chat = Chat()
    chat.hold()
    heard = chat.say("wait 1 minute", "Alexa, open acupressure helper")
    assert "Alexa: You were 1 of 5 minutes into the hold. Carry on, or start again?" in heard
    assert chat.device.envelopes.session_open

    heard = chat.say("yes", "wait 1 minute")

    assert heard[0] == "Alexa: Carrying on: 4 minutes to go."
    assert heard[-1] == "  [02:00] Three minutes left."


def test_an_open_session_with_the_audio_stopped_times_out_and_keeps_it_stopped() -> None:
    chat = Chat()
    chat.hold()
    chat.say("wait 1 minute", "Alexa, open acupressure helper")

    heard = chat.say("wait 1 minute")

    assert heard == [TIMED_OUT_NOTE]
    assert not chat.device.envelopes.session_open
    assert not chat.device.player.playing


def test_waits_take_real_time_divided_by_the_speed() -> None:
    chat = Chat(speed=600)
    chat.hold()
    started = time.monotonic()
    chat.say("wait 1 minute")
    assert time.monotonic() - started >= 0.1


def test_request_timestamps_follow_the_virtual_clock() -> None:
    chat = Chat()
    chat.hold()
    chat.say("wait 4 minutes", "Alexa, ask acupressure helper how long is left")

    def stamp(envelope: dict[str, Any]) -> datetime:
        return datetime.fromisoformat(envelope["request"]["timestamp"].replace("Z", "+00:00"))

    assert (stamp(chat.sent[-1]) - stamp(chat.sent[0])).total_seconds() >= 240
    assert chat.device.now_ms == 240_000


def test_typed_lines_come_in_while_the_hold_plays_on_its_own() -> None:
    chat = Chat(speed=1200)  # a minute in 50 ms

    def typed() -> Iterator[str]:
        yield from (*TO_A_HOLD, "five minutes")
        time.sleep(0.1)
        yield "Alexa, ask acupressure helper how long is left"

    chat.device.run_live(typed())

    lines = chat.out.getvalue().splitlines()
    answered = next(at for at, line in enumerate(lines) if line.startswith("Alexa: About"))
    assert "  [01:00] Four minutes left." in lines[:answered]
    [asked] = [
        envelope
        for envelope in chat.sent
        if envelope["request"].get("intent", {}).get("name") == "TimeLeftIntent"
    ]
    offset = asked["context"]["AudioPlayer"]["offsetInMilliseconds"]
    assert FINAL_START_MS + 60_000 <= offset < FINAL_START_MS + 300_000
    # When typing stops, so does the device: the hold does not play on to its end.
    assert not any(line.startswith("  [05:00]") for line in lines)
