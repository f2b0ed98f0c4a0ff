"""The emulated audio player: its queue, the events it sends, and the marks it shows."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import RequestEnvelope
from ask_sdk_model.interfaces.audioplayer import Error, ErrorType, PlaybackFailedRequest

from skill.routine.hold_segments import FINAL_MS, Closing, segment_spec
from skill.speech.hold_marks import CLOSING_WORDS
from toolkit.audio.manifest import Manifest, ManifestEntry
from toolkit.simulator.envelopes import Envelopes
from toolkit.simulator.player import Player
from toolkit.simulator.segment_lengths import (
    CLOSING_MS_PER_WORD,
    estimated_length_ms,
    file_lengths,
)
from toolkit.simulator.streams import NEARLY_FINISHED_BEFORE_END_MS, Activity

BASE = "https://localhost/audio"
EARLY_MS = segment_spec("minute-early").nominal_ms


def play(token: str, audio_id: str, offset_ms: int = 0, behavior: str = "REPLACE_ALL",
         expected_previous: str | None = None) -> dict[str, Any]:  # fmt: skip
    stream: dict[str, Any] = {
        "token": token,
        "url": f"{BASE}/{audio_id}.mp3",
        "offsetInMilliseconds": offset_ms,
    }
    if expected_previous is not None:
        stream["expectedPreviousToken"] = expected_previous
    return {"type": "AudioPlayer.Play", "playBehavior": behavior, "audioItem": {"stream": stream}}


@dataclass
class Skill:
    """Stands in for the skill: records the events and answers each kind as told."""

    answers: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    events: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def __call__(self, request_type: str, fields: dict[str, Any]) -> Mapping[str, Any] | None:
        self.events.append((request_type.removeprefix("AudioPlayer."), fields))
        directives = self.answers.pop(request_type.removeprefix("AudioPlayer."), [])
        return {"version": "1.0", "response": {"directives": directives}}

    @property
    def kinds(self) -> list[tuple[str, str]]:
        return [(kind, fields["token"]) for kind, fields in self.events]


@dataclass
class Setup:
    player: Player
    skill: Skill
    shown: list[str]


@pytest.fixture
def setup() -> Setup:
    skill, shown = Skill(), list[str]()
    return Setup(Player(skill, shown.append), skill, shown)


def test_a_stream_sends_started_nearly_finished_and_finished_in_order(setup: Setup) -> None:
    setup.player.apply([play("a", "minute-early")])
    setup.player.play_for(EARLY_MS - NEARLY_FINISHED_BEFORE_END_MS - 1)
    assert setup.skill.kinds == [("PlaybackStarted", "a")]

    setup.player.play_for(1)
    assert setup.skill.kinds[-1] == ("PlaybackNearlyFinished", "a")

    setup.player.play_for(NEARLY_FINISHED_BEFORE_END_MS)
    finished = ("PlaybackFinished", {"token": "a", "offsetInMilliseconds": EARLY_MS})
    assert setup.skill.events[-1] == finished
    assert setup.player.activity is Activity.FINISHED
    assert setup.player.context["playerActivity"] == "FINISHED"
    assert setup.shown[-1] == "  [player] finished"


def test_what_the_skill_enqueues_plays_next_and_the_hold_clock_runs_on(setup: Setup) -> None:
    setup.skill.answers["PlaybackNearlyFinished"] = [
        play("b", "minute-final-full", 0, "ENQUEUE", expected_previous="a")
    ]
    setup.player.apply([play("a", "minute-early")])
    setup.player.play_for(EARLY_MS + 60_000)

    assert setup.skill.kinds == [
        ("PlaybackStarted", "a"),
        ("PlaybackNearlyFinished", "a"),
        ("PlaybackFinished", "a"),
        ("PlaybackStarted", "b"),
    ]
    assert setup.skill.events[-1][1]["offsetInMilliseconds"] == 0
    assert "  [00:00] Sixty minutes left." in setup.shown
    # The final counts on down from thirty minutes left: at 1:00 of it, 31:00 of this hold.
    assert setup.shown[-1] == "  [31:00] Twenty-nine minutes left."


def test_an_enqueue_expecting_another_stream_is_dropped(setup: Setup) -> None:
    setup.skill.answers["PlaybackNearlyFinished"] = [
        play("b", "minute-final", 0, "ENQUEUE", expected_previous="not-a")
    ]
    setup.player.apply([play("a", "minute-early")])
    setup.player.play_for(EARLY_MS + 60_000)

    assert setup.player.queued == ()
    assert [kind for kind, _ in setup.skill.kinds] == [
        "PlaybackStarted", "PlaybackNearlyFinished", "PlaybackFinished",
    ]  # fmt: skip
    assert "  [player] did not queue minute-final.mp3: it expects another stream" in setup.shown


def test_an_enqueue_follows_the_last_queued_stream(setup: Setup) -> None:
    setup.player.apply([play("a", "minute-early")])
    setup.player.apply(
        [
            play("b", "minute-final-short", 0, "ENQUEUE", expected_previous="a"),
            play("c", "minute-final", 0, "ENQUEUE", expected_previous="a"),
            play("d", "minute-final", 0, "ENQUEUE", expected_previous="b"),
        ]
    )
    assert [stream.token for stream in setup.player.queued] == ["b", "d"]

    setup.player.apply([play("e", "minute-final", 0, "REPLACE_ENQUEUED")])
    assert [stream.token for stream in setup.player.queued] == ["e"]


def test_stop_sends_stopped_with_the_offset_and_keeps_the_place(setup: Setup) -> None:
    setup.player.apply([play("a", "minute-final", 25 * 60_000)])
    setup.player.play_for(90_000)
    setup.player.apply([{"type": "AudioPlayer.Stop"}])

    assert setup.skill.events[-1] == (
        "PlaybackStopped", {"token": "a", "offsetInMilliseconds": 25 * 60_000 + 90_000},
    )  # fmt: skip
    assert setup.player.context == {
        "token": "a",
        "offsetInMilliseconds": 25 * 60_000 + 90_000,
        "playerActivity": "STOPPED",
    }
    assert setup.shown[-1] == "  [player] stopped minute-final.mp3 at 26:30, 01:30 into the hold"
    shown = len(setup.shown)
    setup.player.play_for(10 * 60_000)
    assert setup.player.until_next_ms() is None
    assert len(setup.shown) == shown
    setup.player.apply([{"type": "AudioPlayer.Stop"}])
    assert len(setup.skill.events) == 2


def test_playing_again_from_the_same_place_carries_the_hold_clock_on(setup: Setup) -> None:
    setup.player.apply([play("a", "minute-final", 25 * 60_000)])
    setup.player.play_for(90_000)
    setup.player.apply([{"type": "AudioPlayer.Stop"}])
    setup.player.apply([play("a", "minute-final", 25 * 60_000 + 90_000)])
    setup.player.play_for(30_000)
    assert setup.shown[-1] == "  [02:00] Three minutes left."

    # Anything else starts the count afresh: a new hold, or the same one from the start.
    setup.player.apply([play("a", "minute-final", 25 * 60_000)])
    assert setup.shown[-3:] == [
        "  [player] stopped minute-final.mp3 at 27:00, 02:00 into the hold",
        "  [player] playing minute-final.mp3 from 25:00",
        "  [00:00] Five minutes left.",
    ]
    assert [kind for kind, _ in setup.skill.kinds][-2:] == ["PlaybackStopped", "PlaybackStarted"]


def test_clear_queue(setup: Setup) -> None:
    setup.player.apply([play("a", "minute-early")])
    setup.player.apply([play("b", "minute-final", 0, "ENQUEUE", expected_previous="a")])
    setup.player.apply([{"type": "AudioPlayer.ClearQueue", "clearBehavior": "CLEAR_ENQUEUED"}])
    assert (setup.player.queued, setup.player.activity) == ((), Activity.PLAYING)

    setup.player.apply([play("b", "minute-final", 0, "ENQUEUE", expected_previous="a")])
    setup.player.apply([{"type": "AudioPlayer.ClearQueue", "clearBehavior": "CLEAR_ALL"}])
    assert (setup.player.queued, setup.player.activity) == ((), Activity.STOPPED)
    assert setup.skill.kinds[-1] == ("PlaybackStopped", "a")


def test_an_unknown_recording_fails(setup: Setup) -> None:
    setup.player.apply([play("a", "no-such-segment", 5_000)])
    [(kind, fields)] = setup.skill.events
    assert kind == "PlaybackFailed"
    assert fields["error"]["type"] == "MEDIA_ERROR_INVALID_REQUEST"
    assert fields["currentPlaybackState"]["offsetInMilliseconds"] == 5_000
    assert setup.player.activity is Activity.IDLE
    # The request parses as Alexa's PlaybackFailed does.
    envelope = Envelopes().event("AudioPlayer.PlaybackFailed", **fields)
    parsed = DefaultSerializer().deserialize(json.dumps(envelope), RequestEnvelope)
    assert isinstance(parsed.request, PlaybackFailedRequest)
    expected = Error(message="not found", object_type=ErrorType.MEDIA_ERROR_INVALID_REQUEST)
    assert parsed.request.error == expected


def test_marks_are_spoken_as_they_are_reached() -> None:
    spoken: list[str] = []
    player = Player(Skill(), lambda line: None, speak=spoken.append)
    player.apply([play("a", "quiet-early")])
    player.play_for(EARLY_MS)
    # The quiet cadence only rings chimes: nothing to say.
    assert spoken == []
    player.apply([play("b", "minute-final", FINAL_MS - 61_000)])
    player.play_for(2_000)
    assert spoken == ["One minute left."]


def test_lengths_come_from_the_manifest_of_rendered_audio(tmp_path: Path) -> None:
    manifest = tmp_path / "manifest.json"
    Manifest((ManifestEntry("minute-final", "minute-final.mp3", 1_830_500, (), "0" * 64),)).save(
        manifest
    )
    lengths = file_lengths(manifest)
    assert lengths("minute-final") == 1_830_500
    assert lengths("minute-early") == EARLY_MS
    assert file_lengths(tmp_path / "absent.json")("minute-final") == estimated_length_ms(
        "minute-final"
    )
    skill = Skill()
    player = Player(skill, lambda line: None, lengths=lengths)
    player.apply([play("a", "minute-final", FINAL_MS - 20_000)])
    player.play_for(60_000)
    assert [fields["offsetInMilliseconds"] for _, fields in skill.events] == [
        FINAL_MS - 20_000, 1_820_500, 1_830_500,
    ]  # fmt: skip


def test_an_estimated_length_leaves_time_to_say_the_closing() -> None:
    closing_ms = CLOSING_MS_PER_WORD * len(CLOSING_WORDS[Closing.PARTIAL].split())
    assert estimated_length_ms("minute-final") == FINAL_MS + closing_ms
    assert estimated_length_ms("minute-early") == EARLY_MS
