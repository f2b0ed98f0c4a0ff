"""What the skill says in Spanish about how the person is doing. A break is never scolded."""

from __future__ import annotations

from datetime import date

from skill.routine.pain import PainTrend, pain_trend
from skill.routine.progress import WEEK_DAYS, LastHold, Progress
from skill.speech.es.common import ASK_AGAIN, minutes
from skill.speech.es.time_words import day_past

NO_HOLDS_YET = f"Todavía no ha hecho ninguna sesión conmigo. Cuando quiera, {ASK_AGAIN}."
HOLDS_UNREADABLE = "Ahora mismo no he podido ver sus sesiones. Pregúnteme otra vez más tarde."
RATING_HINT = "Diga guarda mis puntuaciones, y luego valore su dolor del 0 al 10 antes y después."


def _holds(count: int) -> str:
    return "1 sesión" if count == 1 else f"{count} sesiones"


def _held_for(last: LastHold) -> str:
    held = last.held_seconds // 60
    return "menos de un minuto" if held < 1 else minutes(held)


def last_hold(last: LastHold | None, today: date) -> str:
    """ "Su última sesión fue ayer, de 12 minutos."."""
    if last is None:
        return NO_HOLDS_YET
    return f"Su última sesión fue {day_past(last.started_at.date(), today)}, de {_held_for(last)}."


def week(found: Progress) -> str:
    if found.holds_this_week == 0:
        return (
            f"No ha hecho ninguna sesión en los últimos {WEEK_DAYS} días, y no pasa nada. "
            "Aquí estoy cuando me necesite."
        )
    return (
        f"En los últimos {WEEK_DAYS} días ha hecho {_holds(found.holds_this_week)}, "
        f"{minutes(found.minutes_this_week)} en total."
    )


def pain(change: float) -> str:
    found = pain_trend(change)
    match found.trend:
        case PainTrend.EASED:
            points = "1 punto" if found.points_eased == 1 else f"{found.points_eased} puntos"
            return f"De media, su dolor baja {points} después de cada sesión."
        case PainTrend.SAME:
            return "De media, su dolor sigue más o menos igual después de cada sesión."
        case PainTrend.WORSE:
            return (
                "De media, su dolor no ha bajado tras las sesiones. "
                "Si empeora, consulte a un médico."
            )


def in_a_row(days: int) -> str:
    return f"Son {days} días seguidos. Muy bien."
