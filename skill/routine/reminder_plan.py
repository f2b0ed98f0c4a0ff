"""When to remind the person: what they asked for, turned into a plan the Reminders API can take.

A plan is one of three kinds: once on a day at a time, on chosen days (every day, weekdays
or weekends) at a time, or once after a number of seconds ("in a day and a half", when the
effect is often at its strongest). Times are the person's own wall-clock times; the time
zone is added when the reminder is set.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any, NamedTuple

from skill.routine.duration import duration_seconds
from skill.routine.reminder_days import Days, covers, days_of, rings_on

# The effect of a hold is often at its strongest about a day and a half later.
PEAK_EFFECT_SECONDS = 36 * 60 * 60
SHORTEST_DELAY_SECONDS = 60
LONGEST_DELAY_SECONDS = 30 * 24 * 60 * 60
FURTHEST_DAY = timedelta(days=365)

# What Alexa's AMAZON.TIME sends for a part of the day, as a time on the clock.
_PARTS_OF_DAY = {"MO": time(9), "AF": time(14), "EV": time(19), "NI": time(21)}
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})")
# One whole day; Alexa also sends weeks ("2026-W48"), weekends and months, which are not.
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class Repeat(StrEnum):
    ONCE = "once"  # on one day, at a time
    DAILY = "daily"  # on its days (every day, weekdays or weekends), at a time
    AFTER = "after"  # once, a number of seconds from now


class PlanProblem(StrEnum):
    NO_TIME = "no_time"  # "remind me", or "remind me tomorrow": when, then?
    UNCLEAR = "unclear"
    PAST = "past"
    TOO_SOON = "too_soon"
    TOO_FAR = "too_far"


class ReminderPlan(NamedTuple):
    repeat: Repeat
    at: time | None = None  # ONCE and DAILY
    day: date | None = None  # ONCE
    after_seconds: int | None = None  # AFTER
    days: Days = Days.EVERY_DAY  # DAILY
    # Rings when the effect of a hold is often at its strongest, to ask how they feel.
    at_peak: bool = False

    def to_attributes(self) -> dict[str, Any]:
        return {
            "repeat": str(self.repeat),
            "at": self.at.strftime("%H:%M") if self.at else None,
            "day": self.day.isoformat() if self.day else None,
            "after_seconds": self.after_seconds,
            "days": str(self.days),
            "at_peak": self.at_peak,
        }

    @classmethod
    def from_attributes(cls, attributes: Any) -> ReminderPlan | None:
        """The plan kept in the session, or None for anything unreadable."""
        if not isinstance(attributes, Mapping):
            return None
        try:
            repeat = Repeat(str(attributes.get("repeat")))
            at = attributes.get("at")
            day = attributes.get("day")
            after = attributes.get("after_seconds")
            plan = cls(
                repeat=repeat,
                at=time.fromisoformat(at) if isinstance(at, str) else None,
                day=date.fromisoformat(day) if isinstance(day, str) else None,
                after_seconds=after
                if type(after) is int and SHORTEST_DELAY_SECONDS <= after <= LONGEST_DELAY_SECONDS
                else None,
                days=days_of(attributes.get("days")) or Days.EVERY_DAY,
                at_peak=attributes.get("at_peak") is True,
            )
        except (TypeError, ValueError):
            return None
        return plan if plan.is_complete else None

    @property
    def is_complete(self) -> bool:
        match self.repeat:
            case Repeat.ONCE:
                return self.at is not None and self.day is not None
            case Repeat.DAILY:
                return self.at is not None
            case Repeat.AFTER:
                return self.after_seconds is not None

    def first_time(self, now: datetime) -> datetime:
        """When it first rings, on the person's wall clock (`now` is their local time)."""
        local_now = now.replace(tzinfo=None, microsecond=0)
        match self.repeat:
            case Repeat.AFTER:
                return local_now + timedelta(seconds=self.after_seconds or 0)
            case Repeat.ONCE:
                return datetime.combine(self.day or local_now.date(), self.at or time())
            case Repeat.DAILY:
                rings = datetime.combine(local_now.date(), self.at or time())
                while rings <= local_now or not rings_on(self.days, rings.date()):
                    rings += timedelta(days=1)
                return rings


