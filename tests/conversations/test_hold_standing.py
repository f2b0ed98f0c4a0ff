"""A hold as a real Echo plays it: pause is the person's stop, and no minute is lost.

Requests are shaped as a device sends them: outside a session, with the hold's token,
offset and player activity in context.AudioPlayer. The PauseIntent envelope follows the
docs' own sample (offset as a string, "playerActivity": "STOPPED").
"""

from __future__ import annotations

import copy
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from skill.routine.cadence import Cadence
from skill.routine.hold_plan import plan_hold, position_at
from skill.routine.hold_token import HoldToken
from skill.routine.model import HoldSession, HoldStatus
from skill.store import SessionStore, person_key
from skill.store.hold_ids import new_hold_id
from tests.support.conversation import CLEAR_ALL, Conversation, Reply, fixture

MINUTE = 60_000
NEVER_HEARD_IN_A_HOLD = ("Shall we", "Say yes", "Sorry", "safety note", "Find the point")


@pytest.fixture(autouse=True)
def audio_base(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUDIO_BASE_URL", "https://audio.example.com/v1")


def _start(person: Conversation, minutes: int = 10) -> str:
    reply = person.start_hold(minutes)
    token: str = reply.play_directive()["audioItem"]["stream"]["token"]
    return token


def _at(token: str, held_ms: int) -> tuple[str, int]:
    """The token and offset a device reports `held_ms` into the hold."""
    parsed = HoldToken.parse(token)
    assert parsed is not None
    segment, offset = position_at(parsed.plan, held_ms)
    return parsed.at_segment(segment).encode(), offset


def _pause_as_docs_show(person: Conversation, token: str, offset_ms: int, activity: str) -> Reply:
    envelope: dict[str, Any] = copy.deepcopy(fixture("pause_intent_request.json"))
    for holder in (envelope["session"], envelope["context"]["System"]):
        holder["user"]["userId"] = person.user_id
    envelope["session"]["sessionId"] = f"amzn1.echo-api.session.{uuid.uuid4()}"
    envelope["request"]["requestId"] = f"amzn1.echo-api.request.{uuid.uuid4()}"
    envelope["context"]["AudioPlayer"].update(
        token=token, offsetInMilliseconds=str(offset_ms), playerActivity=activity
    )
    person.session_id = None
    return person.send(envelope)


def _holds(store: SessionStore, person: Conversation) -> list[HoldSession]:
    return store.recent_holds(person_key(person.user_id))


def _played_from(reply: Reply) -> tuple[str, int]:
    stream = reply.play_directive()["audioItem"]["stream"]
    return stream["token"], stream["offsetInMilliseconds"]


def _paused_then_opened(person: Conversation) -> tuple[str, int]:
    """A 10-minute hold paused 3 minutes in, then the skill opened: carrying on is offered."""
    token = _start(person, 10)
    place = _at(token, 3 * MINUTE)
    _pause_as_docs_show(person, *place, "STOPPED")
    person.launch_during_hold(*place)
    return place


def _never_the_routine(reply: Reply) -> None:
    assert not any(words in reply.speech for words in NEVER_HEARD_IN_A_HOLD), reply.speech
    assert reply.ended


@pytest.mark.parametrize("activity", ["PLAYING", "STOPPED"])
def test_stop_three_minutes_in_pauses_and_keeps_the_time(
    person: Conversation, store: SessionStore, activity: str
) -> None:
    token = _start(person, 10)
    reply = _pause_as_docs_show(person, *_at(token, 3 * MINUTE), activity)

    assert reply.speech == "Paused at 3 of 10 minutes. Say Alexa, resume, when you're ready."
    assert CLEAR_ALL in reply.directives
    [hold] = _holds(store, person)
    assert (hold.status, hold.held_seconds) == (HoldStatus.IN_PROGRESS, 180)
    # Nothing pressed is lost: progress counts it.
    last = person.ask("LastHoldIntent")
    assert "haven't done a hold" not in last.speech
    assert "3 minutes" in last.speech


def test_opening_after_a_pause_offers_to_carry_on_and_yes_carries_on(
    person: Conversation, store: SessionStore
) -> None:
    token = _start(person, 10)
    place = _at(token, 3 * MINUTE)
    _pause_as_docs_show(person, *place, "STOPPED")

    offered = person.launch_during_hold(*place)
    assert offered.speech == "You were 3 of 10 minutes into the hold. Carry on, or start again?"
    assert not offered.ended
    carried = person.say("AMAZON.YesIntent")

    assert carried.speech == "Carrying on: 7 minutes to go."
    assert _played_from(carried) == place
    assert carried.ended


def test_not_understood_while_offered_asks_to_carry_on_again_and_the_offer_stands(
    person: Conversation, store: SessionStore
) -> None:
    place = _paused_then_opened(person)

    missed = person.say("AMAZON.FallbackIntent")
    assert missed.speech == "Sorry, I didn't get that. Say carry on, or start again."
    assert missed.reprompt == "Say carry on, or start again."
    again = person.say("AMAZON.FallbackIntent")
    still = person.say("AMAZON.FallbackIntent")
    for reply in (again, still):
        assert "Shall we start" not in reply.speech + reply.reprompt
        assert not reply.ended
    assert len({missed.speech, again.speech, still.speech}) == 3

    carried = person.say("AMAZON.YesIntent")
    assert carried.speech == "Carrying on: 7 minutes to go."
    assert _played_from(carried) == place


def test_a_question_or_frustration_while_offered_comes_back_to_carrying_on(
    person: Conversation, store: SessionStore
) -> None:
    place = _paused_then_opened(person)

    answered = person.say("WhatIsThePointIntent")
    assert answered.speech.endswith("Say carry on, or start again.")
    assert "Shall we" not in answered.speech
    frustrated = person.say("FrustratedIntent")
    assert not frustrated.ended
    assert frustrated.reprompt == "Say carry on, or start again."

    carried = person.say("AMAZON.YesIntent")
    assert carried.speech == "Carrying on: 7 minutes to go."
    assert _played_from(carried) == place


def test_no_to_carrying_on_ends_that_hold_with_its_minutes_and_goes_to_the_routine(
    person: Conversation, store: SessionStore
) -> None:
    _paused_then_opened(person)

    routine = person.say("AMAZON.NoIntent")

    assert not routine.ended
    assert not routine.directives
    [hold] = _holds(store, person)
    assert (hold.status, hold.held_seconds) == (HoldStatus.STOPPED, 180)
    profile = store.load_profile(person_key(person.user_id))
    assert profile.seconds_held == 180


@pytest.mark.parametrize("activity", ["STOPPED", "PAUSED"])
def test_resume_with_or_without_the_name_says_where_they_are(
    person: Conversation, activity: str
) -> None:
    token = _start(person, 10)
    place = _at(token, 3 * MINUTE)
    _pause_as_docs_show(person, *place, "PLAYING")

    resumed = person.during_hold("AMAZON.ResumeIntent", *place, activity=activity)

    assert resumed.speech == "Carrying on: 7 minutes to go."
    assert _played_from(resumed) == place


@pytest.mark.parametrize(
    ("intent", "said"),
    [
        ("AMAZON.HelpIntent", "Keep a gentle, steady pressure"),
        ("SafetyInfoIntent", "Get medical help"),
        ("TimeLeftIntent", "About 6 minutes left."),
        ("BackPainIntent", "The hold is going: 6 minutes to go."),
        ("ProgressIntent", "1 hold, 4 minutes in all"),
        ("PainRatingIntent", "Tell me your pain from 0 to 10 once the hold is done"),
    ],
)
def test_a_question_while_the_hold_plays_is_answered_and_it_plays_on(
    person: Conversation, intent: str, said: str
) -> None:
    token = _start(person, 10)
    place = _at(token, 4 * MINUTE)

    reply = person.during_hold(intent, *place, activity="PLAYING")

    assert said in reply.speech
    assert len(reply.speech.split()) <= 45  # about 40 words a turn
    _never_the_routine(reply)
    assert _played_from(reply) == place


def test_a_question_when_speaking_stopped_the_stream_still_plays_it_on(
    person: Conversation,
) -> None:
    token = _start(person, 10)
    place = _at(token, 4 * MINUTE)

    reply = person.during_hold("AMAZON.HelpIntent", *place, activity="STOPPED")

    _never_the_routine(reply)
    assert _played_from(reply) == place


@pytest.mark.parametrize(
    ("intent", "said"),
    [
        ("AMAZON.FallbackIntent", "I didn't catch that. The hold is going"),
        ("CountEveryFiveMinutesIntent", "Let's do that once the hold is done."),
    ],
)
def test_anything_else_mid_hold_waits_and_the_hold_plays_on(
    person: Conversation, intent: str, said: str
) -> None:
    token = _start(person, 10)
    place = _at(token, 4 * MINUTE)

    reply = person.during_hold(intent, *place, activity="STOPPED")

    assert reply.speech.startswith(said)
    _never_the_routine(reply)
    assert _played_from(reply) == place


def test_pregnancy_asked_mid_hold_pauses_it_with_the_time_kept(
    person: Conversation, store: SessionStore
) -> None:
    token = _start(person, 10)
    place = _at(token, 4 * MINUTE)

    reply = person.during_hold("PregnantIntent", *place, activity="STOPPED")
    back = person.launch_during_hold(place[0], place[1], "STOPPED")

    assert reply.speech.startswith("I've paused the hold, and kept the 4 minutes")
    assert "midwife or doctor" in reply.speech
    assert reply.directives == [CLEAR_ALL]
    [hold] = _holds(store, person)
    assert (hold.status, hold.held_seconds) == (HoldStatus.IN_PROGRESS, 240)
    # Not offered to carry on: the safety check is owed first.
    assert "Carry on" not in back.speech
    resumed = person.during_hold("AMAZON.ResumeIntent", *place, activity="STOPPED")
    assert resumed.directives == []
    assert "check with a doctor before you carry on" in resumed.speech
    person.launch()
    # The check is asked again (and answered by the conversation) before the point.
    assert person.say("AMAZON.YesIntent").speech.startswith("All clear, thank you.")


def test_a_question_about_a_paused_hold_leaves_it_paused(person: Conversation) -> None:
    token = _start(person, 10)
    place = _at(token, 4 * MINUTE)
    _pause_as_docs_show(person, *place, "PLAYING")

    reply = person.during_hold("TimeLeftIntent", *place, activity="STOPPED")

    assert reply.speech == "About 6 minutes left. Say Alexa, resume, to carry on."
    assert reply.directives == []


def _finish(person: Conversation, token: str) -> str:
    """Play the hold to its end, segment by segment; the last segment's token."""
    while True:
        enqueued = person.event("PlaybackNearlyFinished", token)
        person.event("PlaybackFinished", token, activity="FINISHED")
        if not enqueued.directives:
            return token
        token = enqueued.play_directive()["audioItem"]["stream"]["token"]


@pytest.mark.parametrize(
    "intent",
    [
        "AMAZON.NextIntent",
        "AMAZON.PreviousIntent",
        "AMAZON.RepeatIntent",
        "AMAZON.StartOverIntent",
        "AMAZON.LoopOnIntent",
        "AMAZON.LoopOffIntent",
        "AMAZON.ShuffleOnIntent",
        "AMAZON.ShuffleOffIntent",
        "AMAZON.CancelIntent",
        "AMAZON.PauseIntent",
        "AMAZON.ResumeIntent",
    ],
)
def test_built_ins_after_the_hold_finished_get_a_short_word(
    person: Conversation, store: SessionStore, intent: str
) -> None:
    final = _finish(person, _start(person, 10))
    final_ms = plan_hold(10, Cadence.MINUTE).segments[-1].offset_ms

    reply = person.during_hold(intent, final, final_ms + 5 * MINUTE, activity="FINISHED")

    _never_the_routine(reply)
    assert not any(d["type"] == "AudioPlayer.Play" for d in reply.directives)
    if reply.speech:
        assert reply.speech.startswith("The hold has finished.")
    [hold] = _holds(store, person)
    assert (hold.status, hold.held_seconds) == (HoldStatus.COMPLETED, 600)


def test_start_over_five_minutes_in_keeps_those_minutes(
    person: Conversation, store: SessionStore
) -> None:
    token = _start(person, 10)

    reply = person.during_hold("AMAZON.StartOverIntent", *_at(token, 5 * MINUTE))

    assert reply.speech.startswith("I've kept the 5 minutes you held.")
    stopped = [hold for hold in _holds(store, person) if hold.status is HoldStatus.STOPPED]
    assert [hold.held_seconds for hold in stopped] == [300]


def test_a_completed_hold_whose_last_write_failed_is_repaired_later(
    person: Conversation, store: SessionStore
) -> None:
    token = HoldToken.parse(_start(person, 10))
    assert token is not None
    final = token.at_segment(len(token.plan.segments) - 1).encode()
    final_ms = plan_hold(10, Cadence.MINUTE).segments[-1].offset_ms
    # The last PlaybackFinished never got recorded; the device remembers it finished.
    assert _holds(store, person)[0].status is HoldStatus.IN_PROGRESS

    person.during_hold("AMAZON.NextIntent", final, final_ms + 5 * MINUTE, activity="FINISHED")

    [hold] = _holds(store, person)
    assert (hold.status, hold.held_seconds) == (HoldStatus.COMPLETED, 600)


def test_an_odd_token_cannot_credit_more_than_the_stored_plan(
    person: Conversation, store: SessionStore
) -> None:
    token = HoldToken.parse(_start(person, 5))
    assert token is not None
    claimed = HoldToken(token.hold_id, 60, token.cadence)
    final = claimed.at_segment(len(claimed.plan.segments) - 1).encode()

    person.event("PlaybackFinished", final, activity="FINISHED")

    [hold] = _holds(store, person)
    assert (hold.status, hold.held_seconds) == (HoldStatus.COMPLETED, 300)


def test_playback_failing_retries_once_then_rests_with_the_time_kept(
    person: Conversation, store: SessionStore
) -> None:
    token, offset = _at(_start(person, 10), 3 * MINUTE)

    def failed() -> Reply:
        envelope: dict[str, Any] = copy.deepcopy(fixture("audio_player_event.json"))
        envelope["context"]["System"]["user"]["userId"] = person.user_id
        envelope["context"]["AudioPlayer"] = {"playerActivity": "STOPPED"}
        envelope["request"] = {
            "type": "AudioPlayer.PlaybackFailed",
            "requestId": f"amzn1.echo-api.request.{uuid.uuid4()}",
            "timestamp": "2026-11-23T18:10:00Z",
            "locale": "en-US",
            "token": token,
            "error": {"type": "MEDIA_ERROR_SERVICE_UNAVAILABLE", "message": "unavailable"},
            "currentPlaybackState": {
                "token": token,
                "offsetInMilliseconds": offset,
                "playerActivity": "PLAYING",
            },
        }
        return person.send(envelope)

    retried = failed()
    assert _played_from(retried) == (token, offset)
    assert failed().directives == []
    [hold] = _holds(store, person)
    assert (hold.status, hold.held_seconds) == (HoldStatus.IN_PROGRESS, 180)
    offered = person.launch_during_hold(token, offset, "STOPPED")
    assert offered.speech.startswith("You were 3 of 10 minutes into the hold.")


def test_the_play_button_on_an_ended_hold_changes_nothing(person: Conversation) -> None:
    token = _start(person, 10)
    place = _at(token, 2 * MINUTE)
    stopped = person.during_hold("AMAZON.StopIntent", *place)
    assert "Stopped after 2 minutes" in stopped.speech

    pressed = person.button("PlayCommandIssued", *place)

    assert pressed.directives == []


def test_a_pause_left_for_hours_has_ended_with_its_time(
    person: Conversation, store: SessionStore
) -> None:
    began = datetime.now(UTC) - timedelta(hours=4)
    hold = HoldSession(person_key(person.user_id), new_hold_id(began), began, 600)
    store.begin_hold(store.load_profile(hold.person), hold)
    store.record_held(hold.person, hold.hold_id, 240)
    place = _at(HoldToken(hold.hold_id, 10, Cadence.MINUTE).encode(), 4 * MINUTE)

    opened = person.launch_during_hold(*place)
    resumed = person.during_hold("AMAZON.ResumeIntent", *place, activity="STOPPED")

    assert "Carry on" not in opened.speech
    assert resumed.speech.startswith("That hold has ended. I've kept the 4 minutes you held.")
    assert resumed.directives == []
