""" "Talk to a human": the skill can't; the person's doctor can, and in an emergency, the
number where they live."""

from __future__ import annotations

import pytest

from tests.support.conversation import Conversation

CANT = "I'm sorry, I can't put you through to a person. Your doctor can help with your back."


@pytest.mark.parametrize(
    ("locale", "number"),
    [("en-US", "911"), ("en-CA", "911"), ("en-GB", "999"), ("en-AU", "000"), ("en-IN", "112")],
)
def test_a_one_shot_is_told_kindly_with_the_locale_s_emergency_number(
    person: Conversation, locale: str, number: str
) -> None:
    person.locale = locale
    reply = person.ask("TalkToPersonIntent")
    assert reply.speech == f"{CANT} If it's an emergency, call {number}."
    assert reply.ended


def test_on_the_way_it_is_answered_and_the_step_goes_on(person: Conversation) -> None:
    person.ask("BackPainIntent")
    person.say("SelfHoldIntent")
    reply = person.say("TalkToPersonIntent")
    assert reply.speech.startswith(CANT)
    assert reply.speech.endswith("Say next when you're ready, or repeat to hear that again.")
    assert not reply.ended
    assert "find the crease" in person.say("AMAZON.NextIntent").speech


def test_over_a_hold_it_is_answered_and_the_hold_plays_on(person: Conversation) -> None:
    person.locale = "en-AU"
    started = person.start_hold(10)
    stream = started.play_directive()["audioItem"]["stream"]
    token, a_minute_in = stream["token"], stream["offsetInMilliseconds"] + 60_000
    reply = person.during_hold("TalkToPersonIntent", token, a_minute_in)
    assert reply.speech == f"{CANT} If it's an emergency, call 000."
    played = reply.play_directive()["audioItem"]["stream"]
    assert (played["token"], played["offsetInMilliseconds"]) == (token, a_minute_in)
