"""A red flag in a person's own words, anywhere: what to do instead, the hold paused, the
check asked again next time. Pain while pressing pauses the hold and never ends in "Well done"."""

from __future__ import annotations

import pytest

from skill.routine.hold_plan import position_at
from skill.routine.hold_token import HoldToken
from skill.routine.model import HoldStatus
from skill.store import SessionStore, person_key
from tests.support.conversation import CLEAR_ALL, Conversation

MINUTE = 60_000
SAFETY_CHECK_AGAIN = "First, a safety check."


@pytest.fixture
def asked(person: Conversation) -> Conversation:
    person.clears_safety_check = False
    return person


def _heard_safety(store: SessionStore, person: Conversation) -> bool:
    return store.load_profile(person_key(person.user_id)).heard_safety


def _cleared_and_started(person: Conversation, minutes: int) -> str:
    """A returning person who cleared the check: their hold's token."""
    started = person.start_hold(minutes)
    return str(started.play_directive()["audioItem"]["stream"]["token"])


def _at(token: str, held_ms: int) -> tuple[str, int]:
    """The token and offset a device reports `held_ms` into the hold."""
    parsed = HoldToken.parse(token)
    assert parsed is not None
    segment, offset = position_at(parsed.plan, held_ms)
    return parsed.at_segment(segment).encode(), offset


@pytest.mark.parametrize(
    ("said", "heard"),
    [
        ("my legs are numb", "call 911"),
        ("my legs are a bit numb", "call 911"),
        ("I've wet myself a couple of times since it started", "call 911"),
        ("a bit of a fever", "call 911"),
        ("off a ladder yesterday", "call 911"),
        ("swollen calf", "not to press behind the knee"),
    ],
)
def test_a_red_flag_at_the_safety_check_says_what_to_do_instead(
    asked: Conversation, store: SessionStore, said: str, heard: str
) -> None:
    asked.ask("BackPainIntent")
    reply = asked.say("SymptomIntent", symptom=said)
    assert heard in reply.speech
    assert "Well done" not in reply.speech
    assert reply.ended
    assert asked.ask("BackPainIntent").speech.startswith(SAFETY_CHECK_AGAIN)


@pytest.mark.parametrize(
    ("locale", "number"),
    [("en-US", "911"), ("en-CA", "911"), ("en-GB", "999"), ("en-AU", "000"), ("en-IN", "112")],
)
def test_urgent_help_names_the_locales_number(
    store: SessionStore, locale: str, number: str
) -> None:
    person = Conversation(locale=locale)
    reply = person.ask("SymptomIntent", symptom="I can't feel my legs")
    assert f"call {number}" in reply.speech
    assert reply.ended


def test_a_one_shot_red_flag_is_answered_not_offered_the_routine(person: Conversation) -> None:
    reply = person.ask("SymptomIntent", symptom="can't feel my legs")
    assert "Please don't press the point now" in reply.speech
    assert "Shall we start" not in reply.speech
    assert len(reply.speech.split()) <= 40


def test_a_red_flag_on_the_steps_stops_the_way(person: Conversation, store: SessionStore) -> None:
    person.ask("BackPainIntent")
    person.say("SelfHoldIntent")
    person.say("AMAZON.NextIntent")
    reply = person.say("SymptomIntent", symptom="my legs are weak")
    assert "call 911" in reply.speech
    assert reply.ended
    assert not _heard_safety(store, person)
    person.clears_safety_check = False
    assert person.ask("BackPainIntent").speech.startswith(SAFETY_CHECK_AGAIN)


def test_pregnancy_at_the_length_question_sends_to_a_midwife(person: Conversation) -> None:
    person.ask("BackPainIntent")
    person.say("SelfHoldIntent")
    person.say("FoundItIntent")
    reply = person.say("PregnantIntent")
    assert "midwife" in reply.speech
    assert reply.ended


def test_a_red_flag_mid_hold_pauses_it_keeps_its_minutes_and_asks_the_check_again(
    person: Conversation, store: SessionStore
) -> None:
    token = _cleared_and_started(person, 10)
    assert _heard_safety(store, person)

    reply = person.during_hold("SymptomIntent", *_at(token, 3 * MINUTE), symptom="she had a fall")

    assert reply.speech.startswith("I've paused the hold, and kept the 3 minutes")
    assert "call 911" in reply.speech
    assert reply.directives == [CLEAR_ALL]
    [hold] = store.recent_holds(person_key(person.user_id))
    assert (hold.status, hold.held_seconds) == (HoldStatus.IN_PROGRESS, 180)
    assert not _heard_safety(store, person)


def test_a_red_flag_after_the_hold_is_still_answered(person: Conversation) -> None:
    token = _cleared_and_started(person, 5)
    person.event("PlaybackFinished", token, 5 * MINUTE, "FINISHED")
    reply = person.during_hold("SymptomIntent", token, 5 * MINUTE, "FINISHED", symptom="fever")
    assert "call 911" in reply.speech
    assert not any(d["type"] == "AudioPlayer.Play" for d in reply.directives)


@pytest.mark.parametrize("said", ["it's really sharp", "my leg tingles", "I feel worse"])
def test_pain_while_pressing_pauses_the_hold_and_says_to_ease_off(
    person: Conversation, store: SessionStore, said: str
) -> None:
    token = _cleared_and_started(person, 10)
    reply = person.during_hold("SymptomIntent", *_at(token, 2 * MINUTE), symptom=said)

    assert "Ease off" in reply.speech
    assert "see a doctor" in reply.speech
    assert "Well done" not in reply.speech
    assert reply.directives == [CLEAR_ALL]
    [hold] = store.recent_holds(person_key(person.user_id))
    assert (hold.status, hold.held_seconds) == (HoldStatus.IN_PROGRESS, 120)
    # Not a red flag: the check is not asked again for it.
    assert _heard_safety(store, person)


def test_a_bit_tender_is_answered_and_the_hold_plays_on(person: Conversation) -> None:
    token = _cleared_and_started(person, 10)
    reply = person.during_hold("ItHurtsIntent", token, 2 * MINUTE)
    assert "Ease off until it feels firm" in reply.speech
    assert reply.play_directive()["audioItem"]["stream"]["token"] == token


def test_a_red_flag_during_a_spoken_hold_stops_it_with_its_time_kept(
    store: SessionStore,
) -> None:
    person = Conversation(audio_player=False)
    person.start_hold(10)
    reply = person.say("SymptomIntent", symptom="my legs have gone numb")
    assert reply.speech.startswith("I've paused the hold")
    assert "call 911" in reply.speech
    assert reply.ended
    [hold] = store.recent_holds(person_key(person.user_id))
    assert hold.status == HoldStatus.IN_PROGRESS
    assert hold.held_seconds > 0
    assert not store.load_profile(person_key(person.user_id)).heard_safety


@pytest.mark.parametrize("said", ["my legs aren't numb", "no fever", "fell asleep"])
def test_what_is_not_a_red_flag_stays_not_one(asked: Conversation, said: str) -> None:
    asked.ask("BackPainIntent")
    reply = asked.say("SymptomIntent", symptom=said)
    assert "call 911" not in reply.speech
    assert not reply.ended
