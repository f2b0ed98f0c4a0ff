"""Was die Skill darüber sagt, wie es der Person geht (German). A break is never scolded."""

from __future__ import annotations

from datetime import date

from skill.routine.pain import PainTrend, pain_trend
from skill.routine.progress import WEEK_DAYS, LastHold, Progress
from skill.speech.de.common import minutes
from skill.speech.de.time_words import day_past

NO_HOLDS_YET = (
    "Sie haben mit mir noch keine Übung gemacht. Wenn Sie so weit sind, fragen Sie einfach "
    "Akupressur Helfer nach Rückenschmerzen."
)
HOLDS_UNREADABLE = (
    "Ich konnte mir Ihre Übungen gerade nicht ansehen. Bitte fragen Sie mich später noch mal."
)
RATING_HINT = (
    "Sagen Sie Schmerzwerte speichern, und bewerten Sie Ihren Schmerz von 0 bis 10 vor und "
    "nach den Übungen."
)


def _holds(count: int) -> str:
    return "1 Übung" if count == 1 else f"{count} Übungen"


def _held_for(last: LastHold) -> str:
    held = last.held_seconds // 60
    return "weniger als eine Minute" if held < 1 else minutes(held)


def last_hold(last: LastHold | None, today: date) -> str:
    """ "Ihre letzte Übung war gestern, 12 Minuten lang."."""
    if last is None:
        return NO_HOLDS_YET
    when = day_past(last.started_at.date(), today)
    return f"Ihre letzte Übung war {when}, {_held_for(last)} lang."


def week(found: Progress) -> str:
    if found.holds_this_week == 0:
        return (
            f"In den letzten {WEEK_DAYS} Tagen haben Sie keine Übung gemacht, und das ist "
            "in Ordnung. Ich bin da, wann immer Sie mich brauchen."
        )
    return (
        f"In den letzten {WEEK_DAYS} Tagen: {_holds(found.holds_this_week)}, "
        f"zusammen {minutes(found.minutes_this_week)}."
    )


def pain(change: float) -> str:
    found = pain_trend(change)
    match found.trend:
        case PainTrend.EASED:
            points = "1 Punkt" if found.points_eased == 1 else f"{found.points_eased} Punkte"
            return f"Im Schnitt lässt Ihr Schmerz nach einer Übung um etwa {points} nach."
        case PainTrend.SAME:
            return "Im Schnitt fühlt sich Ihr Schmerz nach einer Übung etwa gleich an."
        case PainTrend.WORSE:
            return (
                "Im Schnitt hat Ihr Schmerz nach den Übungen nicht nachgelassen. "
                "Ist er schlimmer, gehen Sie bitte zum Arzt."
            )


def in_a_row(days: int) -> str:
    return f"{days} Tage hintereinander. Sehr gut."
