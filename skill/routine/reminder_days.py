"""Which days a repeating reminder rings on: every day, on weekdays, or at weekends."""

from __future__ import annotations

from datetime import date
from enum import StrEnum


class Days(StrEnum):
    """The DAYS slot type's value ids, as the interaction model names them."""

    EVERY_DAY = "EVERY_DAY"
    WEEKDAYS = "WEEKDAYS"
    WEEKENDS = "WEEKENDS"


# Monday is 0, as date.weekday() counts.
_WEEKDAY_NUMBERS = {
    Days.EVERY_DAY: frozenset(range(7)),
    Days.WEEKDAYS: frozenset(range(5)),
    Days.WEEKENDS: frozenset((5, 6)),
}


def weekday_numbers(days: Days) -> frozenset[int]:
    """The days of the week `days` covers, Monday as 0."""
    return _WEEKDAY_NUMBERS[days]


def rings_on(days: Days, day: date) -> bool:
    return day.weekday() in _WEEKDAY_NUMBERS[days]


def covers(wider: Days, narrower: Days) -> bool:
    """Whether every day of `narrower` is one of `wider`'s."""
    return _WEEKDAY_NUMBERS[narrower] <= _WEEKDAY_NUMBERS[wider]


def days_of(value: str | None) -> Days | None:
    """The DAYS value id a slot resolved to, or None for anything else."""
    try:
        return Days(value) if value else None
    except ValueError:
        return None
