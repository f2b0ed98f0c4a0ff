"""The Spanish words recorded into the hold: counts, the last seconds, closings, the promise.

Every count says how long is left (see skill.routine.hold_segments for why), so a person
never has to work out whether "cuatro minutos" means done or to go.
"""

from __future__ import annotations

from skill.routine.cadence import Cadence
from skill.routine.hold_plan import HoldPlan
from skill.routine.hold_segments import (
    FIVE_STEP,
    LAST_MINUTE,
    Closing,
    LetGo,
    MinutesLeft,
    Said,
    SecondsLeft,
)

_UNITS = (
    "", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
    "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho",
    "diecinueve", "veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro",
    "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve",
)  # fmt: skip
_TENS = ("", "", "", "treinta", "cuarenta", "cincuenta", "sesenta")

# Recorded audio never says the wake word: the device playing it could wake itself. Nor
# does it offer a reminder: the recording is the same for everyone.
_LET_GO = "Muy bien. Ya puede soltar con suavidad."
_GETTING_UP = "Levántese con calma."
# Facts as the article gives them: pain often starts to ease after about five minutes;
# the full effect takes about thirty; the effect carries on for hours afterwards, and is
# at its strongest about a day and a half (36 hours) later. The after-effects are spoken
# of only after a full hold; a shorter one gets modest words and no promise.
CLOSING_WORDS = {
    Closing.SHORT: (
        f"{_LET_GO} El dolor suele empezar a aliviarse tras unos cinco minutos apretando, "
        f"así que otro día puede probar más tiempo. {_GETTING_UP}"
    ),
    Closing.PARTIAL: (
        f"{_LET_GO} El efecto completo suele llegar a los treinta minutos, "
        f"por si otro día quiere apretar más tiempo. {_GETTING_UP}"
    ),
    Closing.FULL: (
        "Muy bien. Ha apretado lo suficiente para el efecto completo. Ya puede soltar con "
        "suavidad. El efecto suele durar horas, y a menudo es más fuerte "
        f"dentro de un día y medio. {_GETTING_UP}"
    ),
}


def number_words(number: int) -> str:
    """A whole number from 1 to 69 in words: "veintinueve", "treinta y uno"."""
    if not 1 <= number <= 69:
        raise ValueError(f"no hay palabras para {number}")
    if number < 30:
        return _UNITS[number]
    tens, units = divmod(number, 10)
    return f"{_TENS[tens]} y {_UNITS[units]}" if units else _TENS[tens]


def _sentence(words: str) -> str:
    return f"{words[0].upper()}{words[1:]}."


def minutes_left_words(count: int) -> str:
    """A count of minutes to go, as in "Quedan veintinueve minutos." """
    if count == 1:
        return "Queda un minuto."
    return _sentence(f"quedan {number_words(count)} minutos")


def countdown_words(seconds: int) -> str:
    """One of the last seconds, as in "Diez." """
    return _sentence(number_words(seconds))


def words(said: Said | None) -> str:
    """What a mark says aloud; "" for a chime alone."""
    match said:
        case None:
            return ""
        case MinutesLeft(minutes):
            return minutes_left_words(minutes)
        case SecondsLeft(seconds):
            return countdown_words(seconds)
        case LetGo(closing):
            return CLOSING_WORDS[closing]


def _to_go(counts: tuple[int, ...]) -> str:
    """When the counts come, in words: true for this hold's own counts."""
    if counts == (LAST_MINUTE,):
        return "cuando quede un minuto"
    first = f"cuando queden {number_words(counts[0])} minutos"
    if len(counts) == 2:
        return f"{first}, y cuando quede uno"
    return f"{first}, después cada {number_words(FIVE_STEP)}, y cuando quede uno"


def promise(plan: HoldPlan) -> str:
    """How the hold will be counted, as its own plan counts it, short holds included."""
    counts = plan.counts_after_start
    if plan.cadence is Cadence.QUIET:
        if not counts:
            return "Estaré en silencio, y sonará un timbre suave cuando toque soltar."
        return f"Sonará un timbre suave {_to_go(counts)}."
    if not counts:
        return "Contaré los últimos diez segundos."
    if plan.cadence is Cadence.MINUTE:
        return "Le diré cada minuto cuánto queda."
    return f"Le avisaré {_to_go(counts)}."
