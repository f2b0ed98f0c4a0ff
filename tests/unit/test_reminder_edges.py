"""Reminder plans at their edges: the last minute of the day, the shortest and longest
waits, a time that is now, and a plan read back from the session at its limits."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from skill.routine.reminder_plan import (
    LONGEST_DELAY_SECONDS,
    SHORTEST_DELAY_SECONDS,
    PlanChoice,
    PlanProblem,
    ReminderPlan,
    Repeat,
    parse_time,
    plan_after,
    plan_daily,
    plan_once,
)

EVENING = datetime(2026, 11, 23, 18, 0, 5, 250_000)


@pytest.mark.parametrize(
    ("said", "at"),
    [
        ("23:59", time(23, 59)),
        ("22:00", time(22)),
        ("00:00", time(0)),
        ("24:00", None),
        ("23:60", None),
        ("12:59", time(12, 59)),
        ("7:05", time(7, 5)),
    ],
)
def test_a_time_on_the_clock(said: str, at: time | None) -> None:
    assert parse_time(said) == at


@pytest.mark.parametrize(
    ("said", "choice"),
    [
        ("PT1M", PlanChoice(ReminderPlan(Repeat.AFTER, after_seconds=SHORTEST_DELAY_SECONDS))),
        ("PT59S", PlanChoice(problem=PlanProblem.TOO_SOON)),
        ("P30D", PlanChoice(ReminderPlan(Repeat.AFTER, after_seconds=LONGEST_DELAY_SECONDS))),
        ("P30DT1S", PlanChoice(problem=PlanProblem.TOO_FAR)),
        ("soon", PlanChoice(problem=PlanProblem.UNCLEAR)),
        (None, PlanChoice(problem=PlanProblem.UNCLEAR)),
    ],
)
def test_waits_from_a_minute_to_thirty_days(said: str | None, choice: PlanChoice) -> None:
    assert plan_after(said) == choice


@pytest.mark.parametrize(
    ("said", "choice"),
    [
        ("08:00", PlanChoice(ReminderPlan(Repeat.DAILY, at=time(8)))),
        ("eight", PlanChoice(problem=PlanProblem.UNCLEAR)),
        (None, PlanChoice(problem=PlanProblem.NO_TIME)),
    ],
)
def test_every_day_at_a_time(said: str | None, choice: PlanChoice) -> None:
    assert plan_daily(said) == choice


def test_a_reminder_for_this_very_minute_is_past_and_the_next_one_is_not() -> None:
    now = datetime(2026, 11, 23, 18, 0)
    today = "2026-11-23"

    assert plan_once(today, "18:00", now=now).problem == PlanProblem.PAST
    assert plan_once(today, "18:01", now=now).plan == ReminderPlan(
        Repeat.ONCE, at=time(18, 1), day=date(2026, 11, 23)
    )


def test_a_reminder_a_year_ahead_to_the_minute_is_kept_and_later_is_too_far() -> None:
    now = datetime(2026, 11, 23, 18, 0)

    assert plan_once("2027-11-23", "18:00", now=now).plan is not None
    assert plan_once("2027-11-23", "18:01", now=now).problem == PlanProblem.TOO_FAR


def test_a_daily_time_that_is_now_rings_tomorrow() -> None:
    now = datetime(2026, 11, 23, 18, 0)

    assert ReminderPlan(Repeat.DAILY, at=time(18)).first_time(now) == datetime(2026, 11, 24, 18)
    assert ReminderPlan(Repeat.DAILY, at=time(18, 1)).first_time(now) == datetime(
        2026, 11, 23, 18, 1
    )


def test_a_wait_rings_to_the_second_from_now() -> None:
    plan = ReminderPlan(Repeat.AFTER, after_seconds=90)

    assert plan.first_time(EVENING) == datetime(2026, 11, 23, 18, 1, 35)
    assert ReminderPlan(Repeat.AFTER).first_time(EVENING) == datetime(2026, 11, 23, 18, 0, 5)


@pytest.mark.parametrize(
    ("seconds", "read"),
    [
        (SHORTEST_DELAY_SECONDS, True),
        (SHORTEST_DELAY_SECONDS - 1, False),
        (LONGEST_DELAY_SECONDS, True),
        (LONGEST_DELAY_SECONDS + 1, False),
    ],
)
def test_a_wait_kept_in_the_session_is_read_back_within_its_limits(
    seconds: int, read: bool
) -> None:
    kept = {"repeat": "after", "at": None, "day": None, "after_seconds": seconds}

    plan = ReminderPlan.from_attributes(kept)

    assert plan == (ReminderPlan(Repeat.AFTER, after_seconds=seconds) if read else None)
