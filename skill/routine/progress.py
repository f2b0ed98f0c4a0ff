"""How the person is doing, worked out from their recent holds.

Days are the person's own calendar days (their time zone), so a hold at 11 pm counts for
that evening wherever the server is. A hold counts once it was held for a minute.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta, tzinfo
from typing import NamedTuple

from skill.routine.model import HoldSession, HoldStatus

WEEK_DAYS = 7
COUNTED_SECONDS = 60
# The average change in pain is mentioned only once it rests on this many rated holds.
RATED_HOLDS_NEEDED = 3
# How many holds progress reads: more than a busy week and a long run of days.
HOLDS_READ = 60


class LastHold(NamedTuple):
    started_at: datetime  # in the person's time zone
    held_seconds: int
    completed: bool


class Progress(NamedTuple):
    holds_this_week: int
    minutes_this_week: int
    # Days in a row with a hold, up to today, or up to yesterday if today has none yet.
    days_in_a_row: int
    last: LastHold | None
    rated_holds: int
    # Mean of (after - before) over the rated holds: below zero means the pain eased.
    pain_change: float | None

    @property
    def has_holds(self) -> bool:
        return self.last is not None


def _held(hold: HoldSession) -> int:
    return hold.planned_seconds if hold.status == HoldStatus.COMPLETED else hold.held_seconds


def _days_in_a_row(days: set[date], today: date) -> int:
    day = today if today in days else today - timedelta(days=1)
    count = 0
    while day in days:
        count += 1
        day -= timedelta(days=1)
    return count


def pain_change(holds: Sequence[HoldSession]) -> tuple[int, float | None]:
    """How many holds have both ratings, and the mean change once there are enough."""
    changes = [
        hold.pain_after - hold.pain_before
        for hold in holds
        if hold.pain_before is not None and hold.pain_after is not None
    ]
    if len(changes) < RATED_HOLDS_NEEDED:
        return len(changes), None
    return len(changes), sum(changes) / len(changes)


def progress(holds: Sequence[HoldSession], now: datetime, zone: tzinfo) -> Progress:
    """The person's progress from their holds (any order) at `now` (time-zone aware)."""
    today = now.astimezone(zone).date()
    week_starts = today - timedelta(days=WEEK_DAYS - 1)
    counted = sorted(
        (hold for hold in holds if _held(hold) >= COUNTED_SECONDS),
        key=lambda hold: hold.started_at,
        reverse=True,
    )
    this_week = [hold for hold in counted if hold.started_at.astimezone(zone).date() >= week_starts]
    days = {hold.started_at.astimezone(zone).date() for hold in counted}
    last = next(iter(counted), None)
    rated, change = pain_change(counted)
    return Progress(
        holds_this_week=len(this_week),
        minutes_this_week=sum(_held(hold) for hold in this_week) // 60,
        days_in_a_row=_days_in_a_row(days, today),
        last=LastHold(
            started_at=last.started_at.astimezone(zone),
            held_seconds=_held(last),
            completed=last.status == HoldStatus.COMPLETED,
        )
        if last is not None
        else None,
        rated_holds=rated,
        pain_change=change,
    )
