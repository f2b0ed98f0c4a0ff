"""Reminder plans from what Alexa heard: times, days, delays, and when the first one rings."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from skill.routine.reminder_plan import (
    PlanProblem,
    ReminderPlan,
    Repeat,
    parse_delay,
    parse_time,
    plan_after,
    plan_at_peak,
    plan_daily,
    plan_once,
)

# Six in the evening in London, on Monday 23 November 2026.
EVENING = datetime(2026, 11, 23, 18, 0, 5, tzinfo=ZoneInfo("Europe/London"))


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("19:00", time(19)),
        ("07:30", time(7, 30)),
        ("0:05", time(0, 5)),
        ("MO", time(9)),
        ("EV", time(19)),
        ("NI", time(21)),
        ("24:00", None),
        ("7 pm", None),
        ("", None),
        (None, None),
    ],
)
def test_alexa_times_become_times_on_the_clock(said: str | None, expected: time | None) -> None:
    assert parse_time(said) == expected


@pytest.mark.parametrize(
    ("said", "seconds"),
    [("P1DT12H", 129_600), ("PT2H", 7200), ("PT90M", 5400), ("P1.5D", 129_600), ("PT", None)],
)
def test_durations_become_seconds(said: str, seconds: int | None) -> None:
    assert parse_delay(said) == seconds


def test_a_daily_plan_first_rings_today_if_the_time_is_still_ahead() -> None:
    plan = plan_daily("19:00").plan

    assert plan == ReminderPlan(Repeat.DAILY, at=time(19))
    assert plan.first_time(EVENING) == datetime(2026, 11, 23, 19, 0)


def test_a_daily_plan_first_rings_tomorrow_once_the_time_has_passed() -> None:
    plan = plan_daily("08:00").plan

    assert plan is not None
    assert plan.first_time(EVENING) == datetime(2026, 11, 24, 8, 0)


def test_a_time_without_a_day_is_the_next_time_the_clock_shows_it() -> None:
    assert plan_once(None, "19:30", now=EVENING).plan == ReminderPlan(
        Repeat.ONCE, at=time(19, 30), day=date(2026, 11, 23)
    )
    assert plan_once(None, "07:00", now=EVENING).plan == ReminderPlan(
        Repeat.ONCE, at=time(7), day=date(2026, 11, 24)
    )


def test_tomorrow_at_seven_pm() -> None:
    plan = plan_once("2026-11-24", "19:00", now=EVENING).plan

    assert plan is not None
    assert plan.first_time(EVENING) == datetime(2026, 11, 24, 19, 0)


@pytest.mark.parametrize(
    ("day", "at", "problem"),
    [
        ("2026-11-23", "07:00", PlanProblem.PAST),
        ("2026-11-20", "19:00", PlanProblem.PAST),
        ("2028-01-01", "19:00", PlanProblem.TOO_FAR),
        ("2026-W48", "19:00", PlanProblem.UNCLEAR),
        ("2026-11-24", "half past", PlanProblem.UNCLEAR),
        ("2026-11-24", None, PlanProblem.NO_TIME),
        (None, None, PlanProblem.NO_TIME),
    ],
)
def test_a_day_and_time_that_cannot_be_a_reminder_says_why(
    day: str | None, at: str | None, problem: PlanProblem
) -> None:
    choice = plan_once(day, at, now=EVENING)

    assert (choice.plan, choice.problem) == (None, problem)


def test_a_day_said_without_a_time_is_kept_for_when_the_time_comes() -> None:
    asked = plan_once("2026-11-25", None, now=EVENING)
    answered = plan_once(None, "08:15", now=EVENING, day_kept=asked.day)

    assert asked.day == date(2026, 11, 25)
    assert answered.plan == ReminderPlan(Repeat.ONCE, at=time(8, 15), day=date(2026, 11, 25))


def test_a_day_and_a_half_is_thirty_six_hours_from_now() -> None:
    plan = plan_at_peak()

    assert plan == ReminderPlan(Repeat.AFTER, after_seconds=129_600, at_peak=True)
    assert plan.first_time(EVENING) == datetime(2026, 11, 25, 6, 0, 5)
    # However it is asked for, 36 hours is the reminder at the peak.
    assert plan_after("PT36H").plan == plan
    assert plan_after("PT35H").plan == ReminderPlan(Repeat.AFTER, after_seconds=126_000)


@pytest.mark.parametrize(
    ("said", "problem"), [("PT30S", PlanProblem.TOO_SOON), ("P40D", PlanProblem.TOO_FAR)]
)
def test_delays_too_short_or_too_long_are_refused(said: str, problem: PlanProblem) -> None:
    assert plan_after(said).problem == problem


@pytest.mark.parametrize(
    "plan",
    [
        ReminderPlan(Repeat.DAILY, at=time(19)),
        ReminderPlan(Repeat.ONCE, at=time(8, 30), day=date(2026, 12, 24)),
        ReminderPlan(Repeat.AFTER, after_seconds=7200),
    ],
)
def test_a_plan_survives_the_session(plan: ReminderPlan) -> None:
    assert ReminderPlan.from_attributes(plan.to_attributes()) == plan


@pytest.mark.parametrize(
    "kept",
    [None, "daily", {"repeat": "weekly", "at": "19:00"}, {"repeat": "daily"}, {"repeat": "once"}],
)
def test_an_unreadable_plan_in_the_session_is_none(kept: object) -> None:
    assert ReminderPlan.from_attributes(kept) is None
