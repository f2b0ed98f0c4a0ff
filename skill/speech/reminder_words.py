"""What the skill says about reminders, and what the reminder itself says when it rings."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from skill.routine.reminder_plan import PEAK_EFFECT_SECONDS, PlanProblem, ReminderPlan, Repeat
from skill.speech.time_words import clock, day_ahead

# Alexa speaks this when the reminder rings; it says how to start.
REMINDER_TEXT = "Time for your acupressure. Say: Alexa, ask Acupressure Helper for back pain."

ASK_WHEN = "When shall I remind you? You could say: every day at 7 pm, or: tomorrow at 8 am."
ASK_WHEN_REPROMPT = "Say when, like: every day at 7 pm."
ASK_DAILY_TIME = "What time each day? You could say: every day at 7 pm."
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


def when(plan: ReminderPlan, now: datetime) -> str:
    """When a plan rings, said plainly ("every day at 7 pm"); `now` is the person's time."""
    today = now.date()
    match plan.repeat:
        case Repeat.DAILY:
            return f"every day at {clock(plan.at)}" if plan.at else "every day"
        case Repeat.ONCE:
            first = plan.first_time(now)
            return f"{day_ahead(first.date(), today)} at {clock(first.time())}"
        case Repeat.AFTER:
            first = plan.first_time(now)
            at = f"{day_ahead(first.date(), today)} at about {clock(first.time())}"
            return f"{_delay(plan.after_seconds or 0)}, {at}"


def reminder_set(plan: ReminderPlan, now: datetime, *, at_peak: bool = False) -> str:
    said = f"Done. I'll remind you {when(plan, now)}."
    if at_peak or (plan.repeat == Repeat.AFTER and plan.after_seconds == PEAK_EFFECT_SECONDS):
        return (
            f"{said} That's about a day and a half away, often when the effect is at its strongest."
        )
    return said


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
