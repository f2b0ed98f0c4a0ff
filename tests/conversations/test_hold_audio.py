"""The hold on a device with AudioPlayer: play, enqueue, finish, pause, resume, stop."""

from __future__ import annotations

import pytest

from skill.routine.cadence import Cadence
from skill.routine.hold_plan import plan_hold
from skill.routine.hold_token import HoldToken
from skill.routine.model import HoldStatus
from skill.store import SessionStore, person_key
from tests.support.conversation import CLEAR_ALL, Conversation

pytestmark = pytest.mark.usefixtures("audio_base")


def _hold(store: SessionStore, person: Conversation) -> tuple[HoldStatus, int]:
    [hold] = store.recent_holds(person_key(person.user_id))
    return hold.status, hold.held_seconds


def test_choosing_a_length_starts_the_first_segment(person: Conversation) -> None:
    reply = person.start_hold(12)
    assert reply.ended
    assert "Press now" in reply.speech
    assert "pause" in reply.speech
    stream = reply.play_directive()["audioItem"]["stream"]
    token = HoldToken.parse(stream["token"])
    assert token is not None
    assert (token.minutes, token.cadence, token.segment) == (12, Cadence.MINUTE, 0)
    # The countdown from thirty minutes left, played from where twelve are left.
    assert stream["url"] == "https://audio.example.com/v1/minute-final.mp3"
    assert stream["offsetInMilliseconds"] == 18 * 60_000
    metadata = reply.play_directive()["audioItem"]["metadata"]
    assert metadata["title"] == "Holding Bladder 40"
    assert metadata["subtitle"] == "12 minutes"


def test_nearly_finished_enqueues_the_next_segment(person: Conversation) -> None:
    token = person.start_hold(40).play_directive()["audioItem"]["stream"]["token"]
    reply = person.event("PlaybackNearlyFinished", token, 30 * 60_000)
    play = reply.play_directive()
    assert play["playBehavior"] == "ENQUEUE"
    stream = play["audioItem"]["stream"]
    assert stream["expectedPreviousToken"] == token
    assert stream["url"].endswith("/minute-final-full.mp3")
    assert stream["offsetInMilliseconds"] == plan_hold(40, Cadence.MINUTE).segments[1].offset_ms
    assert "outputSpeech" not in reply.response


def test_the_last_segment_finishing_records_a_completed_hold(
    person: Conversation, store: SessionStore
) -> None:
    first = person.start_hold(40).play_directive()["audioItem"]["stream"]["token"]
    last = person.event("PlaybackNearlyFinished", first).play_directive()
    last_token = last["audioItem"]["stream"]["token"]
    assert person.event("PlaybackNearlyFinished", last_token).directives == []
    person.event("PlaybackFinished", first)
    assert _hold(store, person) == (HoldStatus.IN_PROGRESS, 0)
    reply = person.event("PlaybackFinished", last_token, activity="FINISHED")
    assert "outputSpeech" not in reply.response
    assert _hold(store, person) == (HoldStatus.COMPLETED, 2400)
    person.event("PlaybackFinished", last_token, activity="FINISHED")
    assert store.load_profile(person_key(person.user_id)).holds_completed == 1


@pytest.mark.parametrize("kind", ["PlaybackStarted", "PlaybackStopped", "PlaybackFailed"])
def test_other_playback_events_get_an_empty_answer(person: Conversation, kind: str) -> None:
    token = person.start_hold(5).play_directive()["audioItem"]["stream"]["token"]
    reply = person.event(kind, token, 1000)
    assert reply.response.get("directives", []) == []
    assert "outputSpeech" not in reply.response


def test_pause_and_resume_continue_from_the_offset(person: Conversation) -> None:
    token = person.start_hold(12).play_directive()["audioItem"]["stream"]["token"]
    paused = person.during_hold("AMAZON.PauseIntent", token, 18 * 60_000 + 125_000)
    assert paused.directives == [CLEAR_ALL]
    assert "Paused" in paused.speech
    at = 18 * 60_000 + 125_000
    resumed = person.during_hold("AMAZON.ResumeIntent", token, at, activity="STOPPED")
    stream = resumed.play_directive()["audioItem"]["stream"]
    assert stream["token"] == token
    assert stream["offsetInMilliseconds"] == at
    assert resumed.play_directive()["playBehavior"] == "REPLACE_ALL"


