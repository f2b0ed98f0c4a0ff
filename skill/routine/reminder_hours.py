"""The hours a reminder fits: not at night, unless the person asked for that time.

Night is 10 pm to 7 am on the person's own clock. A reminder worked out from a wait
("in 36 hours") that would ring then is offered at a daytime hour instead: late in the
evening, at 9 pm that evening while it is still ahead; after midnight, at 9 the morning
after. A time the person named ("at 11 pm") is theirs, and set as asked.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from skill.routine.reminder_plan import ReminderPlan

NIGHT_STARTS = time(22)
NIGHT_ENDS = time(7)
EVENING_INSTEAD = time(21)
MORNING_INSTEAD = time(9)

# "Every morning" and the like, said without a time: when a daily routine fits that part
# of the day. The ids are PART_OF_DAY's. A morning routine comes before the day starts.
PART_OF_DAY_TIMES = {
    "MORNING": time(8),
    "AFTERNOON": time(14),
    "EVENING": time(19),
    "NIGHT": time(21),
}
# Which parts of the day turn an hour said alone ("at 8") into the afternoon or evening.
AFTER_NOON_PARTS = frozenset({"AFTERNOON", "EVENING", "NIGHT"})


def at_night(at: time) -> bool:
    return at >= NIGHT_STARTS or at < NIGHT_ENDS


def daytime_instead(rings: datetime, now: datetime) -> datetime | None:
    """The daytime hour to offer for a reminder that would ring at `rings` (the person's
    wall clock; `now` likewise), or None when it rings in the day already."""
    if not at_night(rings.time()):
        return None
    local_now = now.replace(tzinfo=None)
    if rings.time() >= NIGHT_STARTS:
        evening = datetime.combine(rings.date(), EVENING_INSTEAD)
        if evening > local_now:
            return evening
        return datetime.combine(rings.date() + timedelta(days=1), MORNING_INSTEAD)
    return datetime.combine(rings.date(), MORNING_INSTEAD)


def daytime_plan(plan: ReminderPlan, now: datetime) -> ReminderPlan | None:
    """`plan` moved to the daytime hour to offer, when it would ring at night."""
    instead = daytime_instead(plan.first_time(now), now)
    if instead is None:
        return None
    return plan._replace(day=instead.date(), at=instead.time())


def hour_in_part(hour: int, part: str) -> time | None:
    """ "Every evening at 8" -> 20:00; "every night at 1" -> 1:00. None for an hour that is
    not on a twelve-hour clock."""
    if not 1 <= hour <= 12:
        return None
    if part == "NIGHT" and (hour == 12 or hour < 5):
        return time(hour % 12)  # midnight, or the small hours
    return time(hour % 12 + (12 if part in AFTER_NOON_PARTS else 0))
