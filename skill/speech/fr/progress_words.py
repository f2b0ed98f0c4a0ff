"""What the skill says in French about how the person is doing. A break is never scolded."""

from __future__ import annotations

from datetime import date

from skill.routine.pain import PainTrend, pain_trend
from skill.routine.progress import WEEK_DAYS, LastHold, Progress
from skill.speech.fr.common import OPEN_IT, minutes
from skill.speech.fr.time_words import day_past

NO_HOLDS_YET = (
    f"Vous n'avez pas encore fait de séance avec moi. Quand vous voulez, dites : {OPEN_IT}."
)
HOLDS_UNREADABLE = "Je n'ai pas pu retrouver vos séances pour l'instant. Redemandez-moi plus tard."
RATING_HINT = (
    "Dites garde mes notes, puis notez votre douleur de 0 à 10 avant et après les séances."
)


def _holds(count: int) -> str:
    return "1 séance" if count == 1 else f"{count} séances"


def _held_for(last: LastHold) -> str:
    held = last.held_seconds // 60
    return "moins d'une minute" if held < 1 else minutes(held)


def last_hold(last: LastHold | None, today: date) -> str:
    """ "Votre dernière séance, c'était hier, pendant 12 minutes."."""
    if last is None:
        return NO_HOLDS_YET
    when = day_past(last.started_at.date(), today)
    return f"Votre dernière séance, c'était {when}, pendant {_held_for(last)}."


def week(found: Progress) -> str:
    if found.holds_this_week == 0:
        return (
            f"Vous n'avez pas fait de séance ces {WEEK_DAYS} derniers jours, "
            "et ce n'est pas grave. Je suis là quand vous avez besoin de moi."
        )
    return (
        f"Ces {WEEK_DAYS} derniers jours, vous avez fait {_holds(found.holds_this_week)}, "
        f"{minutes(found.minutes_this_week)} en tout."
    )


def pain(change: float) -> str:
    found = pain_trend(change)
    match found.trend:
        case PainTrend.EASED:
            points = "1 point" if found.points_eased == 1 else f"{found.points_eased} points"
            return f"En moyenne, votre douleur baisse d'environ {points} après une séance."
        case PainTrend.SAME:
            return "En moyenne, votre douleur reste à peu près la même après une séance."
        case PainTrend.WORSE:
            return (
                "En moyenne, votre douleur n'a pas baissé après les séances. "
                "Si elle empire, consultez un médecin."
            )


def in_a_row(days: int) -> str:
    return f"Ça fait {days} jours de suite. Bravo."