class PlanChoice(NamedTuple):
    """A plan made from what the person said, or why it cannot be one yet."""

    plan: ReminderPlan | None = None
    problem: PlanProblem | None = None
    # For NO_TIME: the day they named, if any, to keep while asking for the time.
    day: date | None = None
    # A plan worked out from a wait that would ring at night: the daytime one to offer.
    daytime: ReminderPlan | None = None


def parse_time(value: str | None) -> time | None:
    """AMAZON.TIME's value ("19:00", or "EV" for the evening) as a time on the clock."""
    if not value:
        return None
    if value in _PARTS_OF_DAY:
        return _PARTS_OF_DAY[value]
    found = _CLOCK.fullmatch(value.strip())
    if found is None:
        return None
    hours, minutes = int(found.group(1)), int(found.group(2))
    if hours > 23 or minutes > 59:
        return None
    return time(hours, minutes)


def parse_day(value: str | None) -> date | None:
    """AMAZON.DATE's value as one day; weeks, months and the like are not a day."""
    if not value or not _DAY.fullmatch(value.strip()):
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        return None


def parse_delay(value: str | None) -> int | None:
    """AMAZON.DURATION's value ("P1DT12H", "P1W") in seconds."""
    seconds = duration_seconds(value)
    return None if seconds is None else round(seconds)


def plan_once(
    day: str | None, at: str | None, *, now: datetime, day_kept: date | None = None
) -> PlanChoice:
    """ "Remind me tomorrow at 7 pm", or "at 7 pm" (the next 7 pm), on the person's clock."""
    chosen_time = parse_time(at)
    chosen_day = parse_day(day) or day_kept
    if day and parse_day(day) is None:
        return PlanChoice(problem=PlanProblem.UNCLEAR)
    if at and chosen_time is None:
        return PlanChoice(problem=PlanProblem.UNCLEAR)
    if chosen_time is None:
        return PlanChoice(problem=PlanProblem.NO_TIME, day=chosen_day)
    local_now = now.replace(tzinfo=None)
    if chosen_day is None:
        next_one = ReminderPlan(Repeat.DAILY, at=chosen_time).first_time(now)
        return PlanChoice(ReminderPlan(Repeat.ONCE, at=chosen_time, day=next_one.date()))
    plan = ReminderPlan(Repeat.ONCE, at=chosen_time, day=chosen_day)
    if plan.first_time(now) <= local_now:
        return PlanChoice(problem=PlanProblem.PAST)
    if plan.first_time(now) - local_now > FURTHEST_DAY:
        return PlanChoice(problem=PlanProblem.TOO_FAR)
    return PlanChoice(plan)


def plan_daily(at: str | None, days: Days = Days.EVERY_DAY) -> PlanChoice:
    """ "Remind me every day at 8 am", "weekdays at 8 am"."""
    chosen_time = parse_time(at)
    if at and chosen_time is None:
        return PlanChoice(problem=PlanProblem.UNCLEAR)
    if chosen_time is None:
        return PlanChoice(problem=PlanProblem.NO_TIME)
    return PlanChoice(ReminderPlan(Repeat.DAILY, at=chosen_time, days=days))


def plan_after(delay: str | None) -> PlanChoice:
    """ "Remind me in two hours"."""
    seconds = parse_delay(delay)
    if seconds is None:
        return PlanChoice(problem=PlanProblem.UNCLEAR)
    if seconds < SHORTEST_DELAY_SECONDS:
        return PlanChoice(problem=PlanProblem.TOO_SOON)
    if seconds > LONGEST_DELAY_SECONDS:
        return PlanChoice(problem=PlanProblem.TOO_FAR)
    at_peak = seconds == PEAK_EFFECT_SECONDS  # "in 36 hours" is the peak, however asked
    return PlanChoice(ReminderPlan(Repeat.AFTER, after_seconds=seconds, at_peak=at_peak))


