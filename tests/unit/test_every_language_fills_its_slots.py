"""Reminders, the words around a hold and the hold's own marks, in every language.

What to say is chosen once for every language (skill.speech.reminder_answer,
hold_answer, marks_said, journey_phrases); a pack gives its sentences with slots
({when}, {times}, {count}, {minutes}, {held}, {to_go}, {number}, {your_usual}). A slot
misnamed in one language would fail only when a person there heard it, so every sentence
is filled here: under a minute, at one and at several, one reminder and more.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import datetime, time

import pytest

from skill.routine.cadence import Cadence
from skill.routine.hold_plan import plan_hold
from skill.routine.hold_segments import Closing, LetGo, MinutesLeft, SecondsLeft
from skill.routine.journey import Journey, Stage
from skill.routine.reminder_days import Days
from skill.routine.reminder_plan import PEAK_EFFECT_SECONDS, ReminderPlan, Repeat
from skill.speech import hold_answer, marks_said, reminder_answer
from skill.speech.counted import counted
from skill.speech.languages import words_for
from skill.speech.locales import SUPPORTED_LOCALES

NOW = datetime(2026, 11, 23, 18, 0)
PLANS = [
    ReminderPlan(Repeat.DAILY, at=time(19), days=Days.WEEKDAYS),
    ReminderPlan(Repeat.ONCE, at=time(9), day=NOW.date(), at_peak=True),
    ReminderPlan(Repeat.AFTER, after_seconds=PEAK_EFFECT_SECONDS, at_peak=True),
    ReminderPlan(Repeat.AFTER, after_seconds=2 * 3600),
]
MINUTE_MS = 60_000
TOTAL_MS = 20 * MINUTE_MS


def _reminders(locale: str) -> Iterator[str]:
    words = words_for(locale).reminders
    yield from (reminder_answer.listed(words, plans, NOW) for plans in (PLANS[:1], PLANS))
    yield from (reminder_answer.reminder_set(words, plan, NOW) for plan in PLANS)
    yield reminder_answer.already_set(words, PLANS[0], NOW)
    yield reminder_answer.ask_daily_time(words, Days.WEEKENDS)
    yield from (reminder_answer.cancelled_these(words, plans, NOW) for plans in (PLANS[:1], PLANS))
    yield from (reminder_answer.none_at(words, said, PLANS, NOW) for said in ("EV", None))
    for pair in (words.CANCELLED, words.CANCELLED_WITH_DATA):
        yield from (counted(pair, count) for count in (1, 3))


def _hold(locale: str) -> Iterator[str]:
    words, marks = words_for(locale).hold, words_for(locale).marks
    for streamed in (True, False):
        plan = plan_hold(5, Cadence.MINUTE)
        yield hold_answer.starting(words, marks, plan, first_time=True, streamed=streamed)
    for ms in (30_000, MINUTE_MS, 7 * MINUTE_MS):
        for left in (hold_answer.time_left, hold_answer.going, hold_answer.carrying_on):
            yield left(words, ms)
        for into in (hold_answer.paused_at, hold_answer.offer_carry_on, hold_answer.paused_hold):
            yield into(words, ms, TOTAL_MS)
    for seconds in (30, 60, 7 * 60):
        for held in (
            hold_answer.stopped,
            hold_answer.kept,
            hold_answer.paused_for_advice,
            hold_answer.starting_over,
        ):
            yield held(words, seconds)


def _marks(locale: str) -> Iterator[str]:
    marks = words_for(locale).marks
    yield from (marks_said.words(marks, MinutesLeft(count)) for count in (1, 21, 29))
    yield from (marks_said.words(marks, SecondsLeft(seconds)) for seconds in (1, 10))
    yield from (marks_said.words(marks, LetGo(closing)) for closing in Closing)
    for minutes in (1, 3, 7, 20, 45):
        yield from (marks_said.promise(marks, plan_hold(minutes, cadence)) for cadence in Cadence)


def _lengths(locale: str) -> Iterator[str]:
    """The usual length offered, and a length said, on the way to the point."""
    phrases, offered = words_for(locale).phrases, Journey(stage=Stage.USUAL)
    for count in (1, 5, 20):
        yield phrases.welcome_back_usual(count, seed=0)
        yield from (
            said(offered, count) for said in (phrases.prompt, phrases.reprompt, phrases.help)
        )
        yield from (said(count) for said in (phrases.length_noted, phrases.length_kept))
        yield from (phrases.length_chosen(count, remembered) for remembered in (False, True))


PARTS: dict[str, Callable[[str], Iterator[str]]] = {
    "reminders": _reminders,
    "hold": _hold,
    "marks": _marks,
    "lengths": _lengths,
}


@pytest.mark.parametrize("part", PARTS)
@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_every_slot_of_every_sentence_is_filled(locale: str, part: str) -> None:
    for sentence in PARTS[part](locale):
        assert sentence, part
        assert not re.search(r"[{}]", sentence), sentence


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_one_reminder_and_several_are_said_differently(locale: str) -> None:
    words = words_for(locale).reminders
    assert counted(words.CANCELLED, 1) != counted(words.CANCELLED, 3)
    assert "3" in counted(words.CANCELLED, 3)
    assert "3" in counted(words.CANCELLED_WITH_DATA, 3)
    assert re.search(r"\b2\b", reminder_answer.listed(words, PLANS[:2], NOW))
    assert not re.search(r"\b1\b", reminder_answer.listed(words, PLANS[:1], NOW))


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_minutes_kept_are_said_only_once_there_is_a_whole_one(locale: str) -> None:
    words = words_for(locale).hold
    assert hold_answer.kept(words, 59) == words.HOLD_ENDED
    assert "7" in hold_answer.kept(words, 7 * 60)
    assert "7" in hold_answer.starting_over(words, 7 * 60)
    assert not re.search(r"\b0\b", hold_answer.paused_at(words, 30_000, TOTAL_MS))
    # Asked over a hold paused in its first minute: never "at 0 of 10 minutes".
    assert not re.search(r"\b0\b", hold_answer.paused_hold(words, 30_000, TOTAL_MS))
    assert "4" in hold_answer.paused_hold(words, 4 * 60_000, TOTAL_MS)


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_a_count_and_a_countdown_start_with_a_capital(locale: str) -> None:
    marks = words_for(locale).marks
    for said in (MinutesLeft(29), MinutesLeft(1), SecondsLeft(10)):
        spoken = marks_said.words(marks, said)
        assert spoken[0].isupper(), spoken
        assert spoken.endswith("."), spoken
