"""What is said about reminders: which of a language's sentences, with which times in them.

One choice for every language; each pack's reminder_words give only the sentences, with
a slot (`{when}`, `{count}`, `{times}`) where the choice puts what it found, and small
functions that say a time. Where a sentence differs for one reminder and for more, the
pack gives both, one first.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from skill.routine.reminder_days import Days
from skill.routine.reminder_plan import PEAK_EFFECT_SECONDS, Repeat
from skill.speech.counted import counted

if TYPE_CHECKING:
    from datetime import datetime

    from skill.routine.reminder_plan import ReminderPlan
    from skill.speech.pack_hold import ReminderWords

_DAY = 86400
_HOUR = 3600


def _delay(words: ReminderWords, seconds: int) -> str:
    if seconds == PEAK_EFFECT_SECONDS:
        return words.IN_A_DAY_AND_A_HALF
    if seconds % _DAY == 0:
        return counted(words.IN_DAYS, seconds // _DAY)
    if seconds % _HOUR == 0:
        return counted(words.IN_HOURS, seconds // _HOUR)
    return counted(words.IN_MINUTES, round(seconds / 60))


def when(words: ReminderWords, plan: ReminderPlan, now: datetime) -> str:
    """When a plan rings, said plainly ("every day at 7 pm"); `now` is the person's time."""
    today = now.date()
    match plan.repeat:
        case Repeat.DAILY:
            every = words.EVERY[plan.days]
            return f"{every} {words.at(plan.at)}" if plan.at else every
        case Repeat.ONCE:
            first = plan.first_time(now)
            return f"{words.day_ahead(first.date(), today)} {words.at(first.time())}"
        case Repeat.AFTER:
            first = plan.first_time(now)
            at = f"{words.day_ahead(first.date(), today)} {words.about(first.time())}"
            return f"{_delay(words, plan.after_seconds or 0)}, {at}"


def _and(times: Sequence[str], last: str) -> str:
    return times[0] if len(times) == 1 else ", ".join(times[:-1]) + f"{last}{times[-1]}"


def _times(words: ReminderWords, plans: Sequence[ReminderPlan], now: datetime) -> str:
    return _and([when(words, plan, now) for plan in plans], words.AND)


def reminder_set(words: ReminderWords, plan: ReminderPlan, now: datetime) -> str:
    said = words.SET.format(when=when(words, plan, now))
    return f"{said} {words.SET_AT_PEAK}" if plan.at_peak else said


def ask_daily_time(words: ReminderWords, days: Days) -> str:
    if days == Days.EVERY_DAY:
        return words.ASK_DAILY_TIME
    return words.ASK_TIME_EVERY.format(every=words.EVERY[days])


def listed(words: ReminderWords, plans: Sequence[ReminderPlan], now: datetime) -> str:
    if not plans:
        return words.NO_REMINDERS
    times = _and([when(words, plan, now) for plan in plans], words.LIST_AND)
    return counted(words.LISTED, len(plans), times=times)


def already_set(words: ReminderWords, plan: ReminderPlan, now: datetime) -> str:
    """The person asked for a reminder they already have: no second one."""
    return words.ALREADY_SET.format(when=when(words, plan, now))


def cancelled_these(words: ReminderWords, plans: Sequence[ReminderPlan], now: datetime) -> str:
    return counted(words.CANCELLED_THESE, len(plans), times=_times(words, plans, now))


def none_at(
    words: ReminderWords, said: str | None, plans: Sequence[ReminderPlan], now: datetime
) -> str:
    """Nothing at the time named (a part of the day, or a time): say what there is instead."""
    if not plans:
        return words.NOTHING_TO_CANCEL
    named = words.PARTS.get(said or "", words.AT_THAT_TIME)
    return words.NONE_AT.format(named=named, times=_times(words, plans, now))
