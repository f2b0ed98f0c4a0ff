"""Every place on the way to the point, in every locale's pack, fits about 40 words a turn.

The whole conversations of tests/conversations/test_turn_length.py hear the turns a person
is walked through; this asks each locale's pack for every place there is: each stage, step,
holder and question waiting, said to the person pressing and to a helper. There, its
question, its reprompt and its help, and each thing said before the person is asked again
where they were (an answer to "which knee?", "take your time", "ease off"), are held to the
limit; so are the welcomes and the safety check with the lead it follows.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from skill.routine.cadence import Cadence
from skill.routine.hold_length import FULL_EFFECT_MINUTES
from skill.routine.hold_plan import plan_hold
from skill.routine.journey import Journey, Pending, Stage
from skill.routine.questions import Question
from skill.routine.steps import LOCATING_STEPS, Holder
from skill.speech import hold_answer
from skill.speech.languages import words_for
from skill.speech.locales import SUPPORTED_LOCALES, emergency_number
from skill.speech.pack import Words
from tests.support.turn_length import MOST_WORDS, words_in

USUALS = (None, 1, 12, 60)
LENGTHS = (1, 5, 10, 25, 30, 60)
SEEDS = range(3)
# The safety check is the whole turn, or follows a short lead ("10 minutes, noted."):
# its first part leaves room for one, as English's does.
SAFETY_FIRST_AT_MOST = 36


def _journeys() -> Iterator[Journey]:
    for helping in (False, True):
        for holder in (None, Holder.SELF, Holder.HELPER):
            for stage in Stage:
                steps = range(len(LOCATING_STEPS)) if stage is Stage.LOCATE else range(1)
                for step in steps:
                    for pending in (None, *Pending):
                        yield Journey(stage, step, holder, pending=pending, helping=helping)


def _said_before_asking_again(words: Words, locale: str, journey: Journey) -> Iterator[str]:
    """What the skill may say before asking again for what it was waiting for."""
    for question in Question:
        helper_form = words.helping.answer(question) if journey.helping else None
        yield helper_form or words.answers.answer(question)
    yield words.fallback.TAKE_YOUR_TIME
    yield from (words.phrases.thanked(seed) for seed in SEEDS)
    yield words.answers.talk_to_person(emergency_number(locale))
    if journey.pending not in (Pending.SAFETY_FIRST, Pending.SAFETY_SECOND):
        red_flags = words.red_flags
        yield f"{red_flags.EASE_OFF} {red_flags.if_it_goes_on(journey.helping)}"


def _leads(words: Words, journey: Journey) -> Iterator[str]:
    """What may come just before the question or step at `journey`: an okay, a length
    noted, an all clear."""
    yield from (words.phrases.acknowledge(seed) for seed in SEEDS)
    yield from (words.phrases.length_kept(minutes) for minutes in LENGTHS)
    if journey.pending is None:
        yield from (words.checks.SAFETY_CLEAR, words.common.NOT_FOUND_YET)
        if journey.stage is Stage.LOCATE and journey.step == 0:
            yield words.common.FIRST_STEP_ALREADY


def _hold_starts(words: Words) -> Iterator[str]:
    """The turn a hold starts with, its count as the person chose it, first or not.

    The tip on pressing comes first, in its shorter form, when the point was found before
    the step on it, with every count the person may have chosen.
    """
    for minutes in LENGTHS:
        chosen = words.phrases.length_chosen(minutes, remembered=False)
        for cadence in Cadence:
            for first_time in (True, False):
                start = hold_answer.starting(
                    words.hold, words.marks, plan_hold(minutes, cadence), first_time=first_time
                )
                yield f"{words.common.FOUND_IT} {chosen} {start}"
                yield f"{words.common.PRESS_TIP_AS_HOLD_STARTS} {chosen} {start}"


def _turns(locale: str) -> Iterator[str]:
    words = words_for(locale)
    phrases = words.phrases
    for journey in _journeys():
        for usual in USUALS:
            ask, again = phrases.prompt(journey, usual), phrases.reprompt(journey, usual)
            yield from (ask, again, phrases.help(journey, usual))
            yield from (f"{lead} {ask}" for lead in _leads(words, journey))
            for said in _said_before_asking_again(words, locale, journey):
                yield f"{said} {again}"
    yield from _hold_starts(words)
    yield phrases.welcome_new()
    for seed in SEEDS:
        yield phrases.welcome_back(seed)
        for usual in USUALS[1:]:
            yield phrases.welcome_back_usual(usual, seed)
            yield f"{words.reminders.OFFER} {phrases.prompt(Journey(Stage.USUAL), usual)}"
    yield f"{words.reminders.OFFER} {phrases.prompt(Journey(), None)}"


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_every_place_on_the_way_fits_a_breath(locale: str) -> None:
    turns = set(_turns(locale))
    assert len(turns) > 200
    assert sorted(turn for turn in turns if words_in(turn) > MOST_WORDS) == []


def _check(words: Words, part: Pending, *, helping: bool) -> str:
    """A part of the safety check, asked of the person pressing, or of a helper."""
    return words.phrases.prompt(Journey(Stage.HOLDER, pending=part, helping=helping), None)


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_the_safety_check_leaves_room_for_its_lead(locale: str) -> None:
    words = words_for(locale)
    first = _check(words, Pending.SAFETY_FIRST, helping=False)
    assert words_in(first) <= SAFETY_FIRST_AT_MOST
    # A helper hears its first part right after a thank-you.
    theirs = _check(words, Pending.SAFETY_FIRST, helping=True)
    assert words_in(f"{words.helping.THANKS_FOR_HELPING} {theirs}") <= MOST_WORDS
    # Either part, to either, may follow a length said while it waits.
    for part in (Pending.SAFETY_FIRST, Pending.SAFETY_SECOND):
        for helping in (False, True):
            check = _check(words, part, helping=helping)
            for minutes in (1, FULL_EFFECT_MINUTES, 60):
                kept = words.phrases.length_kept(minutes)
                assert words_in(f"{kept} {check}") <= MOST_WORDS, check
