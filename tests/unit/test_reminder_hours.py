"""When a reminder fits the day, and the recurrence rules it is set with."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from skill.alexa.recurrence import days_and_time, rule_for
from skill.routine.reminder_days import Days
from skill.routine.reminder_hours import daytime_instead, hour_in_part

AFTERNOON = datetime(2026, 11, 23, 14, 30)  # a Monday


@pytest.mark.parametrize(
    ("rings", "offered"),
    [
        (datetime(2026, 11, 25, 2, 30), datetime(2026, 11, 25, 9, 0)),  # after midnight
        (datetime(2026, 11, 25, 6, 55), datetime(2026, 11, 25, 9, 0)),
        (datetime(2026, 11, 23, 22, 30), datetime(2026, 11, 23, 21, 0)),  # late evening
        (datetime(2026, 11, 25, 7, 0), None),  # the night is over
        (datetime(2026, 11, 24, 21, 59), None),
    ],
)
def test_a_night_time_is_offered_the_nearest_daytime_hour(
    rings: datetime, offered: datetime | None
) -> None:
    assert daytime_instead(rings, AFTERNOON) == offered


def test_an_evening_hour_already_gone_is_offered_the_morning_after() -> None:
    now = datetime(2026, 11, 23, 21, 30)

    assert daytime_instead(datetime(2026, 11, 23, 22, 30), now) == datetime(2026, 11, 24, 9, 0)


@pytest.mark.parametrize(
    ("hour", "part", "at"),
    [
        (8, "MORNING", time(8)),
        (8, "EVENING", time(20)),
        (3, "AFTERNOON", time(15)),
        (10, "NIGHT", time(22)),
        (1, "NIGHT", time(1)),
        (12, "NIGHT", time(0)),
        (13, "EVENING", None),
    ],
)
def test_an_hour_said_with_a_part_of_the_day(hour: int, part: str, at: time | None) -> None:
    assert hour_in_part(hour, part) == at


@pytest.mark.parametrize(
    ("days", "rule"),
    [
        (Days.EVERY_DAY, "FREQ=DAILY;BYHOUR=8;BYMINUTE=30;BYSECOND=0;INTERVAL=1"),
        (
            Days.WEEKDAYS,
            "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=8;BYMINUTE=30;BYSECOND=0;INTERVAL=1",
        ),
        (Days.WEEKENDS, "FREQ=WEEKLY;BYDAY=SA,SU;BYHOUR=8;BYMINUTE=30;BYSECOND=0;INTERVAL=1"),
    ],
)
def test_recurrence_rules_are_written_and_read_back(days: Days, rule: str) -> None:
    assert rule_for(days, time(8, 30)) == rule
    assert days_and_time(rule) == (days, time(8, 30))


def test_rules_the_skill_never_sets_are_not_read_as_its_own() -> None:
    assert days_and_time("FREQ=WEEKLY;BYDAY=MO;BYHOUR=8;BYMINUTE=0") is None
    assert days_and_time("FREQ=MONTHLY;BYHOUR=8;BYMINUTE=0") is None
    assert days_and_time("FREQ=DAILY") is None
