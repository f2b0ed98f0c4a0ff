"""The hold on a device without AudioPlayer: spoken in chunks of at most four minutes."""

from __future__ import annotations

import re

from skill.routine.model import HoldStatus
from skill.store import SessionStore, person_key
from tests.support.conversation import Conversation, Reply


def _ssml(reply: Reply) -> str:
    return str(reply.response["outputSpeech"]["ssml"])


def _pause_seconds(ssml: str) -> float:
    return sum(int(ms) for ms in re.findall(r'<break time="(\d+)ms"/>', ssml)) / 1000


def test_a_short_hold_is_spoken_through_and_recorded(store: SessionStore) -> None:
    person = Conversation(audio_player=False)
    first = person.start_hold(5)
    assert first.directives == []
    assert "Press now" in first.speech
    assert "Four minutes left." in first.speech
    assert "Say continue" in first.speech
    assert not first.ended
    replies = [first]
    while not replies[-1].ended:
        replies.append(person.say("AMAZON.ResumeIntent"))
    assert "Well done" in replies[-1].speech
    for reply in replies:
        ssml = _ssml(reply)
        assert all(int(ms) <= 10_000 for ms in re.findall(r'<break time="(\d+)ms"/>', ssml))
        assert _pause_seconds(ssml) <= 240
        assert len(ssml) <= 8000
    assert sum(_pause_seconds(_ssml(reply)) for reply in replies) >= 5 * 60 - 60
    [hold] = store.recent_holds(person_key(person.user_id))
    assert (hold.status, hold.held_seconds) == (HoldStatus.COMPLETED, 300)


def test_stopping_a_spoken_hold_records_the_time_heard(store: SessionStore) -> None:
    person = Conversation(audio_player=False)
    person.start_hold(12)
    person.say("AMAZON.ResumeIntent")
    reply = person.say("AMAZON.StopIntent")
    assert reply.ended
    assert "Stopped after" in reply.speech
    [hold] = store.recent_holds(person_key(person.user_id))
    assert hold.status == HoldStatus.STOPPED
    assert 240 <= hold.held_seconds <= 480


def test_how_long_is_left_in_a_spoken_hold(store: SessionStore) -> None:
    person = Conversation(audio_player=False)
    person.start_hold(12)
    reply = person.say("TimeLeftIntent")
    assert "minutes left" in reply.speech
    assert "Say continue" in reply.speech


def test_anything_else_in_a_spoken_hold_is_reprompted(store: SessionStore) -> None:
    person = Conversation(audio_player=False)
    person.start_hold(12)
    reply = person.say("AMAZON.FallbackIntent")
    assert "Say continue" in reply.speech
    assert not reply.ended


def test_the_start_line_says_how_a_spoken_hold_goes_on(store: SessionStore) -> None:
    person = Conversation(audio_player=False)
    reply = person.start_hold(12)
    assert "Say continue after each part" in reply.speech
    assert "pause" not in reply.speech


def test_help_and_repeat_in_a_spoken_hold(store: SessionStore) -> None:
    person = Conversation(audio_player=False)
    first = person.start_hold(12)
    helped = person.say("AMAZON.HelpIntent")
    assert "Say continue for the next part, repeat" in helped.speech
    assert not helped.ended
    again = person.say("AMAZON.RepeatIntent")
    assert _ssml(again).count("<break") == _ssml(first).count("<break")
    assert "Say continue" in again.speech
