"""Was die Skill sagt, wenn jemand Einstellungen ändert oder den Schmerz bewertet (German)."""

from __future__ import annotations

from skill.routine.cadence import Cadence
from skill.routine.pain import PainTrend, pain_trend
from skill.routine.speech_rate import SpeechRate
from skill.speech.de.common import minutes

_CADENCE_SET = {
    Cadence.MINUTE: "In Ordnung. Bei Ihren Übungen zähle ich jede Minute.",
    Cadence.FIVE: "In Ordnung. Bei Ihren Übungen sage ich alle fünf Minuten die Zeit.",
    Cadence.QUIET: "In Ordnung. Bei Ihren Übungen klingt nur alle fünf Minuten ein leiser Gong.",
}
_RATE_SET = {
    SpeechRate.SLOW: "In Ordnung, ich spreche langsamer.",
    SpeechRate.NORMAL: "In Ordnung, wieder in meinem normalen Tempo.",
    SpeechRate.FAST: "In Ordnung, ich spreche etwas schneller.",
}
_RATE_LIMIT = {
    SpeechRate.SLOW: "Langsamer spreche ich nicht.",
    SpeechRate.FAST: "Schneller spreche ich nicht.",
}

RATING_UNCLEAR = (
    "Entschuldigung, das habe ich nicht verstanden. Sagen Sie eine Zahl von 0 bis 10, "
    "zum Beispiel: mein Schmerz ist eine 6."
)
RATING_REPROMPT = "Sagen Sie eine Zahl von 0 bis 10, zum Beispiel: mein Schmerz ist eine 6."
WORSE_AFTER = "Wenn der Schmerz schlimmer wird, fragen Sie bitte eine Ärztin oder einen Arzt."
RATE_WHEN_DONE = (
    "Die Übung läuft noch. Sagen Sie mir nach dem Ende, wie Ihr Schmerz ist, dann vergleiche ich."
)
KEEP_QUESTION = (
    "Soll ich Ihre Schmerzwerte speichern, damit ich Ihnen sagen kann, wie sie sich ändern?"
)
KEEP_REPROMPT = "Soll ich Ihre Schmerzwerte speichern? Sagen Sie ja oder nein."
KEEPING = (
    "In Ordnung, ab jetzt speichere ich Ihre Schmerzwerte. Zum Beenden sagen Sie: "
    "Schmerzwerte nicht mehr speichern."
)
NOT_KEEPING = (
    "In Ordnung, ich speichere sie nicht. Vergleichen kann ich vor und nach einer Übung trotzdem."
)
STOPPED_KEEPING = "In Ordnung. Ich habe die gespeicherten Werte gelöscht und speichere keine mehr."
STOPPED_KEEPING_NOT_DELETED = (
    "In Ordnung, ich speichere keine Werte mehr. Die gespeicherten konnte ich gerade nicht "
    "löschen; bitte sagen Sie das später noch einmal."
)


def usual_set(count: int) -> str:
    return f"Erledigt. Ihre übliche Übung dauert jetzt {minutes(count)}."


def cadence_set(cadence: Cadence) -> str:
    return _CADENCE_SET[cadence]


def rate_set(rate: SpeechRate, *, changed: bool) -> str:
    if not changed and rate in _RATE_LIMIT:
        return _RATE_LIMIT[rate]
    return _RATE_SET[rate]


def rated_before(rating: int) -> str:
    return f"Danke. Ihr Schmerz liegt vor der Übung bei {rating} von 10."


def rated_after(before: int | None, after: int) -> str:
    """Thanks for a rating after a hold, with the change when there was one before."""
    if before is None:
        return f"Danke. Ihr Schmerz liegt nach der Übung bei {after} von 10."
    said = f"Danke. Vor der Übung lag Ihr Schmerz bei {before}, jetzt bei {after}."
    found = pain_trend(after - before)
    match found.trend:
        case PainTrend.EASED:
            eased = found.points_eased
            return f"{said} Das ist {eased} {'Punkt' if eased == 1 else 'Punkte'} besser."
        case PainTrend.WORSE:
            return f"{said} {WORSE_AFTER}"
        case PainTrend.SAME:
            return said
