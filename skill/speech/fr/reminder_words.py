"""What the skill says in French about reminders, and what a reminder says when it rings.

Times are on the 24-hour clock ("à 19 h"), as France and Québec say them.
"""

from __future__ import annotations

from datetime import date, datetime, time

from skill.routine.reminder_days import Days
from skill.routine.reminder_plan import PlanProblem
from skill.speech.fr.common import NAME, OPEN_IT
from skill.speech.fr.time_words import at_clock, clock
from skill.speech.fr.time_words import day_ahead as day_ahead  # noqa: PLC0414 - the pack gives it

# Alexa speaks this when the reminder rings; it says how to start.
REMINDER_TEXT = f"C'est l'heure de votre acupression. Dites : {OPEN_IT}."
# The reminder a day and a half after a hold says what that moment is, not "press again".
PEAK_REMINDER_TEXT = (
    "Cela fait environ un jour et demi depuis votre acupression, le moment où l'effet est "
    "souvent le plus fort. Comment va votre dos maintenant?"
)

ASK_WHEN = (
    "Quand voulez-vous que je vous le rappelle? Vous pouvez dire : tous les jours à 19 h, "
    "ou : demain à 8 h."
)
ASK_WHEN_REPROMPT = "Dites quand, par exemple : tous les jours à 19 h."
ASK_DAILY_TIME = "À quelle heure chaque jour? Vous pouvez dire : tous les jours à 19 h."
DAYTIME_REPROMPT = "Je le mets plutôt à cette heure de la journée? Dites oui, ou non."
PROBLEMS = {
    PlanProblem.UNCLEAR: "Désolée, je n'ai pas compris quand.",
    PlanProblem.PAST: "Cette heure est déjà passée.",
    PlanProblem.TOO_SOON: "C'est un peu trop tôt pour un rappel.",
    PlanProblem.TOO_FAR: "C'est plus loin que ce que je peux programmer.",
}

PERMISSION_LEAD = "Pour créer un rappel, j'ai d'abord besoin de votre autorisation."
DECLINED = (
    "D'accord, pas de rappel. Si vous changez d'avis, vous pouvez autoriser les rappels "
    f"pour {NAME} dans l'application Alexa."
)
NOT_ANSWERED = "D'accord, je ne crée pas de rappel pour l'instant."
STILL_DECLINED = (
    "Je ne peux pas créer de rappels sans votre autorisation. Vous pouvez les autoriser "
    f"pour {NAME} dans l'application Alexa."
)
BUSY = "Les rappels sont occupés pour l'instant. Redemandez-moi dans une minute."
UNREACHABLE = "Je n'ai pas pu joindre vos rappels pour l'instant. Redemandez-moi un peu plus tard."

NO_REMINDERS = "Vous n'avez aucun rappel de ma part."
NOT_ALLOWED_TO_LIST = (
    "Vous ne m'avez pas autorisée à créer des rappels, donc vous n'en avez aucun de ma part."
)
HOW_TO_CANCEL = (
    "Pour en arrêter un, dites son heure, par exemple : annule mon rappel de 19 h. "
    "Ou dites : annule tous mes rappels."
)
HOW_TO_CANCEL_ONE = "Pour l'arrêter, dites : annule mes rappels."
NOTHING_TO_CANCEL = "Vous n'avez aucun rappel de ma part à annuler."

REMINDERS_LEFT = (
    "Mais je n'ai pas pu joindre vos rappels pour les annuler. "
    "Vous pouvez les désactiver dans l'application Alexa, sous Rappels."
)
ASK_AM_PM_REPROMPT = "Dites le matin, ou le soir."

OFFER = (
    "Re-bonjour, et bravo pour votre première séance. Si un rappel peut vous aider, "
    "dites : rappelle-moi tous les jours à 19 h."
)


