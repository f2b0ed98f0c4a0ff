"""Yes and no as people say them; an unclear answer to the safety check is never all clear."""

from __future__ import annotations

import pytest

from skill.store import SessionStore, person_key
from tests.support.conversation import Conversation

FIRST_AGAIN = "Just to be safe: numb or weak legs"
SECOND_AGAIN = "Just to be safe: a swollen or injured knee"


@pytest.fixture
def asked(person: Conversation) -> Conversation:
    person.clears_safety_check = False
    return person


@pytest.mark.parametrize("unclear", ["OkayIntent", "AMAZON.FallbackIntent"])
def test_an_unclear_answer_asks_the_check_again_shorter(asked: Conversation, unclear: str) -> None:
    asked.ask("BackPainIntent")
    reply = asked.say(unclear)
    assert reply.speech.startswith(FIRST_AGAIN)
    assert reply.speech.endswith("Yes, or no?")
    assert not reply.ended
    assert "not medical advice" in asked.say("AMAZON.NoIntent").speech


def test_a_symptom_that_tells_of_nothing_is_unclear_at_the_check(asked: Conversation) -> None:
    asked.ask("BackPainIntent")
    assert asked.say("SymptomIntent", symptom="fell asleep").speech.startswith(FIRST_AGAIN)


def test_two_unclear_answers_get_the_cautious_answer(
    asked: Conversation, store: SessionStore
) -> None:
    asked.ask("BackPainIntent")
    asked.say("AMAZON.NoIntent")
    assert asked.say("OkayIntent").speech.startswith(SECOND_AGAIN)
    reply = asked.say("AMAZON.FallbackIntent")
    assert "please check with a doctor before you try this" in reply.speech
    assert reply.ended
    assert not store.load_profile(person_key(asked.user_id)).heard_safety
    assert asked.ask("BackPainIntent").speech.startswith("First, a safety check.")


def test_a_clear_answer_after_an_unclear_one_goes_on(asked: Conversation) -> None:
    asked.ask("BackPainIntent")
    asked.say("OkayIntent")
    asked.say("AMAZON.NoIntent")
    asked.say("OkayIntent")  # unclear at the second part: asked again, count from there
    reply = asked.say("AMAZON.NoIntent")
    assert reply.speech.startswith("All clear, thank you.")


def test_okay_is_yes_at_any_other_question(person: Conversation) -> None:
    person.launch()
    reply = person.say("OkayIntent")
    assert "Will you press the point yourself" in reply.speech


def test_yes_at_the_first_check_is_urgent_and_kind(asked: Conversation) -> None:
    asked.ask("BackPainIntent")
    reply = asked.say("AMAZON.YesIntent")
    assert "call 911" in reply.speech
    assert len(reply.speech.split()) <= 40
