"""Frustration and swearing get a calm answer, different each time, and a way out; so do
misses that go on and on."""

from __future__ import annotations

from itertools import pairwise

from tests.support.conversation import Conversation

STEP_REPROMPT = "Say next when you're ready, or repeat to hear that again."
WAYS_OUT = ("start again", "help", "stop")


def _at_first_step(person: Conversation) -> None:
    person.ask("BackPainIntent")
    person.say("SelfHoldIntent")


def test_five_in_a_row_get_five_calm_answers_each_with_a_way_out(person: Conversation) -> None:
    _at_first_step(person)
    replies = [person.say("FrustratedIntent") for _ in range(5)]
    said = [reply.speech for reply in replies]
    assert len(set(said)) == 5
    assert all(any(way in line for way in WAYS_OUT) for line in said)
    assert all(not reply.ended and reply.reprompt == STEP_REPROMPT for reply in replies)
    # The way on is as it was: the step the person was at.
    assert "find the crease" in person.say("AMAZON.NextIntent").speech


def test_a_new_session_starts_the_answers_again(person: Conversation) -> None:
    _at_first_step(person)
    first = person.say("FrustratedIntent").speech
    person.say("FrustratedIntent")
    _at_first_step(person)
    assert person.say("FrustratedIntent").speech == first


def test_frustration_is_not_a_miss(person: Conversation) -> None:
    _at_first_step(person)
    person.say("FrustratedIntent")
    person.say("FrustratedIntent")
    reply = person.say("AMAZON.FallbackIntent")
    assert reply.speech.startswith("Sorry, I didn't get that.")


def test_as_a_one_shot_it_is_met_kindly_with_the_way_back(person: Conversation) -> None:
    reply = person.ask("FrustratedIntent")
    assert reply.speech == (
        "I'm sorry it's been frustrating. Whenever you'd like to try again, "
        "just ask Acupressure Helper for back pain."
    )
    assert reply.ended


def test_over_a_hold_it_is_calm_the_hold_plays_on_and_the_words_change(
    person: Conversation,
) -> None:
    started = person.start_hold(10)
    stream = started.play_directive()["audioItem"]["stream"]
    token, start = stream["token"], stream["offsetInMilliseconds"]
    first = person.during_hold("FrustratedIntent", token, start + 60_000)
    later = person.during_hold("FrustratedIntent", token, start + 75_000)
    assert "stop" in first.speech and "stop" in later.speech
    assert first.speech != later.speech
    played = first.play_directive()["audioItem"]["stream"]
    assert (played["token"], played["offsetInMilliseconds"]) == (token, start + 60_000)


def test_five_misses_in_a_row_never_say_the_same_twice(person: Conversation) -> None:
    _at_first_step(person)
    replies = [person.say("AMAZON.FallbackIntent") for _ in range(7)]
    said = [reply.speech for reply in replies]
    assert len(set(said[:5])) == 5
    assert all(before != after for before, after in pairwise(said))
    reprompts = [reply.reprompt for reply in replies[2:]]
    assert all(before != after for before, after in pairwise(reprompts))
    assert not any(reply.ended for reply in replies)