def plan_at_peak() -> ReminderPlan:
    """A day and a half from now, when the effect is often at its strongest."""
    return ReminderPlan(Repeat.AFTER, after_seconds=PEAK_EFFECT_SECONDS, at_peak=True)


# Parts of the day a person may name a reminder by ("cancel my morning reminder"), as
# hours on the clock; generous at the edges, since they only pick among the person's own.
_PART_HOURS = {
    "MO": range(4, 12),
    "AF": range(12, 18),
    "EV": range(16, 24),
    "NI": (*range(19, 24), *range(4)),
}


def on_the_clock(plan: ReminderPlan, now: datetime) -> ReminderPlan:
    """ "In a day and a half" as the day and time it rings, so it is said and listed as set.

    To the minute; to five minutes for a wait of an hour or more ("Friday at 7:30 am",
    never "about 7:29 am"). Other plans are already on the clock.
    """
    if plan.repeat != Repeat.AFTER:
        return plan
    rings = plan.first_time(now)
    step = 5 if (plan.after_seconds or 0) >= 3600 else 1
    minutes = round((rings.minute + rings.second / 60) / step) * step
    rings = rings.replace(minute=0, second=0) + timedelta(minutes=minutes)
    return ReminderPlan(Repeat.ONCE, at=rings.time(), day=rings.date(), at_peak=plan.at_peak)


def already_covered(wanted: ReminderPlan, existing: ReminderPlan) -> bool:
    """Whether `existing` already rings when `wanted` would: the same, or on its days at
    that time ("every day at 7 pm" covers "weekdays at 7 pm", not the other way round)."""
    if wanted.at is None or wanted.at != existing.at:
        return False
    if existing.repeat == Repeat.DAILY:
        if wanted.repeat == Repeat.DAILY:
            return covers(existing.days, wanted.days)
        on_a_day = wanted.repeat == Repeat.ONCE and wanted.day is not None
        return on_a_day and rings_on(existing.days, wanted.day or date.min)
    return wanted.repeat == existing.repeat == Repeat.ONCE and wanted.day == existing.day


def named_by(plan: ReminderPlan, said: str | None) -> bool:
    """Whether AMAZON.TIME's value `said` ("19:00", "MO") names this reminder's time."""
    if plan.at is None or not said:
        return False
    hours = _PART_HOURS.get(said.strip())
    if hours is not None:
        return plan.at.hour in hours
    at = parse_time(said)
    return at is not None and at == plan.at


def named_loosely(plan: ReminderPlan, said: str | None) -> bool:
    """ "Cancel my 7 reminder" for a 7 pm one: the same hour on a twelve-hour clock."""
    at = parse_time(said) if said and said.strip() not in _PART_HOURS else None
    return (
        at is not None
        and plan.at is not None
        and ((plan.at.hour % 12, plan.at.minute) == (at.hour % 12, at.minute))
    )


def clear_hour(hour: int) -> time | None:
    """An hour said without am or pm, when it can only mean one time; None when it could be two.

    0 and 13 to 23 are plain; 12 is taken as noon (nobody sets an acupressure reminder
    for midnight by saying "12"); 1 to 11 could be morning or evening.
    """
    if hour == 12:
        return time(12)
    if hour == 0 or 13 <= hour <= 23:
        return time(hour)
    return None


def with_part_of_day(hour: int, evening: bool) -> time | None:
    """ "7" and "in the evening" -> 19:00; None for an hour that is not on a 12-hour clock."""
    if not 1 <= hour <= 12:
        return None
    return time(hour % 12 + (12 if evening else 0))
