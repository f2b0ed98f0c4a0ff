"""Questions people asked in play: on the way, over a hold, and as a one-shot."""

from __future__ import annotations

import pytest

from skill.store import SessionStore, person_key
from tests.support.conversation import Conversation, Reply

STEP_REPROMPT = "Say next when you're ready, or repeat to hear that again."

# What each answer must say, wherever it is asked.
ANSWERS = [
    ("WhatIsQiIntent", ("said chee", "move Blood and Qi in the back", "not from medicine")),
    ("DoesItWorkIntent", ("Many people find", "self-care, not medical advice", "doctor")),
    ("BothKneesIntent", ("both knees at once",)),
    ("WhereIsItIntent", ("at the back of the knee", "middle of the crease")),
    ("TooSoreToBendIntent", ("Lie down", "let someone press the point", "doctor")),
    ("WhatYouKeepIntent", ("your holds", "settings", "reminders", "pain ratings only if")),
]


def _at_second_step(person: Conversation) -> None:
    person.ask("BackPainIntent")
    person.say("SelfHoldIntent")
    person.say("AMAZON.NextIntent")


def _holding(person: Conversation) -> tuple[str, int]:
    """A ten-minute hold, two minutes in: its token and where the device stands."""
    started = person.start_hold(10)
    stream = started.play_directive()["audioItem"]["stream"]
    return stream["token"], stream["offsetInMilliseconds"] + 120_000


def _plays_on_from(reply: Reply, token: str, offset: int) -> bool:
    played = reply.play_directive()["audioItem"]["stream"]
    return bool(
        reply.ended and (played["token"], played["offsetInMilliseconds"]) == (token, offset)
    )


@pytest.mark.parametrize(("intent", "said"), ANSWERS)
def test_asked_on_the_way_it_is_answered_and_the_step_goes_on(
    person: Conversation, intent: str, said: tuple[str, ...]
) -> None:
    _at_second_step(person)
    reply = person.say(intent)
    assert all(words in reply.speech for words in said)
    assert reply.speech.endswith(STEP_REPROMPT)
    assert "two firm cords" in person.say("AMAZON.NextIntent").speech


@pytest.mark.parametrize(("intent", "said"), ANSWERS)
def test_asked_over_a_hold_it_is_answered_and_the_hold_plays_on(
    person: Conversation, store: SessionStore, intent: str, said: tuple[str, ...]
) -> None:
    token, offset = _holding(person)
    reply = person.during_hold(intent, token, offset)
    assert all(words in reply.speech for words in said)
    assert _plays_on_from(reply, token, offset)
    [hold] = store.recent_holds(person_key(person.user_id))
    assert hold.status == "in_progress"


@pytest.mark.parametrize(("intent", "said"), ANSWERS)
def test_asked_as_a_one_shot_it_is_answered_then_offers_to_start(
    person: Conversation, intent: str, said: tuple[str, ...]
) -> None:
    reply = person.ask(intent)
    assert all(words in reply.speech for words in said)
    assert reply.speech.endswith("Shall we start? Say yes, or stop.")


def test_how_long_on_the_way_suggests_the_full_effect_and_asks(person: Conversation) -> None:
    _at_second_step(person)
    reply = person.say("RecommendedLengthIntent")
    assert reply.speech == "I'd suggest 30 minutes, for the full effect. Shall we do 30?"
    assert "find the crease" in person.say("AMAZON.NoIntent").speech


def test_how_long_as_a_one_shot_suggests_the_full_effect(person: Conversation) -> None:
    assert "I'd suggest 30 minutes" in person.ask("RecommendedLengthIntent").speech


def test_how_long_over_a_hold_says_the_lengths_and_the_hold_plays_on(
    person: Conversation,
) -> None:
    token, offset = _holding(person)
    reply = person.during_hold("RecommendedLengthIntent", token, offset)
    assert reply.speech == "5 minutes often brings some relief; 30 gives the full effect."
    assert _plays_on_from(reply, token, offset)


def test_where_is_it_over_a_hold_says_the_back_of_the_knee(person: Conversation) -> None:
    token, offset = _holding(person)
    reply = person.during_hold("WhereIsItIntent", token, offset)
    assert "at the back of the knee" in reply.speech
    assert "front" not in reply.speech
    assert _plays_on_from(reply, token, offset)


def test_what_the_skill_keeps_changes_nothing_kept(
    person: Conversation, store: SessionStore
) -> None:
    person.start_hold(10)
    before = store.load_profile(person_key(person.user_id))
    reply = person.ask("WhatYouKeepIntent")
    assert "Say delete my data to remove it all." in reply.speech
    assert store.load_profile(person_key(person.user_id)) == before
