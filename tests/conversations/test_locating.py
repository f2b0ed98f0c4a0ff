"""Finding Bladder 40 step by step, with next, back, repeat, start over, where and found."""

from __future__ import annotations

from tests.support.conversation import Conversation, Reply

STEP_MARKERS = (
    "get comfortable",
    "find the crease",
    "two firm cords",
    "middle of the crease, halfway between",
    "Press there",
    "one knee, or both",
)


def _at_first_step(person: Conversation) -> Reply:
    person.ask("BackPainIntent")
    return person.say("SelfHoldIntent")


def test_next_walks_through_every_step_in_order(person: Conversation) -> None:
    reply = _at_first_step(person)
    heard = [reply.speech]
    for _ in STEP_MARKERS[1:]:
        heard.append(person.say("AMAZON.NextIntent").speech)
    for marker, speech in zip(STEP_MARKERS, heard, strict=True):
        assert marker in speech
    assert "say: found it" in heard[-1]


def test_each_step_is_short_enough_to_follow_while_doing_it(person: Conversation) -> None:
    reply = _at_first_step(person)
    lengths = [len(reply.speech.split())]
    for _ in STEP_MARKERS[1:]:
        lengths.append(len(person.say("AMAZON.NextIntent").speech.split()))
    assert max(lengths) <= 35


def test_next_after_the_last_step_asks_how_long(person: Conversation) -> None:
    _at_first_step(person)
    for _ in STEP_MARKERS[1:]:
        person.say("AMAZON.NextIntent")
    reply = person.say("AMAZON.NextIntent")
    assert "How long would you like to hold it?" in reply.speech


def test_go_back_returns_a_step_and_stops_at_the_first(person: Conversation) -> None:
    _at_first_step(person)
    person.say("AMAZON.NextIntent")
    person.say("AMAZON.NextIntent")
    assert "find the crease" in person.say("AMAZON.PreviousIntent").speech
    assert "get comfortable" in person.say("AMAZON.PreviousIntent").speech
    reply = person.say("AMAZON.PreviousIntent")
    assert reply.speech.startswith("That's the first step.")
    assert "get comfortable" in reply.speech


def test_repeat_says_the_same_step_again(person: Conversation) -> None:
    _at_first_step(person)
    said = person.say("AMAZON.NextIntent").speech
    assert person.say("AMAZON.RepeatIntent").speech == said


def test_start_over_goes_back_to_the_first_step(person: Conversation) -> None:
    _at_first_step(person)
    for _ in range(3):
        person.say("AMAZON.NextIntent")
    assert "get comfortable" in person.say("AMAZON.StartOverIntent").speech


def test_where_is_it_answers_at_any_step_and_keeps_the_place(person: Conversation) -> None:
    _at_first_step(person)
    person.say("AMAZON.NextIntent")
    reply = person.say("WhereIsItIntent")
    assert "at the back of the knee, in the middle of the crease" in reply.speech
    assert "tendons" in reply.speech
    assert "two firm cords" in person.say("AMAZON.NextIntent").speech


def test_found_it_at_any_step_moves_on_to_the_length(person: Conversation) -> None:
    _at_first_step(person)
    person.say("AMAZON.NextIntent")
    reply = person.say("FoundItIntent")
    assert "How long would you like to hold it?" in reply.speech
    assert "5 minutes" in reply.speech and "30" in reply.speech


def test_no_while_locating_is_met_with_patience(person: Conversation) -> None:
    _at_first_step(person)
    person.say("AMAZON.NextIntent")
    reply = person.say("AMAZON.NoIntent")
    assert "take your time" in reply.speech
    assert "find the crease" in reply.speech
