"""What the skill says about reminders, and what the reminder itself says when it rings."""

from __future__ import annotations

from datetime import date, datetime, time

from skill.routine.reminder_days import Days
from skill.routine.reminder_plan import PlanProblem
from skill.speech.time_words import clock
from skill.speech.time_words import day_ahead as day_ahead  # noqa: PLC0414 - the pack gives it

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
PROBLEMS = {
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

# The pieces skill.speech.reminder_answer puts together, and its sentences with slots:
# where a pair is given, the first is for one reminder, the second for more.
EVERY = {
    Days.EVERY_DAY: "every day",
    Days.WEEKDAYS: "every weekday",
    Days.WEEKENDS: "every Saturday and Sunday",
}
PARTS = {"MO": "in the morning", "AF": "in the afternoon", "EV": "in the evening", "NI": "at night"}
AT_THAT_TIME = "at that time"
AND = " and "
LIST_AND = ", and "

IN_A_DAY_AND_A_HALF = "in a day and a half"
IN_DAYS = ("in 1 day", "in {count} days")
IN_HOURS = ("in 1 hour", "in {count} hours")
IN_MINUTES = ("in 1 minute", "in {count} minutes")

SET = "Done. I'll remind you {when}."
SET_AT_PEAK = "Around then the effect is often at its strongest: I'll ask how you feel."
ASK_TIME_EVERY = "What time {every}? You could say: at 8 am."
ALREADY_SET = "You already have a reminder from me {when}, so I haven't added another."
NONE_AT = "You don't have a reminder from me {named}. You have: {times}."
LISTED = (
    f"You have one reminder from me: {{times}}. {HOW_TO_CANCEL_ONE}",
    f"You have {{count}} reminders from me: {{times}}. {HOW_TO_CANCEL}",
)
CANCELLED = ("Done. I've cancelled your reminder.", "Done. I've cancelled your {count} reminders.")
CANCELLED_THESE = (
    "Done. I've cancelled your reminder {times}.",
    "Done. I've cancelled your reminders {times}.",
)
CANCELLED_WITH_DATA = (
    "I've cancelled your reminder from me too.",
    "I've cancelled your {count} reminders from me too.",
)


def at(when: time) -> str:
    return f"at {clock(when)}"


def about(when: time) -> str:
    return f"at about {clock(when)}"


def ask_time_on(day: date, today: date) -> str:
    return f"What time {day_ahead(day, today)}? You could say: at 7 pm."


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
