"""Spoken times and days become the AMAZON.TIME and AMAZON.DATE values Alexa sends."""

from __future__ import annotations

from datetime import date

import pytest

from toolkit.simulator.matcher import Matcher
from toolkit.simulator.model import load_model
from toolkit.simulator.normalise import words
from toolkit.simulator.spoken_times import date_value, time_value

MONDAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("said", "value"),
    [("seven pm", "19:00"), ("7 p.m.", "19:00"), ("7:30 pm", "19:30"), ("8 am", "08:00"),
     ("seven thirty in the evening", "19:30"), ("twenty one hundred", "21:00"),
     ("19:05", "19:05"), ("12 am", "00:00"), ("12 pm", "12:00"), ("noon", "12:00"),
     ("midnight", "00:00"), ("seven o'clock", "07:00"), ("the evening", "EV"),
     ("13 pm", None), ("half past", None), ("25:00", None)],
)  # fmt: skip
def test_times(said: str, value: str | None) -> None:
    assert time_value(words(said)) == value


@pytest.mark.parametrize(
    ("said", "value"),
    [("today", "2026-11-23"), ("tomorrow", "2026-11-24"), ("the day after tomorrow", "2026-11-25"),
     ("friday", "2026-11-27"), ("on monday", "2026-11-30"), ("next wednesday", "2026-11-25"),
     ("someday", None)],
)  # fmt: skip
def test_days_count_from_the_device_s_today(said: str, value: str | None) -> None:
    assert date_value(words(said), MONDAY) == value


def test_a_reminder_request_fills_its_day_and_time() -> None:
    matcher = Matcher(load_model("en-GB"), today=lambda: MONDAY)

    match = matcher.match("remind me tomorrow at 7 pm")

    assert match.intent == "RemindMeIntent"
    assert {name: slot.value if slot else None for name, slot in match.slots.items()} == {
        "day": "2026-11-24",
        "time": "19:00",
        "delay": None,
        "hour": None,
    }
    assert matcher.match("remind me every day at 8 am").intent == "RemindDailyIntent"
    assert matcher.match("remind me in a day and a half").intent == "RemindAtPeakIntent"


def _filled(match: object) -> dict[str, str]:
    slots = getattr(match, "slots", {})
    return {name: slot.value for name, slot in slots.items() if slot is not None}


@pytest.mark.parametrize(
    ("said", "intent", "slots"),
    [
        ("remind me every day at 7", "RemindDailyIntent", {"hour": "7"}),
        ("remind me every day at 7 pm", "RemindDailyIntent", {"time": "19:00"}),
        ("remind me tomorrow at 8", "RemindMeIntent", {"day": "2026-11-24", "hour": "8"}),
        ("in the evening", "PartOfDayIntent", {"part": "evening"}),
        ("morning", "PartOfDayIntent", {"part": "morning"}),
        ("cancel my 7 pm reminder", "CancelOneReminderIntent", {"time": "19:00"}),
        ("cancel my morning reminder", "CancelOneReminderIntent", {"time": "MO"}),
        ("cancel all my reminders", "CancelRemindersIntent", {}),
        ("stop keeping my ratings", "StopKeepingRatingsIntent", {}),
        ("keep my ratings", "KeepRatingsIntent", {}),
    ],
)
def test_tidy_reminders_and_ratings_are_understood(
    said: str, intent: str, slots: dict[str, str]
) -> None:
    match = Matcher(load_model("en-US"), today=lambda: MONDAY).match(said)

    assert (match.intent, _filled(match)) == (intent, slots)
