"""What the skill says in French about reminders, and what a reminder says when it rings.

Times are on the 24-hour clock ("à 19 h"), as France and Québec say them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

from skill.routine.reminder_days import Days
from skill.routine.reminder_plan import PEAK_EFFECT_SECONDS, PlanProblem, ReminderPlan, Repeat
from skill.speech.fr.common import NAME, OPEN_IT
from skill.speech.fr.time_words import at_clock, clock, day_ahead

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
_PROBLEMS = {
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


def problem(found: PlanProblem) -> str:
    return _PROBLEMS[found]


def ask_time_on(day: date, today: date) -> str:
    return f"À quelle heure, {day_ahead(day, today)}? Vous pouvez dire : à 19 h."


def _delay(seconds: int) -> str:
    if seconds == PEAK_EFFECT_SECONDS:
        return "dans un jour et demi"
    if seconds % 86400 == 0:
        days = seconds // 86400
        return "dans 1 jour" if days == 1 else f"dans {days} jours"
    if seconds % 3600 == 0:
        hours = seconds // 3600
        return "dans 1 heure" if hours == 1 else f"dans {hours} heures"
    minutes = round(seconds / 60)
    return "dans 1 minute" if minutes == 1 else f"dans {minutes} minutes"


# "Samedi et dimanche" rather than "le week-end" (France) or "la fin de semaine" (Québec).
_EVERY = {
    Days.EVERY_DAY: "tous les jours",
    Days.WEEKDAYS: "du lundi au vendredi",
    Days.WEEKENDS: "le samedi et le dimanche",
}


def ask_daily_time(days: Days) -> str:
    if days == Days.EVERY_DAY:
        return ASK_DAILY_TIME
    return f"À quelle heure, {_EVERY[days]}? Vous pouvez dire : à 8 h."


def when(plan: ReminderPlan, now: datetime) -> str:
    """When a plan rings, said plainly ("tous les jours à 19 h"); `now` is the person's time."""
    today = now.date()
    match plan.repeat:
        case Repeat.DAILY:
            every = _EVERY[plan.days]
            return f"{every} {at_clock(plan.at)}" if plan.at else every
        case Repeat.ONCE:
            first = plan.first_time(now)
            return f"{day_ahead(first.date(), today)} {at_clock(first.time())}"
        case Repeat.AFTER:
            first = plan.first_time(now)
            at = f"{day_ahead(first.date(), today)} vers {clock(first.time())}"
            return f"{_delay(plan.after_seconds or 0)}, {at}"


def reminder_set(plan: ReminderPlan, now: datetime) -> str:
    said = f"C'est fait. Je vous le rappellerai {when(plan, now)}."
    if plan.at_peak:
        return (
            f"{said} C'est souvent le moment où l'effet est le plus fort : "
            "je vous demanderai comment vous allez."
        )
    return said


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


def listed(plans: Sequence[ReminderPlan], now: datetime) -> str:
    if not plans:
        return NO_REMINDERS
    times = [when(plan, now) for plan in plans]
    if len(times) == 1:
        return f"Vous avez un rappel de ma part : {times[0]}. {HOW_TO_CANCEL_ONE}"
    joined = ", ".join(times[:-1]) + f", et {times[-1]}"
    return f"Vous avez {len(times)} rappels de ma part : {joined}. {HOW_TO_CANCEL}"


def cancelled(count: int) -> str:
    if count == 1:
        return "C'est fait. J'ai annulé votre rappel."
    return f"C'est fait. J'ai annulé vos {count} rappels."


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


def already_set(plan: ReminderPlan, now: datetime) -> str:
    """The person asked for a reminder they already have: no second one."""
    return f"Vous avez déjà un rappel de ma part {when(plan, now)}, je n'en ajoute pas d'autre."


def _times(plans: Sequence[ReminderPlan], now: datetime) -> str:
    said = [when(plan, now) for plan in plans]
    return said[0] if len(said) == 1 else ", ".join(said[:-1]) + f" et {said[-1]}"


def cancelled_these(plans: Sequence[ReminderPlan], now: datetime) -> str:
    noun = "votre rappel" if len(plans) == 1 else "vos rappels"
    return f"C'est fait. J'ai annulé {noun} {_times(plans, now)}."


_PARTS = {"MO": "le matin", "AF": "l'après-midi", "EV": "le soir", "NI": "la nuit"}


def none_at(said: str | None, plans: Sequence[ReminderPlan], now: datetime) -> str:
    """Nothing at the time named: say what there is instead."""
    if not plans:
        return NOTHING_TO_CANCEL
    named = _PARTS.get(said or "", "à cette heure-là")
    return f"Vous n'avez pas de rappel de ma part {named}. Vous avez : {_times(plans, now)}."


def cancelled_with_data(count: int) -> str:
    if count == 1:
        return "J'ai aussi annulé votre rappel."
    return f"J'ai aussi annulé vos {count} rappels."
