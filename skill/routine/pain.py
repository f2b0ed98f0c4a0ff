"""Pain ratings, 0 to 10, that a person may give before and after a hold: never asked for.

A rating on the way to a hold is how the pain feels before it. Once a hold has ended, or
been paused, a rating within a few hours is how the pain feels after it. While a hold
still plays, a rating is how it feels before only in its first minute; later it waits.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import NamedTuple

from skill.routine.model import HoldSession, HoldStatus

LOWEST = 0
HIGHEST = 10
AFTER_A_HOLD = timedelta(hours=3)
# A rating in a hold's first minute is how the pain felt as it began.
AS_IT_BEGINS_MS = 60_000


def parse_rating(value: str | None) -> int | None:
    """The rating in AMAZON.NUMBER's value, if it is a whole number from 0 to 10."""
    if value is None:
        return None
    try:
        number = float(value.strip())
    except ValueError:
        return None
    # The range test first: NaN and the infinities fail it, and int() would raise on them.
    if not LOWEST <= number <= HIGHEST or number != int(number):
        return None
    return int(number)


def is_after(hold: HoldSession | None, now: datetime) -> bool:
    """Whether a rating given at `now` belongs to `hold` as how the pain felt after it.

    Only once the hold has ended, and only once: a hold already rated after is done with,
    so a rating soon after is for the next hold.
    """
    if hold is None or hold.status == HoldStatus.IN_PROGRESS or hold.pain_after is not None:
        return False
    ends = hold.started_at + timedelta(seconds=max(hold.planned_seconds, hold.held_seconds))
    return hold.started_at <= now <= ends + AFTER_A_HOLD


def started_at(hold_id: str) -> datetime | None:
    """When a hold began, from its id (which begins with its UTC start)."""
    try:
        return datetime.strptime(hold_id[:16], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    except ValueError:
        return None


def soon_after(hold_id: str, minutes: int, now: datetime) -> bool:
    """Whether `now` is within a few hours of the planned end of the hold `hold_id`."""
    began = started_at(hold_id)
    if began is None:
        return False
    return began <= now <= began + timedelta(minutes=minutes) + AFTER_A_HOLD


class PainTrend(StrEnum):
    EASED = "eased"
    SAME = "same"
    WORSE = "worse"


class PainChange(NamedTuple):
    trend: PainTrend
    # How many points easier, to the nearest whole point (when it eased).
    points_eased: int = 0


def pain_trend(change: float) -> PainChange:
    """Which way the pain went, from `change`: after minus before (one hold's, or an average).

    Eased means about a point or more easier; worse means half a point or more worse;
    anything between is about the same.
    """
    eased = round(-change)
    if eased >= 1:
        return PainChange(PainTrend.EASED, eased)
    if change < 0.5:
        return PainChange(PainTrend.SAME)
    return PainChange(PainTrend.WORSE)
