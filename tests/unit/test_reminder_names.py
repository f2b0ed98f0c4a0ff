"""Reminders on the clock and by name: when "in a day and a half" rings, which reminder
"my morning one" or "my 7 reminder" means, and hours said without am or pm."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from skill.routine.reminder_plan import (
    ReminderPlan,
    Repeat,
    already_covered,
    clear_hour,
    named_by,
    named_loosely,
    on_the_clock,
    with_part_of_day,
)

MONDAY = date(2026, 11, 23)
TUESDAY = date(2026, 11, 24)


def _once(at: time, day: date = MONDAY) -> ReminderPlan:
    return ReminderPlan(Repeat.ONCE, at=at, day=day)


def _daily(at: time) -> ReminderPlan:
    return ReminderPlan(Repeat.DAILY, at=at)


def _after(seconds: int) -> ReminderPlan:
    return ReminderPlan(Repeat.AFTER, after_seconds=seconds)


# --- on the clock -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("now", "seconds", "rings"),
    [
        # A wait of an hour or more rings on the nearest five minutes.
        (datetime(2026, 11, 23, 18, 2, 29), 36 * 3600, _once(time(6, 0), date(2026, 11, 25))),
        (datetime(2026, 11, 23, 18, 2, 31), 36 * 3600, _once(time(6, 5), date(2026, 11, 25))),
        (datetime(2026, 11, 23, 18, 57, 40), 3600, _once(time(20, 0))),
        (datetime(2026, 11, 23, 18, 2, 31), 3600, _once(time(19, 5))),
        # Shorter waits ring on the nearest minute.
        (datetime(2026, 11, 23, 18, 2, 35), 3599, _once(time(19, 3))),
        (datetime(2026, 11, 23, 18, 2, 29), 600, _once(time(18, 12))),
        (datetime(2026, 11, 23, 18, 2, 31), 600, _once(time(18, 13))),
        (datetime(2026, 11, 23, 23, 59, 50), 60, _once(time(0, 1), TUESDAY)),
        # Half a minute rounds to the even minute, as Python rounds.
        (datetime(2026, 11, 23, 18, 2, 30), 60, _once(time(18, 4))),
    ],
)
def test_a_wait_is_put_on_the_clock(now: datetime, seconds: int, rings: ReminderPlan) -> None:
    assert on_the_clock(_after(seconds), now) == rings


@pytest.mark.parametrize("plan", [_once(time(19)), _daily(time(9))])
def test_a_plan_with_a_time_is_on_the_clock_already(plan: ReminderPlan) -> None:
    assert on_the_clock(plan, datetime(2026, 11, 23, 18, 2, 31)) is plan


# --- already covered --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("wanted", "existing", "covered"),
    [
        (_once(time(19)), _once(time(19)), True),
        (_once(time(19)), _once(time(19), TUESDAY), False),
        (_once(time(19)), _once(time(19, 30)), False),
        (_once(time(19)), _daily(time(19)), True),
        (_daily(time(19)), _daily(time(19)), True),
        (_daily(time(19)), _once(time(19)), False),
        (_daily(time(19)), _daily(time(7)), False),
        (_after(3600), _after(3600), False),
        (_after(3600), _daily(time(19)), False),
    ],
)
def test_a_reminder_already_set_covers_one_that_rings_when_it_does(
    wanted: ReminderPlan, existing: ReminderPlan, covered: bool
) -> None:
    assert already_covered(wanted, existing) is covered


# --- named by a time or a part of the day -------------------------------------------------


@pytest.mark.parametrize(
    ("at", "said", "named"),
    [
        (time(19), "19:00", True),
        (time(19), " 19:00 ", True),
        (time(19), "07:00", False),
        (time(19, 30), "19:00", False),
        (time(19), "EV", True),
        (time(16), "EV", True),
        (time(15, 59), "EV", False),
        (time(23, 59), "EV", True),
        (time(4), "MO", True),
        (time(3, 59), "MO", False),
        (time(11, 59), "MO", True),
        (time(12), "MO", False),
        (time(12), "AF", True),
        (time(17, 59), "AF", True),
        (time(18), "AF", False),
        (time(19), "NI", True),
        (time(18, 59), "NI", False),
        (time(3, 59), "NI", True),
        (time(4), "NI", False),
        (time(19), " EV ", True),
        (time(19), "", False),
        (time(19), None, False),
        (time(19), "tomorrow", False),
    ],
)
def test_a_reminder_is_named_by_its_time_or_its_part_of_the_day(
    at: time, said: str | None, named: bool
) -> None:
    assert named_by(_daily(at), said) is named


def test_a_reminder_with_no_time_is_named_by_nothing() -> None:
    assert not named_by(_after(3600), "19:00")
    assert not named_by(_after(3600), "EV")
    assert not named_loosely(_after(3600), "19:00")


@pytest.mark.parametrize(
    ("at", "said", "named"),
    [
        (time(19), "07:00", True),
        (time(19), "19:00", True),
        (time(7), "19:00", True),
        (time(19, 30), "07:30", True),
        (time(19, 30), "07:00", False),
        (time(19), "08:00", False),
        (time(12), "00:00", True),
        (time(19), "EV", False),
        (time(19), " EV ", False),
        (time(19), "", False),
        (time(19), None, False),
        (time(19), "seven", False),
    ],
)
def test_a_reminder_is_named_loosely_by_its_hour_on_a_twelve_hour_clock(
    at: time, said: str | None, named: bool
) -> None:
    assert named_loosely(_daily(at), said) is named


# --- hours said plainly -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("hour", "meant"),
    [
        (0, time(0)),
        (12, time(12)),
        (13, time(13)),
        (23, time(23)),
        (1, None),
        (11, None),
        (24, None),
        (-1, None),
    ],
)
def test_an_hour_said_without_am_or_pm_is_clear_only_when_it_means_one_time(
    hour: int, meant: time | None
) -> None:
    assert clear_hour(hour) == meant


@pytest.mark.parametrize(
    ("hour", "evening", "meant"),
    [
        (7, True, time(19)),
        (7, False, time(7)),
        (1, False, time(1)),
        (12, False, time(0)),
        (12, True, time(12)),
        (0, True, None),
        (13, False, None),
    ],
)
def test_an_hour_and_a_part_of_the_day_make_a_time(
    hour: int, evening: bool, meant: time | None
) -> None:
    assert with_part_of_day(hour, evening) == meant
