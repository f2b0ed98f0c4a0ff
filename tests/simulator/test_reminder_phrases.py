"""Repeating reminders as people ask for them, heard by the local device from the model."""

from __future__ import annotations

from datetime import date

import pytest

from toolkit.simulator.matcher import Matcher
from toolkit.simulator.model import load_model


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_model("en-GB"), today=lambda: date(2026, 11, 23))


@pytest.mark.parametrize(
    ("said", "slots"),
    [
        ("remind me every evening", {"part": "EVENING"}),
        ("remind me every morning", {"part": "MORNING"}),
        ("remind me every night at 10", {"part": "NIGHT", "hour": "10"}),
        ("remind me every evening at 8 pm", {"part": "EVENING", "time": "20:00"}),
        ("remind me weekdays at 8", {"days": "WEEKDAYS", "hour": "8"}),
        ("remind me every weekday morning", {"days": "WEEKDAYS", "part": "MORNING"}),
        ("remind me on weekday mornings", {"days": "WEEKDAYS", "part": "MORNING"}),
        ("remind me weekends at 10 am", {"days": "WEEKENDS", "time": "10:00"}),
        ("remind me monday to friday at 9 am", {"days": "WEEKDAYS", "time": "09:00"}),
        ("every weekday at 8", {"days": "WEEKDAYS", "hour": "8"}),
    ],
)
def test_repeating_reminders_are_heard_with_their_days_and_part_of_the_day(
    matcher: Matcher, said: str, slots: dict[str, str]
) -> None:
    found = matcher.match(said)

    assert found.intent == "RemindDailyIntent"
    heard = {
        name: (value.resolution.id if value.resolution else value.value)
        for name, value in found.slots.items()
        if value is not None
    }
    assert heard == slots


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        ("remind me at 11 pm", "RemindMeIntent"),
        ("remind me in 36 hours", "RemindMeIntent"),
        ("remind me tomorrow at 7 pm", "RemindMeIntent"),
        ("remind me in thirty six hours", "RemindAtPeakIntent"),
    ],
)
def test_one_off_reminders_stay_one_off(matcher: Matcher, said: str, intent: str) -> None:
    assert matcher.match(said).intent == intent
