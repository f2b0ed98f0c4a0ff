"""Was die Skill über Erinnerungen sagt, und was die Erinnerung selbst sagt (German).

Times are said on the 24-hour clock ("um 19 Uhr"), as people in Germany say them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from skill.routine.reminder_days import Days
from skill.routine.reminder_plan import PEAK_EFFECT_SECONDS, PlanProblem, ReminderPlan, Repeat
from skill.speech.de.time_words import clock, day_ahead

# Alexa speaks this when the reminder rings; it says how to start.
REMINDER_TEXT = (
    "Zeit für Ihre Akupressur. Sagen Sie: Alexa, frage Akupressur Helfer nach Rückenschmerzen."
)
# The reminder a day and a half after a hold says what that moment is, not "press again".
PEAK_REMINDER_TEXT = (
    "Ihre Akupressur ist jetzt etwa anderthalb Tage her; um diese Zeit ist die Wirkung oft "
    "am stärksten. Wie fühlt sich Ihr Rücken jetzt an?"
)

ASK_WHEN = (
    "Wann soll ich Sie erinnern? Sie können sagen: jeden Tag um 19 Uhr, oder: morgen um 8 Uhr."
)
ASK_WHEN_REPROMPT = "Sagen Sie, wann, zum Beispiel: jeden Tag um 19 Uhr."
ASK_DAILY_TIME = "Um welche Uhrzeit jeden Tag? Sie können sagen: jeden Tag um 19 Uhr."
DAYTIME_REPROMPT = (
    "Soll ich sie stattdessen auf diese Uhrzeit am Tag stellen? Sagen Sie ja oder nein."
)
_PROBLEMS = {
    PlanProblem.UNCLEAR: "Entschuldigung, wann, habe ich nicht verstanden.",
    PlanProblem.PAST: "Diese Uhrzeit ist schon vorbei.",
    PlanProblem.TOO_SOON: "Das ist etwas zu bald für eine Erinnerung.",
    PlanProblem.TOO_FAR: "So weit im Voraus kann ich keine Erinnerung stellen.",
}

PERMISSION_LEAD = "Für eine Erinnerung brauche ich zuerst Ihre Erlaubnis."
DECLINED = (
    "In Ordnung, keine Erinnerung. Wenn Sie es sich anders überlegen, können Sie "
    "Erinnerungen für Akupressur Helfer in der Alexa App erlauben."
)
NOT_ANSWERED = "In Ordnung, ich stelle vorerst keine Erinnerung."
STILL_DECLINED = (
    "Ohne Ihre Erlaubnis kann ich keine Erinnerungen stellen. Sie können sie für "
    "Akupressur Helfer in der Alexa App erlauben."
)
BUSY = (
    "Die Erinnerungen sind gerade ausgelastet, deshalb hat das nicht geklappt. "
    "Bitte fragen Sie mich in einer Minute noch mal."
)
UNREACHABLE = (
    "Ich konnte Ihre Erinnerungen gerade nicht erreichen. Bitte fragen Sie mich etwas "
    "später noch mal."
)

NO_REMINDERS = "Sie haben keine Erinnerungen von mir."
NOT_ALLOWED_TO_LIST = "Sie haben mir keine Erinnerungen erlaubt, deshalb gibt es keine von mir."
HOW_TO_CANCEL = (
    "Um eine zu beenden, nennen Sie ihre Uhrzeit, zum Beispiel: lösche meine Erinnerung um "
    "19 Uhr. Oder sagen Sie: lösche alle meine Erinnerungen."
)
HOW_TO_CANCEL_ONE = "Zum Beenden sagen Sie: lösche meine Erinnerungen."
NOTHING_TO_CANCEL = "Sie haben keine Erinnerungen von mir, die ich löschen könnte."

REMINDERS_LEFT = (
    "Ihre Erinnerungen konnte ich aber nicht erreichen, um sie zu löschen. "
    "Sie können sie in der Alexa App unter Erinnerungen ausschalten."
)
ASK_AM_PM_REPROMPT = "Sagen Sie morgens oder abends."

OFFER = (
    "Willkommen zurück, und gut gemacht mit Ihrer ersten Übung. Wenn eine Erinnerung "
    "hilft, sagen Sie: erinnere mich jeden Tag um 19 Uhr."
)


def problem(found: PlanProblem) -> str:
    return _PROBLEMS[found]


def ask_time_on(day: date, today: date) -> str:
    return f"Um welche Uhrzeit {day_ahead(day, today)}? Sie können sagen: um 19 Uhr."


def _delay(seconds: int) -> str:
    if seconds == PEAK_EFFECT_SECONDS:
        return "in anderthalb Tagen"
    if seconds % 86400 == 0:
        days = seconds // 86400
        return "in 1 Tag" if days == 1 else f"in {days} Tagen"
    if seconds % 3600 == 0:
        hours = seconds // 3600
        return "in 1 Stunde" if hours == 1 else f"in {hours} Stunden"
    minutes = round(seconds / 60)
    return "in 1 Minute" if minutes == 1 else f"in {minutes} Minuten"


_EVERY = {
    Days.EVERY_DAY: "jeden Tag",
    Days.WEEKDAYS: "jeden Werktag",
    Days.WEEKENDS: "jeden Samstag und Sonntag",
}


def ask_daily_time(days: Days) -> str:
    if days == Days.EVERY_DAY:
        return ASK_DAILY_TIME
    return f"Um welche Uhrzeit {_EVERY[days]}? Sie können sagen: um 8 Uhr."


def when(plan: ReminderPlan, now: datetime) -> str:
    """When a plan rings, said plainly ("jeden Tag um 19 Uhr"); `now` is the person's time."""
    today = now.date()
    match plan.repeat:
        case Repeat.DAILY:
            every = _EVERY[plan.days]
            return f"{every} um {clock(plan.at)}" if plan.at else every
        case Repeat.ONCE:
            first = plan.first_time(now)
            return f"{day_ahead(first.date(), today)} um {clock(first.time())}"
        case Repeat.AFTER:
            first = plan.first_time(now)
            at = f"{day_ahead(first.date(), today)} gegen {clock(first.time())}"
            return f"{_delay(plan.after_seconds or 0)}, {at}"


