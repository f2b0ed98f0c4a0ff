"""What the skill says about reminders, and what the reminder itself says when it rings."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

from skill.routine.reminder_days import Days
from skill.routine.reminder_plan import PEAK_EFFECT_SECONDS, PlanProblem, ReminderPlan, Repeat
from skill.speech.time_words import clock, day_ahead

# Alexa speaks this when the reminder rings; it says how to start.
REMINDER_TEXT = "Time for your acupressure. Say: Alexa, ask Acupressure Helper for back pain."
# The reminder a day and a half after a hold says what that moment is, not "press again".
PEAK_REMINDER_TEXT = (
    "It's about a day and a half since your acupressure, when the effect is often at its "
    "strongest. How does your back feel now?"
)

ASK_WHEN = "When shall I remind you? You could say: every day at 7 pm, or: tomorrow at 8 am."
ASK_WHEN_REPROMPT = "Say when, like: every day at 7 pm."
ASK_DAILY_TIME = "What time each day? You could say: every day at 7 pm."
DAYTIME_REPROMPT = "Shall I set it for that daytime hour instead? Say yes, or no."
_PROBLEMS = {
    PlanProblem.UNCLEAR: "Sorry, I didn't catch when.",
    PlanProblem.PAST: "That time has already passed.",
    PlanProblem.TOO_SOON: "That's a little too soon for a reminder.",
    PlanProblem.TOO_FAR: "That's further ahead than I can set.",
}

PERMISSION_LEAD = "To set a reminder, I need your permission first."
DECLINED = (
    "Okay, no reminder. If you change your mind, you can allow reminders "
    "for Acupressure Helper in the Alexa app."
)
NOT_ANSWERED = "Okay, I won't set a reminder for now."
STILL_DECLINED = (
    "I can't set reminders without your permission. You can allow them "
    "for Acupressure Helper in the Alexa app."
)
BUSY = "Reminders are busy just now, so I couldn't do that. Please ask me again in a minute."
UNREACHABLE = "I couldn't reach your reminders just now. Please ask me again in a little while."

NO_REMINDERS = "You don't have any reminders from me."
NOT_ALLOWED_TO_LIST = "You haven't allowed me to set reminders, so there aren't any from me."
HOW_TO_CANCEL = (
    "To stop one, say its time, like: cancel my 7 pm reminder. Or say: cancel all my reminders."
)
HOW_TO_CANCEL_ONE = "To stop it, say: cancel my reminders."
NOTHING_TO_CANCEL = "You don't have any reminders from me to cancel."

REMINDERS_LEFT = (
    "But I couldn't reach your reminders to cancel them. "
    "You can turn them off in the Alexa app, under Reminders."
)
ASK_AM_PM_REPROMPT = "Say morning or evening."

OFFER = (
    "Welcome back, and well done on finishing your first hold. If a reminder would help, "
    "say: remind me every day at 7 pm."
)


def problem(found: PlanProblem) -> str:
    return _PROBLEMS[found]


def ask_time_on(day: date, today: date) -> str:
    return f"What time {day_ahead(day, today)}? You could say: at 7 pm."


def _delay(seconds: int) -> str:
    if seconds == PEAK_EFFECT_SECONDS:
        return "in a day and a half"
    if seconds % 86400 == 0:
        days = seconds // 86400
        return "in 1 day" if days == 1 else f"in {days} days"
    if seconds % 3600 == 0:
        hours = seconds // 3600
        return "in 1 hour" if hours == 1 else f"in {hours} hours"
    minutes = round(seconds / 60)
    return "in 1 minute" if minutes == 1 else f"in {minutes} minutes"


_EVERY = {
    Days.EVERY_DAY: "every day",
    Days.WEEKDAYS: "every weekday",
    Days.WEEKENDS: "every Saturday and Sunday",
}


def ask_daily_time(days: Days) -> str:
    if days == Days.EVERY_DAY:
        return ASK_DAILY_TIME
    return f"What time {_EVERY[days]}? You could say: at 8 am."


def when(plan: ReminderPlan, now: datetime) -> str:
    """When a plan rings, said plainly ("every day at 7 pm"); `now` is the person's time."""
    today = now.date()
    match plan.repeat:
        case Repeat.DAILY:
            every = _EVERY[plan.days]
            return f"{every} at {clock(plan.at)}" if plan.at else every
        case Repeat.ONCE:
            first = plan.first_time(now)
            return f"{day_ahead(first.date(), today)} at {clock(first.time())}"
        case Repeat.AFTER:
            first = plan.first_time(now)
            at = f"{day_ahead(first.date(), today)} at about {clock(first.time())}"
            return f"{_delay(plan.after_seconds or 0)}, {at}"


