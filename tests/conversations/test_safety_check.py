"""The safety note as two short checks: a yes stops kindly and the note comes again next time."""

from __future__ import annotations

import pytest

from skill.store import SessionStore, person_key
from tests.support.conversation import Conversation


@pytest.fixture
def asked(person: Conversation) -> Conversation:
    person.clears_safety_check = False
    return person


def test_yes_to_the_red_flags_sends_to_a_doctor_and_stops(
    asked: Conversation, store: SessionStore
) -> None:
    asked.ask("BackPainIntent")
    reply = asked.say("AMAZON.YesIntent")
    assert reply.ended
    assert "needs a doctor today" in reply.speech
    assert "call 911" in reply.speech
    assert not store.load_profile(person_key(asked.user_id)).heard_safety
    # Offered again next time.
    assert asked.ask("BackPainIntent").speech.startswith("First, a safety check.")


def test_yes_to_the_knee_check_says_not_to_press_and_names_the_midwife(
    asked: Conversation,
) -> None:
    asked.ask("BackPainIntent")
    second = asked.say("AMAZON.NoIntent")
    assert "pregnant" in second.speech
    reply = asked.say("AMAZON.YesIntent")
    assert reply.ended
    assert "not to press behind the knee" in reply.speech
    assert "midwife" in reply.speech
    assert "medical help" in reply.speech


def test_the_check_is_shown_on_a_screen_too(store: SessionStore) -> None:
    person = Conversation(screen=True, clears_safety_check=False)
    reply = person.ask("BackPainIntent")
    assert reply.response["card"]["title"] == "Safety first"
    [screen] = [d for d in reply.directives if d["type"].endswith("RenderDocument")]
    assert screen["datasources"]["note"]["text"] == reply.speech


def test_anything_else_during_the_check_asks_it_again(asked: Conversation) -> None:
    asked.ask("BackPainIntent")
    reply = asked.say("FoundItIntent")
    assert reply.speech.endswith("Does any of that apply to you?")
    reply = asked.say("HoldLengthIntent", minutes="10")
    assert reply.speech.endswith("Does any of that apply to you?")
    asked.say("AMAZON.NoIntent")
    asked.say("AMAZON.NoIntent")
    asked.say("SelfHoldIntent")
    assert "10 minutes it is" in asked.say("FoundItIntent").speech


def test_a_length_said_during_the_second_check_asks_the_second_again(
    asked: Conversation,
) -> None:
    asked.ask("BackPainIntent")
    asked.say("AMAZON.NoIntent")
    reply = asked.say("HoldLengthIntent", minutes="10")
    assert reply.speech.startswith("10 minutes, noted. Thank you. This is self-care")
    assert "pregnant" in reply.speech
    assert len(reply.speech.split()) <= 40
    assert "legs numb" not in reply.speech
    asked.say("AMAZON.NoIntent")
    asked.say("SelfHoldIntent")
    assert "10 minutes it is" in asked.say("FoundItIntent").speech


def test_next_during_the_check_skips_no_step(asked: Conversation) -> None:
    asked.ask("BackPainIntent")
    asked.say("SelfHoldIntent")  # who presses is noted; the check is asked again
    # "Next" is no answer: the check is asked again, shorter, and never taken as all clear.
    again = asked.say("AMAZON.NextIntent")
    assert again.speech.startswith("Just to be safe:") and again.speech.endswith("Yes, or no?")
    asked.say("AMAZON.NoIntent")
    cleared = asked.say("AMAZON.NoIntent")
    assert "First, get comfortable." in cleared.speech


def test_help_during_the_check_says_what_each_answer_does(asked: Conversation) -> None:
    asked.ask("BackPainIntent")
    reply = asked.say("AMAZON.HelpIntent")
    assert "say yes, and I'll tell you what to do instead" in reply.speech
    assert "say no, and we'll go on" in reply.speech
    assert "not medical advice" in asked.say("AMAZON.NoIntent").speech
