"""Not understood: more help each time at the same place; other pains; hesitation."""

from __future__ import annotations

from tests.support.conversation import Conversation


def _at_first_step(person: Conversation) -> None:
    person.ask("BackPainIntent")
    person.say("SelfHoldIntent")


def test_each_miss_at_the_same_place_helps_more(person: Conversation) -> None:
    _at_first_step(person)
    first = person.say("AMAZON.FallbackIntent")
    second = person.say("AMAZON.FallbackIntent")
    third = person.say("AMAZON.FallbackIntent")
    assert first.speech == (
        "Sorry, I didn't get that. Say next when you're ready, or repeat to hear that again."
    )
    assert second.speech == "Sorry. Just say next, or found it."
    assert "Say help" in third.speech and "stop" in third.speech
    assert not third.ended
    assert "find the crease" in person.say("AMAZON.NextIntent").speech
    # Moving on starts the count again.
    assert person.say("AMAZON.FallbackIntent").speech.startswith("Sorry, I didn't get that.")


def test_next_while_a_question_waits_asks_it_again_with_more_help_each_time(
    person: Conversation,
) -> None:
    """ "Next" is heard, but answers nothing: no one is stuck hearing the same words."""
    person.ask("BackPainIntent")
    said = [person.say("AMAZON.NextIntent").speech for _ in range(3)]

    assert said[0] == "Just say: myself, or: someone is helping."
    assert said[1] == "Sorry. Just say: myself, or: helper."
    assert "Say help" in said[2]
    assert "get comfortable" in person.say("SelfHoldIntent").speech


def test_the_simpler_choice_fits_the_question(person: Conversation) -> None:
    person.ask("BackPainIntent")
    person.say("AMAZON.FallbackIntent")
    assert person.say("AMAZON.FallbackIntent").speech == "Sorry. Just say: myself, or: helper."
    person.say("SelfHoldIntent")
    person.say("FoundItIntent")
    person.say("AMAZON.FallbackIntent")
    assert person.say("AMAZON.FallbackIntent").speech == "Sorry. Just say 5 minutes, or 30 minutes."


def test_hesitation_gets_time_not_an_apology(person: Conversation) -> None:
    _at_first_step(person)
    for _ in range(3):
        reply = person.say("HesitationIntent")
        assert reply.speech.startswith("Take your time.")
        assert "Sorry" not in reply.speech


def test_what_repeats_the_step(person: Conversation) -> None:
    _at_first_step(person)
    step = person.say("AMAZON.NextIntent").speech
    assert person.say("AMAZON.RepeatIntent").speech == step


def test_neck_pain_gets_a_kind_word_and_a_choice(person: Conversation) -> None:
    reply = person.ask("OtherPainIntent", place="neck")
    assert reply.speech == (
        "I'm sorry your neck hurts. This routine is for lower back pain. "
        "Would you like to go on with it, or stop?"
    )
    assert not reply.ended
    assert "yourself, or is someone helping" in person.say("AMAZON.YesIntent").speech


def test_stopping_after_another_pain_ends_kindly(person: Conversation) -> None:
    person.ask("OtherPainIntent", place="head")
    reply = person.say("AMAZON.NoIntent")
    assert reply.ended
    assert "Whenever you need me" in reply.speech


def test_another_pain_mid_way_goes_back_to_the_step(person: Conversation) -> None:
    _at_first_step(person)
    step = person.say("AMAZON.NextIntent").speech
    reply = person.say("OtherPainIntent", place="knee")
    assert reply.speech.startswith("I'm sorry your knee hurts.")
    assert person.say("AMAZON.YesIntent").speech.endswith(step)


def test_a_length_over_another_pain_at_the_length_question_is_noted_then_asked(
    person: Conversation,
) -> None:
    _at_first_step(person)
    person.say("FoundItIntent")  # "How long would you like to hold it?"
    person.say("OtherPainIntent", place="knee")
    reply = person.say("HoldLengthIntent", minutes="10")
    assert reply.speech == "10 minutes, noted. Would you like to go on with it, or stop?"
    assert reply.directives == []
    going_on = person.say("AMAZON.YesIntent")
    assert "10 minutes it is." in going_on.speech
    assert going_on.play_directive()["audioItem"]["stream"]["token"].split("/")[2] == "10"


def test_back_pain_heard_as_another_pain_goes_on_with_the_routine(person: Conversation) -> None:
    person.clears_safety_check = False
    reply = person.ask("OtherPainIntent", place="back pain please")
    assert reply.speech.startswith("First, a safety check.")