def test_stop_records_the_time_actually_held(person: Conversation, store: SessionStore) -> None:
    first = person.start_hold(40).play_directive()["audioItem"]["stream"]["token"]
    second = person.event("PlaybackNearlyFinished", first).play_directive()
    token = second["audioItem"]["stream"]["token"]
    offset = second["audioItem"]["stream"]["offsetInMilliseconds"]
    # Two minutes and a few seconds into the final segment: 10:00 + 2:08 of hold.
    reply = person.during_hold("AMAZON.StopIntent", token, offset + 128_000)
    assert CLEAR_ALL in reply.directives
    assert "Stopped after 12 minutes" in reply.speech
    assert _hold(store, person) == (HoldStatus.STOPPED, 728)
    again = person.during_hold("AMAZON.ResumeIntent", token, offset + 128_000, "STOPPED")
    assert "That hold has ended" in again.speech
    assert not any(d["type"] == "AudioPlayer.Play" for d in again.directives)


def test_start_over_keeps_the_minutes_pressed_and_starts_a_new_hold(
    person: Conversation, store: SessionStore
) -> None:
    started = person.start_hold(12).play_directive()["audioItem"]["stream"]
    first, offset = started["token"], started["offsetInMilliseconds"]
    # A twelve-minute hold is one segment, begun part way into its file: 7:08 of hold.
    reply = person.during_hold("AMAZON.StartOverIntent", first, offset + 428_000)
    stream = reply.play_directive()["audioItem"]["stream"]
    again = HoldToken.parse(stream["token"])
    assert again is not None and again.hold_id != HoldToken.parse(first).hold_id  # type: ignore[union-attr]
    assert (again.minutes, again.segment, stream["offsetInMilliseconds"]) == (12, 0, offset)
    assert "I've kept the 7 minutes you held" in reply.speech
    assert "from the beginning" in reply.speech
    holds = {hold.hold_id: hold for hold in store.recent_holds(person_key(person.user_id))}
    newest, interrupted = holds[again.hold_id], holds[HoldToken.parse(first).hold_id]  # type: ignore[union-attr]
    assert (newest.status, newest.held_seconds) == (HoldStatus.IN_PROGRESS, 0)
    assert (interrupted.status, interrupted.held_seconds) == (HoldStatus.STOPPED, 428)


@pytest.mark.parametrize(
    ("offset_ms", "said"),
    [(18 * 60_000, "About 12 minutes left"), (22 * 60_000, "About 8 minutes left")],
)
def test_how_long_is_left(person: Conversation, offset_ms: int, said: str) -> None:
    token = person.start_hold(12).play_directive()["audioItem"]["stream"]["token"]
    reply = person.during_hold("TimeLeftIntent", token, offset_ms)
    assert said in reply.speech
    # Speaking stopped the stream; the answer plays it on from where it was.
    stream = reply.play_directive()["audioItem"]["stream"]
    assert (stream["token"], stream["offsetInMilliseconds"]) == (token, offset_ms)


@pytest.mark.parametrize(
    "intent",
    [
        "AMAZON.NextIntent",
        "AMAZON.PreviousIntent",
        "AMAZON.RepeatIntent",
        "AMAZON.LoopOnIntent",
        "AMAZON.LoopOffIntent",
        "AMAZON.ShuffleOnIntent",
        "AMAZON.ShuffleOffIntent",
    ],
)
def test_music_controls_get_a_graceful_answer(person: Conversation, intent: str) -> None:
    started = person.start_hold(12).play_directive()["audioItem"]["stream"]
    token, a_minute_in = started["token"], started["offsetInMilliseconds"] + 60_000
    reply = person.during_hold(intent, token, a_minute_in)
    assert "The hold is going: 11 minutes to go." in reply.speech
    stream = reply.play_directive()["audioItem"]["stream"]
    assert (stream["token"], stream["offsetInMilliseconds"]) == (token, a_minute_in)


def test_device_buttons_pause_and_play(person: Conversation) -> None:
    token = person.start_hold(12).play_directive()["audioItem"]["stream"]["token"]
    at = 18 * 60_000 + 90_000
    paused = person.button("PauseCommandIssued", token, at, activity="PLAYING")
    assert paused.directives == [{"type": "AudioPlayer.Stop"}]
    played = person.button("PlayCommandIssued", token, at)
    assert played.play_directive()["audioItem"]["stream"]["offsetInMilliseconds"] == at
    assert "outputSpeech" not in played.response
    assert person.button("NextCommandIssued", token).directives == []


@pytest.mark.parametrize(
    "token",
    [
        "",
        "hold/x/99/minute/0",
        "hold/abc/12/loud/0",
        "hold/abc/12/minute/9",
        "hold/abc/012/minute/0",
        "hold/abc/12/minute/١",
        "song/1",
        "a" * 5000,
    ],
)
def test_foreign_or_tampered_tokens_are_ignored(person: Conversation, token: str) -> None:
    reply = person.event("PlaybackNearlyFinished", token)
    assert reply.directives == []
    reply = person.event("PlaybackFinished", token)
    assert reply.directives == []


def test_pause_with_no_hold_says_so(person: Conversation) -> None:
    reply = person.ask("AMAZON.PauseIntent")
    assert "no hold running" in reply.speech
