"""A first-time person: welcome, the safety note once, who presses the point, the steps."""

from __future__ import annotations

import pytest

from skill.store import SessionStore, person_key
from tests.support.conversation import Conversation

SAFETY_WORDS = (
    "not medical advice",
    "numb",
    "bladder",
    "fever",
    "fall",
    "varicose",
    "calf",
    "pregnant",
)


def test_opening_the_skill_welcomes_and_offers_the_routine(person: Conversation) -> None:
    reply = person.launch()
    assert "Acupressure Helper" in reply.speech
    assert reply.speech.endswith("Shall we start?")
    assert not reply.ended
    assert "yes" in reply.reprompt


def test_yes_gives_the_safety_check_then_asks_who_presses(
    person: Conversation, store: SessionStore
) -> None:
    person.clears_safety_check = False
    person.launch()
    first = person.say("AMAZON.YesIntent")
    second = person.say("AMAZON.NoIntent")
    reply = person.say("AMAZON.NoIntent")
    heard = f"{first.speech} {second.speech}"
    for words in SAFETY_WORDS:
        assert words in heard
    assert first.speech.endswith("Does any of that apply to you?")
    assert second.speech.endswith("Does any of that apply to you?")
    assert (
        reply.speech
        == "All clear, thank you. Will you press the point yourself, or is someone helping you?"
    )
    assert store.load_profile(person_key(person.user_id)).heard_safety


def test_one_shot_for_back_pain_goes_straight_into_the_routine(person: Conversation) -> None:
    person.clears_safety_check = False
    reply = person.ask("BackPainIntent")
    assert reply.speech.startswith("First, a safety check.")
    assert not reply.ended
    person.say("AMAZON.NoIntent")
    assert "yourself, or is someone helping" in person.say("AMAZON.NoIntent").speech


def test_the_safety_note_is_heard_once_across_sessions(person: Conversation) -> None:
    person.ask("BackPainIntent")
    person.say("AMAZON.StopIntent")
    person.clears_safety_check = False
    reply = person.ask("BackPainIntent")
    assert "safety" not in reply.speech
    assert "yourself, or is someone helping" in reply.speech


def test_the_safety_information_is_there_whenever_asked(person: Conversation) -> None:
    person.ask("BackPainIntent")
    person.say("SelfHoldIntent")
    person.clears_safety_check = False
    first = person.say("SafetyInfoIntent")
    second = person.say("AMAZON.NoIntent")
    for words in SAFETY_WORDS:
        assert words in f"{first.speech} {second.speech}"
    reply = person.say("AMAZON.NoIntent")
    assert reply.speech.startswith(
        "All clear, thank you. Let's find the point. First, get comfortable."
    )
    assert not reply.ended


def test_saying_no_to_the_offer_ends_kindly(person: Conversation) -> None:
    person.launch()
    reply = person.say("AMAZON.NoIntent")
    assert reply.ended
    assert "ask Acupressure Helper for back pain" in reply.speech


@pytest.mark.parametrize(
    ("intent", "first_words", "holder"),
    [
        ("SelfHoldIntent", "Sit, or lie on your back", "self"),
        ("HelperHoldIntent", "Lie face down, or on your side", "helper"),
    ],
)
def test_who_presses_shapes_the_steps_and_is_remembered(
    person: Conversation, store: SessionStore, intent: str, first_words: str, holder: str
) -> None:
    person.ask("BackPainIntent")
    reply = person.say(intent)
    assert first_words in reply.speech
    assert store.load_profile(person_key(person.user_id)).holder == holder


def test_who_presses_can_change_part_way(person: Conversation, store: SessionStore) -> None:
    person.ask("BackPainIntent")
    person.say("SelfHoldIntent")
    person.say("AMAZON.NextIntent")
    reply = person.say("HelperHoldIntent")
    assert "Helper, find the crease at the back of the knee" in reply.speech
    assert store.load_profile(person_key(person.user_id)).holder == "helper"