def reminder_set(plan: ReminderPlan, now: datetime) -> str:
    said = f"Done. I'll remind you {when(plan, now)}."
    if plan.at_peak:
        return f"{said} Around then the effect is often at its strongest: I'll ask how you feel."
    return said


def _hour_of(at: time) -> str:
    hour = at.hour % 12 or 12
    return str(hour) if at.minute == 0 else f"{hour}:{at.minute:02d}"


def _at_night(at: time) -> str:
    """ "2:30 at night", "11 at night", "6 in the morning", "midnight"."""
    if at == time(0):
        return "midnight"
    if 5 <= at.hour < 12:
        return f"{_hour_of(at)} in the morning"
    return f"{_hour_of(at)} at night"


def _in_the_day(at: time) -> str:
    """ "9 in the morning", "9 in the evening"."""
    part = "morning" if at.hour < 12 else "afternoon" if at.hour < 17 else "evening"
    return f"{_hour_of(at)} in the {part}"


def daytime_offer(rings: datetime, instead: datetime, today: date) -> str:
    """A reminder worked out from a wait would ring at night: offer a daytime hour."""
    day = day_ahead(instead.date(), today)
    return (
        f"That would be {_at_night(rings.time())}. "
        f"Shall I remind you {day} at {_in_the_day(instead.time())} instead?"
    )


def ask_own_time(day: date, today: date) -> str:
    """No to the daytime hour offered: what time would suit them."""
    return f"All right. What time {day_ahead(day, today)} would suit you? You could say: at 10 am."


def listed(plans: Sequence[ReminderPlan], now: datetime) -> str:
    if not plans:
        return NO_REMINDERS
    times = [when(plan, now) for plan in plans]
    if len(times) == 1:
        return f"You have one reminder from me: {times[0]}. {HOW_TO_CANCEL_ONE}"
    joined = ", ".join(times[:-1]) + f", and {times[-1]}"
    return f"You have {len(times)} reminders from me: {joined}. {HOW_TO_CANCEL}"


def cancelled(count: int) -> str:
    return (
        "Done. I've cancelled your reminder."
        if count == 1
        else (f"Done. I've cancelled your {count} reminders.")
    )


def cancelled_some(done: int, total: int) -> str:
    return (
        f"I've cancelled {done} of your {total} reminders. "
        "Say cancel my reminders again for the rest."
    )


def partly_cancelled(done: int, total: int) -> str:
    return (
        f"I cancelled {done} of your {total} reminders, but couldn't reach the rest. "
        "Please ask me again in a little while."
    )


def ask_am_or_pm(hour: int) -> str:
    """ "7 in the morning, or in the evening?": asked when an hour came without am or pm."""
    return f"{hour} in the morning, or in the evening?"


def already_set(plan: ReminderPlan, now: datetime) -> str:
    """The person asked for a reminder they already have: no second one."""
    return f"You already have a reminder from me {when(plan, now)}, so I haven't added another."


def _times(plans: Sequence[ReminderPlan], now: datetime) -> str:
    said = [when(plan, now) for plan in plans]
    return said[0] if len(said) == 1 else ", ".join(said[:-1]) + f" and {said[-1]}"


def cancelled_these(plans: Sequence[ReminderPlan], now: datetime) -> str:
    noun = "reminder" if len(plans) == 1 else "reminders"
    return f"Done. I've cancelled your {noun} {_times(plans, now)}."


_PARTS = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}


def none_at(said: str | None, plans: Sequence[ReminderPlan], now: datetime) -> str:
    """Nothing at the time named: say what there is instead."""
    if not plans:
        return NOTHING_TO_CANCEL
    part = _PARTS.get(said or "")
    named = f"in the {part}" if part else "at that time"
    if part == "night":
        named = "at night"
    return f"You don't have a reminder from me {named}. You have: {_times(plans, now)}."


def cancelled_with_data(count: int) -> str:
    if count == 1:
        return "I've cancelled your reminder from me too."
    return f"I've cancelled your {count} reminders from me too."
