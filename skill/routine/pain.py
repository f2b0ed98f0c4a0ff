"""Pain ratings, 0 to 10, that a person may give before and after a hold: never asked for.

A rating said soon after a hold (while it may still be playing, or within a few hours of
its end) is how the pain feels after it; any other rating is how it feels before the next.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from skill.store import HoldSession

LOWEST = 0
HIGHEST = 10
AFTER_A_HOLD = timedelta(hours=3)


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
    """Whether a rating given at `now` belongs to `hold` as how the pain felt after it."""
    if hold is None:
        return False
    ends = hold.started_at + timedelta(seconds=hold.planned_seconds)
    return hold.started_at <= now <= ends + AFTER_A_HOLD