# The pieces skill.speech.reminder_answer puts together, and its sentences with slots:
# where a pair is given, the first is for one reminder, the second for more.
# "Samedi et dimanche" rather than "le week-end" (France) or "la fin de semaine" (Québec).
EVERY = {
    Days.EVERY_DAY: "tous les jours",
    Days.WEEKDAYS: "du lundi au vendredi",
    Days.WEEKENDS: "le samedi et le dimanche",
}
PARTS = {"MO": "le matin", "AF": "l'après-midi", "EV": "le soir", "NI": "la nuit"}
AT_THAT_TIME = "à cette heure-là"
AND = " et "
LIST_AND = ", et "

IN_A_DAY_AND_A_HALF = "dans un jour et demi"
IN_DAYS = ("dans 1 jour", "dans {count} jours")
IN_HOURS = ("dans 1 heure", "dans {count} heures")
IN_MINUTES = ("dans 1 minute", "dans {count} minutes")

SET = "C'est fait. Je vous le rappellerai {when}."
SET_AT_PEAK = (
    "C'est souvent le moment où l'effet est le plus fort : je vous demanderai comment vous allez."
)
ASK_TIME_EVERY = "À quelle heure, {every}? Vous pouvez dire : à 8 h."
ALREADY_SET = "Vous avez déjà un rappel de ma part {when}, je n'en ajoute pas d'autre."
NONE_AT = "Vous n'avez pas de rappel de ma part {named}. Vous avez : {times}."
LISTED = (
    f"Vous avez un rappel de ma part : {{times}}. {HOW_TO_CANCEL_ONE}",
    f"Vous avez {{count}} rappels de ma part : {{times}}. {HOW_TO_CANCEL}",
)
CANCELLED = (
    "C'est fait. J'ai annulé votre rappel.",
    "C'est fait. J'ai annulé vos {count} rappels.",
)
CANCELLED_THESE = (
    "C'est fait. J'ai annulé votre rappel {times}.",
    "C'est fait. J'ai annulé vos rappels {times}.",
)
CANCELLED_WITH_DATA = ("J'ai aussi annulé votre rappel.", "J'ai aussi annulé vos {count} rappels.")


def at(when: time) -> str:
    return at_clock(when)


def about(when: time) -> str:
    return f"vers {clock(when)}"


def ask_time_on(day: date, today: date) -> str:
    return f"À quelle heure, {day_ahead(day, today)}? Vous pouvez dire : à 19 h."


def _at_night(at: time) -> str:
    """ "2 h 30 du matin", "23 h", "minuit"."""
    if at == time(0):
        return "minuit"
    if at.hour < 12:
        return f"{clock(at)} du matin"
    return clock(at)


def _in_the_day(at: time) -> str:
    """ "9 h du matin", "15 h", "19 h"."""
    return f"{clock(at)} du matin" if at.hour < 12 else clock(at)


def daytime_offer(rings: datetime, instead: datetime, today: date) -> str:
    """A reminder worked out from a wait would ring at night: offer a daytime hour."""
    day = day_ahead(instead.date(), today)
    return (
        f"Ça tomberait à {_at_night(rings.time())}. "
        f"Je vous le rappelle plutôt {day} à {_in_the_day(instead.time())}?"
    )


def ask_own_time(day: date, today: date) -> str:
    """No to the daytime hour offered: what time would suit them."""
    return (
        f"D'accord. À quelle heure {day_ahead(day, today)} vous conviendrait? "
        "Vous pouvez dire : à 10 h."
    )


def cancelled_some(done: int, total: int) -> str:
    return f"J'ai annulé {done} de vos {total} rappels. Redites annule mes rappels pour les autres."


def partly_cancelled(done: int, total: int) -> str:
    return (
        f"J'ai annulé {done} de vos {total} rappels, mais je n'ai pas pu joindre les autres. "
        "Redemandez-moi un peu plus tard."
    )


def ask_am_or_pm(hour: int) -> str:
    """ "7 h du matin, ou 19 h?": asked when an hour came without morning or evening."""
    evening = hour % 12 + 12
    return f"{hour % 12 or 12} h du matin, ou {evening} h?"
