"""Device reports as the AudioPlayer docs describe them (issue 20, item 4)."""

from __future__ import annotations

import copy
import uuid
from typing import Any

import pytest

from skill.routine.hold_token import HoldToken
from skill.store import SessionStore, person_key
from tests.support.conversation import Conversation, fixture


def _token(reply: Any) -> str:
    token: str = reply.play_directive()["audioItem"]["stream"]["token"]
    return token


def _failed(person: Conversation, failed: str, playing: str, offset_ms: int) -> Any:
    """PlaybackFailed for `failed` while `playing` plays at `offset_ms`."""
    envelope = copy.deepcopy(fixture("audio_player_event.json"))
    envelope["context"]["System"]["user"]["userId"] = person.user_id
    state = {"token": playing, "offsetInMilliseconds": offset_ms, "playerActivity": "PLAYING"}
    envelope["context"]["AudioPlayer"] = state
    envelope["request"].pop("offsetInMilliseconds", None)
    envelope["request"].update(
        type="AudioPlayer.PlaybackFailed",
        requestId=f"amzn1.echo-api.request.{uuid.uuid4()}",
        locale=person.locale,
        token=failed,
        error={"type": "MEDIA_ERROR_SERVICE_UNAVAILABLE", "message": "unavailable"},
        currentPlaybackState=state,
    )
    return person.send(envelope)


@pytest.mark.usefixtures("audio_base")
def test_a_queued_segment_that_fails_does_not_jump_the_hold_ahead(
    person: Conversation, store: SessionStore
) -> None:
    first = _token(person.start_hold(45))
    person.event("PlaybackStarted", first)
    second = _token(person.event("PlaybackNearlyFinished", first))
    five_minutes_in = HoldToken.parse(first).plan.segments[0].offset_ms + 300_000  # type: ignore[union-attr]

    retried = _failed(person, second, first, five_minutes_in)
    left = person.during_hold("TimeLeftIntent", first, five_minutes_in + 1_000, "STOPPED")

    # The failed segment is queued again behind the one still playing.
    [again] = retried.directives
    assert again["playBehavior"] == "ENQUEUE"
    assert again["audioItem"]["stream"]["expectedPreviousToken"] == first
    assert "40 minutes" in left.speech
    [hold] = store.recent_holds(person_key(person.user_id))
    # Five minutes, not thirty-five; the question a second later notes that second too.
    assert hold.held_seconds in (300, 301)


@pytest.mark.usefixtures("audio_base")
@pytest.mark.parametrize("offset", [-1, 2**64, "18446744073709551616"])
def test_an_impossible_offset_never_reaches_a_play_directive(
    person: Conversation, offset: Any
) -> None:
    token = _token(person.start_hold(45))
    segment = HoldToken.parse(token).plan.segments[0]  # type: ignore[union-attr]

    resumed = person.button("PlayCommandIssued", token, offset)
    said = person.during_hold("AMAZON.ResumeIntent", token, offset, "STOPPED")

    for reply in (resumed, said):
        stream = reply.play_directive()["audioItem"]["stream"]
        assert stream["token"] == token
        assert stream["offsetInMilliseconds"] == segment.offset_ms
    assert "45 minutes to go" in said.speech


@pytest.mark.usefixtures("audio_base")
def test_a_screen_pause_keeps_the_time_held(person: Conversation, store: SessionStore) -> None:
    token = _token(person.start_hold(10))
    begins = HoldToken.parse(token).plan.segments[0].offset_ms  # type: ignore[union-attr]
    person.event("PlaybackStarted", token)

    # The Echo Show's pause sends no PlaybackController request: only PlaybackStopped.
    person.event("PlaybackStopped", token, begins + 180_500, activity="STOPPED")

    [hold] = store.recent_holds(person_key(person.user_id))
    assert 179 <= hold.held_seconds <= 180
    paused = person.during_hold("AMAZON.PauseIntent", token, begins + 180_500, "STOPPED")
    assert "3 minutes" in paused.speech or "Paused" in paused.speech


def _bare(person: Conversation, request: dict[str, Any], *, session: bool) -> dict[str, Any]:
    envelope = person._envelope("session_ended_request.json")
    if not session:
        del envelope["session"]
    envelope["request"] = {
        "requestId": f"amzn1.echo-api.request.{uuid.uuid4()}",
        "timestamp": "2026-11-23T18:01:00Z",
        "locale": "en-US",
        **request,
    }
    return envelope


@pytest.mark.parametrize(
    ("request_", "session"),
    [
        ({"type": "SessionEndedRequest", "reason": "ERROR", "error": {"type": "NEW_KIND"}}, True),
        ({"type": "SessionEndedRequest", "reason": "A_NEW_REASON"}, True),
        (
            {
                "type": "System.ExceptionEncountered",
                "error": {"type": "A_NEW_ERROR", "message": "m"},
                "cause": {"requestId": "amzn1.echo-api.request.0"},
            },
            False,
        ),
        ({"type": "AlexaSkillEvent.SkillAccountLinked", "body": {}}, False),
        ({"type": "AlexaSkillEvent.SomethingNew", "body": {}}, False),
        ({"type": "Brand.NewRequest"}, False),
    ],
)
def test_nothing_is_spoken_to_requests_nobody_hears(
    person: Conversation, request_: dict[str, Any], *, session: bool
) -> None:
    reply = person.send(_bare(person, request_, session=session))

    assert "outputSpeech" not in reply.response
    assert reply.speech == ""
