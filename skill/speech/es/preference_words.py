"""What the skill says in Spanish when a person changes how it works, or rates their pain."""

from __future__ import annotations

from skill.routine.cadence import Cadence
from skill.routine.pain import PainTrend, pain_trend
from skill.routine.speech_rate import SpeechRate
from skill.speech.es.common import minutes

_CADENCE_SET = {
    Cadence.MINUTE: "De acuerdo. En sus sesiones, le diré cada minuto.",
    Cadence.FIVE: "De acuerdo. En sus sesiones, le diré el tiempo cada cinco minutos.",
    Cadence.QUIET: "De acuerdo. En sus sesiones, solo sonará un timbre suave cada cinco minutos.",
}
_RATE_SET = {
    SpeechRate.SLOW: "De acuerdo, hablaré más despacio.",
    SpeechRate.NORMAL: "De acuerdo, vuelvo a mi velocidad normal.",
    SpeechRate.FAST: "De acuerdo, hablaré un poco más rápido.",
}
_RATE_LIMIT = {
    SpeechRate.SLOW: "Esto es lo más despacio que hablo.",
    SpeechRate.FAST: "Esto es lo más rápido que hablo.",
}

RATING_UNCLEAR = "Perdone, no le he entendido. Diga un número del 0 al 10, como: mi dolor es un 6."
RATING_REPROMPT = "Diga un número del 0 al 10, como: mi dolor es un 6."
WORSE_AFTER = "Si el dolor va a peor, consulte a un médico."
RATE_WHEN_DONE = (
    "La sesión sigue en marcha. Dígame cómo está su dolor cuando termine, y lo compararé."
)
KEEP_QUESTION = "¿Guardo sus niveles de dolor, para decirle cómo cambian?"
KEEP_REPROMPT = "¿Guardo sus niveles de dolor? Diga sí o no."
KEEPING = (
    "De acuerdo, guardaré sus niveles de dolor. Para dejarlo, diga: no guardes mis puntuaciones."
)
NOT_KEEPING = "De acuerdo, no los guardaré. Aun así, los compararé antes y después de cada sesión."
STOPPED_KEEPING = "De acuerdo. He borrado los niveles que guardaba, y no guardaré más."
STOPPED_KEEPING_NOT_DELETED = (
    "De acuerdo, no guardaré más niveles de dolor. Ahora mismo no he podido borrar los que "
    "tenía, así que dígamelo otra vez más tarde."
)
PLAYING_HINT = "La sesión sigue en marcha. Diga Alexa, continúa, para seguir."


def usual_set(count: int) -> str:
    return f"Hecho. Su sesión habitual ahora es de {minutes(count)}."


def cadence_set(cadence: Cadence) -> str:
    return _CADENCE_SET[cadence]


def rate_set(rate: SpeechRate, *, changed: bool) -> str:
    if not changed and rate in _RATE_LIMIT:
        return _RATE_LIMIT[rate]
    return _RATE_SET[rate]


def rated_before(rating: int) -> str:
    return f"Gracias. Antes de la sesión, su dolor es un {rating} de 10."


def rated_after(before: int | None, after: int) -> str:
    """Thanks for a rating after a hold, with the change when there was one before."""
    if before is None:
        return f"Gracias. Después de esa sesión, su dolor es un {after} de 10."
    said = f"Gracias. Su dolor era un {before} antes de la sesión, y ahora es un {after}."
    found = pain_trend(after - before)
    match found.trend:
        case PainTrend.EASED:
            eased = found.points_eased
            return (
                f"{said} Es un punto menos." if eased == 1 else f"{said} Son {eased} puntos menos."
            )
        case PainTrend.WORSE:
            return f"{said} {WORSE_AFTER}"
        case PainTrend.SAME:
            return said
