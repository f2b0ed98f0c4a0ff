"""Every language's reminder sentences, put together by the one choice for all of them.

A pack gives its sentences with slots ({when}, {times}, {count}); a slot misnamed in one
language would fail only when a person there heard it, so each is filled here.
"""

from __future__ import annotations

from datetime import datetime, time

import pytest

from skill.routine.reminder_days import Days
from skill.routine.reminder_plan import PEAK_EFFECT_SECONDS, ReminderPlan, Repeat
from skill.speech.counted import counted
from skill.speech.languages import words_for
from skill.speech.locales import SUPPORTED_LOCALES
from skill.speech.reminder_answer import (
    already_set,
    ask_daily_time,
    cancelled_these,
    listed,
    none_at,
    reminder_set,
)

NOW = datetime(2026, 11, 23, 18, 0)
PLANS = [
    ReminderPlan(Repeat.DAILY, at=time(19), days=Days.WEEKDAYS),
    ReminderPlan(Repeat.ONCE, at=time(9), day=NOW.date(), at_peak=True),
    ReminderPlan(Repeat.AFTER, after_seconds=PEAK_EFFECT_SECONDS, at_peak=True),
    ReminderPlan(Repeat.AFTER, after_seconds=2 * 3600),
]


def _said(locale: str) -> list[str]:
    words = words_for(locale).reminders
    said = [listed(words, PLANS[:1], NOW), listed(words, PLANS, NOW)]
    said += [reminder_set(words, plan, NOW) for plan in PLANS]
    said += [already_set(words, PLANS[0], NOW), ask_daily_time(words, Days.WEEKENDS)]
    said += [cancelled_these(words, PLANS[:1], NOW), cancelled_these(words, PLANS, NOW)]
    said += [none_at(words, "EV", PLANS, NOW), none_at(words, None, PLANS[:1], NOW)]
    for pair in (words.CANCELLED, words.CANCELLED_WITH_DATA):
        said += [counted(pair, 1), counted(pair, 3)]
    return said


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_every_slot_of_every_reminder_sentence_is_filled(locale: str) -> None:
    for sentence in _said(locale):
        assert "{" not in sentence, sentence
        assert "}" not in sentence, sentence


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_one_reminder_and_several_are_said_differently(locale: str) -> None:
    words = words_for(locale).reminders
    assert counted(words.CANCELLED, 1) != counted(words.CANCELLED, 3)
    assert "3" in counted(words.CANCELLED, 3)
    assert "3" in counted(words.CANCELLED_WITH_DATA, 3)
    assert listed(words, PLANS[:1], NOW) != listed(words, PLANS[:2], NOW)