def reminder_set(plan: ReminderPlan, now: datetime) -> str:
    said = f"Erledigt. Ich erinnere Sie {when(plan, now)}."
    if plan.at_peak:
        return (
            f"{said} Um diese Zeit ist die Wirkung oft am stärksten: ich frage, wie es Ihnen geht."
        )
    return said


def daytime_offer(rings: datetime, instead: datetime, today: date) -> str:
    """A reminder worked out from a wait would ring at night: offer a daytime hour."""
    day = day_ahead(instead.date(), today)
    return (
        f"Das wäre nachts um {clock(rings.time())}. "
        f"Soll ich Sie stattdessen {day} um {clock(instead.time())} erinnern?"
    )


def ask_own_time(day: date, today: date) -> str:
    """No to the daytime hour offered: what time would suit them."""
    return (
        f"In Ordnung. Welche Uhrzeit {day_ahead(day, today)} passt Ihnen? "
        "Sie können sagen: um 10 Uhr."
    )


def listed(plans: Sequence[ReminderPlan], now: datetime) -> str:
    if not plans:
        return NO_REMINDERS
    times = [when(plan, now) for plan in plans]
    if len(times) == 1:
        return f"Sie haben eine Erinnerung von mir: {times[0]}. {HOW_TO_CANCEL_ONE}"
    joined = ", ".join(times[:-1]) + f" und {times[-1]}"
    return f"Sie haben {len(times)} Erinnerungen von mir: {joined}. {HOW_TO_CANCEL}"


def cancelled(count: int) -> str:
    if count == 1:
        return "Erledigt. Ich habe Ihre Erinnerung gelöscht."
    return f"Erledigt. Ich habe Ihre {count} Erinnerungen gelöscht."


def cancelled_some(done: int, total: int) -> str:
    return (
        f"Ich habe {done} von Ihren {total} Erinnerungen gelöscht. "
        "Sagen Sie für den Rest noch einmal: lösche meine Erinnerungen."
    )


def partly_cancelled(done: int, total: int) -> str:
    return (
        f"Ich habe {done} von Ihren {total} Erinnerungen gelöscht, die übrigen aber nicht "
        "erreicht. Bitte fragen Sie mich etwas später noch mal."
    )


def ask_am_or_pm(hour: int) -> str:
    """Asked when an hour from 1 to 12 came without saying which half of the day."""
    return f"{hour} Uhr morgens, oder abends?"


def already_set(plan: ReminderPlan, now: datetime) -> str:
    """The person asked for a reminder they already have: no second one."""
    return (
        f"Sie haben schon eine Erinnerung von mir {when(plan, now)}, "
        "deshalb habe ich keine weitere gestellt."
    )


def _times(plans: Sequence[ReminderPlan], now: datetime) -> str:
    said = [when(plan, now) for plan in plans]
    return said[0] if len(said) == 1 else ", ".join(said[:-1]) + f" und {said[-1]}"


def cancelled_these(plans: Sequence[ReminderPlan], now: datetime) -> str:
    noun = "Erinnerung" if len(plans) == 1 else "Erinnerungen"
    return f"Erledigt. Ich habe Ihre {noun} {_times(plans, now)} gelöscht."


_PARTS = {"MO": "morgens", "AF": "nachmittags", "EV": "abends", "NI": "nachts"}


def none_at(said: str | None, plans: Sequence[ReminderPlan], now: datetime) -> str:
    """Nothing at the time named: say what there is instead."""
    if not plans:
        return NOTHING_TO_CANCEL
    part = _PARTS.get(said or "")
    named = part or "zu dieser Uhrzeit"
    return f"Sie haben {named} keine Erinnerung von mir. Sie haben: {_times(plans, now)}."


def cancelled_with_data(count: int) -> str:
    if count == 1:
        return "Ihre Erinnerung von mir habe ich auch gelöscht."
    return f"Ihre {count} Erinnerungen von mir habe ich auch gelöscht."
