"""One-shots with a length, and the tip on pressing that "found it" never skips."""

from __future__ import annotations

import pytest

from skill.store import SessionStore, person_key
from tests.support.conversation import Conversation

TIP = "Press firmly but comfortably, never sharply; one knee or both."


@pytest.mark.parametrize("slots", [{"minutes": "10"}, {"length": "PT10M"}])
def test_a_one_shot_with_a_length_uses_it_once_the_point_is_found(
    person: Conversation, store: SessionStore, slots: dict[str, str]
) -> None:
    person.clears_safety_check = False
    reply = person.ask("BackPainIntent", **slots)
    assert reply.speech.startswith("10 minutes, noted. First, a safety check.")
    person.say("AMAZON.NoIntent")
    person.say("AMAZON.NoIntent")
    person.say("SelfHoldIntent")
    reply = person.say("FoundItIntent")
    assert "10 minutes it is" in reply.speech
    [hold] = store.recent_holds(person_key(person.user_id))
    assert hold.planned_seconds == 600


def test_a_returning_person_with_a_length_skips_the_usual_question(person: Conversation) -> None:
    person.ask("UsualLengthIntent", minutes="5")
    assert "usual 5 minutes" in person.ask("BackPainIntent").speech
    person.say("AMAZON.YesIntent")
    person.say("SelfHoldIntent")
    assert "5 minutes it is" in person.say("FoundItIntent").speech
    reply = person.ask("BackPainIntent", minutes="20")
    assert reply.speech.startswith("20 minutes, noted. Find the point")
    assert "usual" not in reply.speech
    assert "20 minutes it is" in person.say("FoundItIntent").speech


def test_found_it_early_still_hears_how_to_press(person: Conversation) -> None:
    person.ask("BackPainIntent")
    person.say("SelfHoldIntent")
    reply = person.say("FoundItIntent")
    assert reply.speech.startswith(f"Well done. {TIP} How long would you like to hold it?")


def test_found_it_after_the_pressing_step_needs_no_tip(person: Conversation) -> None:
    person.ask("BackPainIntent")
    person.say("SelfHoldIntent")
    for _ in range(4):
        person.say("AMAZON.NextIntent")
    reply = person.say("FoundItIntent")
    assert TIP not in reply.speech
    assert reply.speech.startswith("Well done. How long")
