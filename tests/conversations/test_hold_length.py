"""Choosing the hold's length: confirmed, remembered, and re-asked when it can't be used."""

from __future__ import annotations

import pytest

from skill.store import HoldStatus, SessionStore, person_key
from tests.support.conversation import Conversation


def _at_length_question(person: Conversation) -> None:
    person.ask("BackPainIntent")
    person.say("SelfHoldIntent")
    person.say("FoundItIntent")


@pytest.mark.parametrize(
    ("slots", "minutes"),
    [
        ({"minutes": "5"}, 5),
        ({"minutes": "30"}, 30),
        ({"minutes": "12"}, 12),
        ({"length": "PT12M"}, 12),
        ({"length": "PT30M"}, 30),
        ({"length": "PT1H"}, 60),
    ],
)
def test_a_length_is_confirmed_and_remembered(
    person: Conversation, store: SessionStore, slots: dict[str, str], minutes: int
) -> None:
    _at_length_question(person)
    reply = person.say("HoldLengthIntent", **slots)
    spoken = "1 minute" if minutes == 1 else f"{minutes} minutes"
    assert reply.speech.startswith(f"{spoken} it is.")
    assert "remember that for next time" in reply.speech
    key = person_key(person.user_id)
    assert store.load_profile(key).usual_minutes == minutes
    [hold] = store.recent_holds(key)
    assert hold.planned_seconds == minutes * 60
    assert hold.status == HoldStatus.IN_PROGRESS


def test_as_long_as_you_think_chooses_the_full_thirty(
    person: Conversation, store: SessionStore
) -> None:
    _at_length_question(person)
    reply = person.say("RecommendedLengthIntent")
    assert "30 minutes, for the full effect" in reply.speech
    assert store.load_profile(person_key(person.user_id)).usual_minutes == 30


@pytest.mark.parametrize(
    ("slots", "why"),
    [
        ({"minutes": "0"}, "too short"),
        ({"minutes": "61"}, "longer than I can time"),
        ({"length": "PT2H"}, "longer than I can time"),
        ({"length": "PT20S"}, "too short"),
        ({"minutes": "?"}, "didn't catch"),
        ({"minutes": None, "length": None}, "didn't catch"),
        ({"minutes": "-5"}, "too short"),
    ],
)
def test_a_length_that_cannot_be_used_is_asked_again(
    person: Conversation, store: SessionStore, slots: dict[str, str | None], why: str
) -> None:
    _at_length_question(person)
    reply = person.say("HoldLengthIntent", **slots)
    assert why in reply.speech
    assert "1 to 60 minutes" in reply.speech
    assert not reply.ended
    assert store.recent_holds(person_key(person.user_id)) == []
    assert "12 minutes it is" in person.say("HoldLengthIntent", minutes="12").speech


def test_a_length_said_early_is_kept_until_the_point_is_found(
    person: Conversation, store: SessionStore
) -> None:
    person.ask("BackPainIntent")
    person.say("SelfHoldIntent")
    reply = person.say("HoldLengthIntent", minutes="10")
    assert "10 minutes, noted" in reply.speech
    assert not reply.ended
    reply = person.say("FoundItIntent")
    assert "10 minutes it is" in reply.speech
    [hold] = store.recent_holds(person_key(person.user_id))
    assert hold.planned_seconds == 600


def test_a_returning_person_is_offered_their_usual(
    person: Conversation, store: SessionStore
) -> None:
    _at_length_question(person)
    person.say("HoldLengthIntent", minutes="12")
    reply = person.launch()
    assert "usual 12 minutes" in reply.speech
    assert "safety" not in reply.speech
    reply = person.say("AMAZON.YesIntent")
    assert "middle of the crease behind the knee" in reply.speech
    reply = person.say("FoundItIntent")
    assert "12 minutes it is" in reply.speech
    assert "remember" not in reply.speech
    assert len(store.recent_holds(person_key(person.user_id))) == 2


def test_a_returning_person_can_choose_another_length(person: Conversation) -> None:
    _at_length_question(person)
    person.say("HoldLengthIntent", minutes="12")
    person.launch()
    reply = person.say("HoldLengthIntent", minutes="20")
    assert "20 minutes, noted" in reply.speech
    assert "20 minutes it is" in person.say("FoundItIntent").speech


def test_a_returning_person_can_ask_for_the_steps_again(person: Conversation) -> None:
    _at_length_question(person)
    person.say("HoldLengthIntent", minutes="12")
    person.launch()
    person.say("AMAZON.YesIntent")
    reply = person.say("BackPainIntent")
    assert "get comfortable" in reply.speech
