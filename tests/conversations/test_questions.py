"""What a person in pain asks on the way, answered briefly; then back exactly where they were."""

from __future__ import annotations

import re

import pytest

from skill.routine.questions import QUESTION_INTENTS, Question
from skill.speech.answer_words import answer
from skill.store import SessionStore, person_key
from tests.support.conversation import Conversation

ASKED = list(QUESTION_INTENTS)


def _at_step(person: Conversation, steps: int) -> str:
    person.ask("BackPainIntent")
    reply = person.say("SelfHoldIntent")
    for _ in range(steps):
        reply = person.say("AMAZON.NextIntent")
    return reply.speech


@pytest.mark.parametrize("intent", ASKED)
def test_a_question_mid_way_is_answered_then_the_same_step_goes_on(
    person: Conversation, intent: str
) -> None:
    step = _at_step(person, 2)
    reply = person.say(intent)
    assert reply.speech == f"{answer(QUESTION_INTENTS[intent])} {STEP_REPROMPT}"
    assert not reply.ended
    assert person.say("AMAZON.RepeatIntent").speech == step
    assert "middle of the crease, halfway" in person.say("AMAZON.NextIntent").speech


STEP_REPROMPT = "Say next when you're ready, or repeat to hear that again."


@pytest.mark.parametrize(
    ("intent", "heard"),
    [
        ("WhichKneeIntent", "Either knee is fine"),
        ("HowHardIntent", "never feel sharp"),
        ("BothKneesIntent", "both knees at once"),
        ("RubbingIntent", "rub it gently"),
        ("WhatIsThePointIntent", "Bladder 40 is an acupressure point"),
        ("CantReachIntent", "someone is helping"),
    ],
)
def test_answers_say_what_was_asked(person: Conversation, intent: str, heard: str) -> None:
    _at_step(person, 0)
    assert heard in person.say(intent).speech


@pytest.mark.parametrize("intent", ["ItHurtsIntent", "TooSoreToBendIntent", "HowOftenIntent"])
def test_anything_medical_sends_the_person_to_a_doctor(person: Conversation, intent: str) -> None:
    _at_step(person, 1)
    assert "doctor" in person.say(intent).speech


def test_does_it_work_says_what_many_people_find_not_a_promise(person: Conversation) -> None:
    _at_step(person, 0)
    speech = person.say("DoesItWorkIntent").speech
    assert speech.startswith("Many people find")
    assert "will help" not in speech


def test_every_answer_is_at_most_two_short_sentences() -> None:
    for question in Question:
        sentences = [part for part in re.split(r"(?<=[.?!])\s+", answer(question)) if part]
        assert len(sentences) <= 2, question
        assert len(answer(question).split()) <= 30, question


def test_pregnancy_gets_a_kind_stop_and_the_midwife(
    person: Conversation, store: SessionStore
) -> None:
    _at_step(person, 1)
    reply = person.say("PregnantIntent")
    assert "midwife" in reply.speech
    assert reply.ended
    assert store.recent_holds(person_key(person.user_id)) == []


def test_a_question_before_the_routine_begins_keeps_the_offer(person: Conversation) -> None:
    person.launch()
    reply = person.say("WhyTheKneeIntent")
    assert reply.speech.endswith("Shall we start? Say yes, or stop.")
    assert not reply.ended


def test_a_question_at_the_holder_question_keeps_it(person: Conversation) -> None:
    person.ask("BackPainIntent")
    reply = person.say("SittingOrLyingIntent")
    assert reply.speech.endswith("Just say: myself, or: someone is helping.")
    assert "Sit, or lie on your back" in person.say("SelfHoldIntent").speech


def test_a_question_at_the_length_keeps_the_length_question(person: Conversation) -> None:
    person.ask("BackPainIntent")
    person.say("SelfHoldIntent")
    person.say("FoundItIntent")
    reply = person.say("RubbingIntent")
    assert reply.speech.endswith("Say a number of minutes, like 5, or 30.")
    assert "12 minutes it is" in person.say("HoldLengthIntent", minutes="12").speech


def test_a_question_during_the_safety_check_keeps_the_check(person: Conversation) -> None:
    person.clears_safety_check = False
    person.ask("BackPainIntent")
    reply = person.say("WhatIsThePointIntent")
    assert reply.speech.endswith("Does any of that apply to you? Say yes, or no.")
    assert "not medical advice" in person.say("AMAZON.NoIntent").speech


def test_a_question_during_a_hold_is_answered_and_the_hold_plays_on(
    person: Conversation, store: SessionStore
) -> None:
    _at_step(person, 0)
    person.say("FoundItIntent")
    started = person.say("HoldLengthIntent", minutes="10")
    stream = started.play_directive()["audioItem"]["stream"]
    token, two_minutes_in = stream["token"], stream["offsetInMilliseconds"] + 120_000
    reply = person.during_hold("WhichKneeIntent", token, two_minutes_in)
    assert reply.speech == answer(Question.WHICH_KNEE)
    assert reply.ended
    # Speaking to Alexa can stop the stream: the answer plays the hold on from there.
    played = reply.play_directive()["audioItem"]["stream"]
    assert (played["token"], played["offsetInMilliseconds"]) == (token, two_minutes_in)
    [hold] = store.recent_holds(person_key(person.user_id))
    assert hold.status == "in_progress"


def test_hesitation_during_a_hold_leaves_it_playing(person: Conversation) -> None:
    _at_step(person, 0)
    person.say("FoundItIntent")
    started = person.say("HoldLengthIntent", minutes="10")
    token = started.play_directive()["audioItem"]["stream"]["token"]
    reply = person.during_hold("HesitationIntent", token, 60_000)
    assert reply.speech == "Take your time."
    assert reply.ended
