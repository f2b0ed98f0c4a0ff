"""No turn on the way to the point runs past about 40 words: hands are busy behind a knee."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from skill.routine.questions import QUESTION_INTENTS
from tests.support.conversation import Conversation, Reply

MOST_WORDS = 40


def _words(reply: Reply) -> int:
    return len(reply.speech.split())


def _new_person_all_the_way(person: Conversation) -> list[Reply]:
    person.clears_safety_check = False
    said = [person.launch(), person.say("AMAZON.YesIntent")]
    said += [person.say("AMAZON.NoIntent"), person.say("AMAZON.NoIntent")]
    said.append(person.say("SelfHoldIntent"))
    said += [person.say("AMAZON.NextIntent") for _ in range(5)]
    said += [person.say("FoundItIntent"), person.say("HoldLengthIntent", minutes="12")]
    return said


def _helper_found_early_with_a_length(person: Conversation) -> list[Reply]:
    person.clears_safety_check = False
    said = [person.ask("BackPainIntent", minutes="10")]
    said += [person.say("AMAZON.NoIntent"), person.say("AMAZON.NoIntent")]
    said += [person.say("HelperHoldIntent"), person.say("FoundItIntent")]
    return said


def _questions_at_every_place(person: Conversation) -> list[Reply]:
    said = [person.ask("BackPainIntent")]
    for intent in (*QUESTION_INTENTS, "OtherPainIntent", "HesitationIntent", "AMAZON.HelpIntent"):
        if intent != "PregnantIntent":
            said.append(person.say(intent))
    said.append(person.say("SelfHoldIntent"))
    for _ in range(6):
        said += [person.say(intent) for intent in QUESTION_INTENTS if intent != "PregnantIntent"]
        said += [person.say("AMAZON.HelpIntent"), person.say("AMAZON.NextIntent")]
    said += [person.say("FoundItIntent"), person.say("AMAZON.HelpIntent")]
    said += [person.say(intent) for intent in QUESTION_INTENTS if intent != "PregnantIntent"]
    said += [person.say("AMAZON.FallbackIntent") for _ in range(3)]
    said += [person.say("RecommendedLengthIntent"), person.say("AMAZON.HelpIntent")]
    said.append(person.say("AMAZON.YesIntent"))
    return said


def _returning_person_wants_something_else(person: Conversation) -> list[Reply]:
    person.ask("UsualLengthIntent", minutes="12")
    said = [person.launch(), person.say("AMAZON.NoIntent"), person.say("AMAZON.HelpIntent")]
    said += [person.say("HoldLengthIntent", minutes="20"), person.say("FoundItIntent")]
    person.launch()
    said += [person.say("SameAsUsualIntent"), person.say("AMAZON.FallbackIntent")]
    said += [person.say("AMAZON.FallbackIntent"), person.say("QuickLengthIntent")]
    return said


@pytest.mark.parametrize(
    "walk",
    [
        _new_person_all_the_way,
        _helper_found_early_with_a_length,
        _questions_at_every_place,
        _returning_person_wants_something_else,
    ],
)
def test_no_turn_on_the_way_runs_past_the_limit(
    person: Conversation, walk: Callable[[Conversation], list[Reply]]
) -> None:
    said = walk(person)
    too_long = [reply.speech for reply in said if _words(reply) > MOST_WORDS]
    assert too_long == []
    assert all(reply.speech for reply in said)


def test_the_check_finds_a_turn_that_is_too_long() -> None:
    long = Reply({"response": {"outputSpeech": {"ssml": "<speak>" + "word " * 41 + "</speak>"}}})
    assert _words(long) > MOST_WORDS
