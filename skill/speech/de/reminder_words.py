"""Was die Skill über Erinnerungen sagt, und was die Erinnerung selbst sagt (German).

Times are said on the 24-hour clock ("um 19 Uhr"), as people in Germany say them.
"""

from __future__ import annotations

from datetime import date, datetime, time

from skill.routine.reminder_days import Days
from skill.routine.reminder_plan import PlanProblem
from skill.speech.de.time_words import clock
from skill.speech.de.time_words import day_ahead as day_ahead  # noqa: PLC0414 - the pack gives it

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
PROBLEMS = {
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


# The pieces skill.speech.reminder_answer puts together, and its sentences with slots:
# where a pair is given, the first is for one reminder, the second for more.
EVERY = {
    Days.EVERY_DAY: "jeden Tag",
    Days.WEEKDAYS: "jeden Werktag",
    Days.WEEKENDS: "jeden Samstag und Sonntag",
}
PARTS = {"MO": "morgens", "AF": "nachmittags", "EV": "abends", "NI": "nachts"}
AT_THAT_TIME = "zu dieser Uhrzeit"
AND = " und "
LIST_AND = " und "

IN_A_DAY_AND_A_HALF = "in anderthalb Tagen"
IN_DAYS = ("in 1 Tag", "in {count} Tagen")
IN_HOURS = ("in 1 Stunde", "in {count} Stunden")
IN_MINUTES = ("in 1 Minute", "in {count} Minuten")

SET = "Erledigt. Ich erinnere Sie {when}."
SET_AT_PEAK = "Um diese Zeit ist die Wirkung oft am stärksten: ich frage, wie es Ihnen geht."
ASK_TIME_EVERY = "Um welche Uhrzeit {every}? Sie können sagen: um 8 Uhr."
ALREADY_SET = (
    "Sie haben schon eine Erinnerung von mir {when}, deshalb habe ich keine weitere gestellt."
)
# The part of the day comes before what there is not: "Sie haben abends keine Erinnerung".
NONE_AT = "Sie haben {named} keine Erinnerung von mir. Sie haben: {times}."
LISTED = (
    f"Sie haben eine Erinnerung von mir: {{times}}. {HOW_TO_CANCEL_ONE}",
    f"Sie haben {{count}} Erinnerungen von mir: {{times}}. {HOW_TO_CANCEL}",
)
CANCELLED = (
    "Erledigt. Ich habe Ihre Erinnerung gelöscht.",
    "Erledigt. Ich habe Ihre {count} Erinnerungen gelöscht.",
)
# The verb comes last: "Ich habe Ihre Erinnerung jeden Tag um 19 Uhr gelöscht."
CANCELLED_THESE = (
    "Erledigt. Ich habe Ihre Erinnerung {times} gelöscht.",
    "Erledigt. Ich habe Ihre Erinnerungen {times} gelöscht.",
)
CANCELLED_WITH_DATA = (
    "Ihre Erinnerung von mir habe ich auch gelöscht.",
    "Ihre {count} Erinnerungen von mir habe ich auch gelöscht.",
)


def at(when: time) -> str:
    return f"um {clock(when)}"


def about(when: time) -> str:
    return f"gegen {clock(when)}"


def ask_time_on(day: date, today: date) -> str:
    return f"Um welche Uhrzeit {day_ahead(day, today)}? Sie können sagen: um 19 Uhr."


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
