"""The Spanish words recorded into the hold: counts, the last seconds, closings, the promise.

Every count says how long is left (see skill.routine.hold_segments for why), so a person
never has to work out whether "cuatro minutos" means done or to go.
"""

from __future__ import annotations

from skill.routine.hold_segments import Closing

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


def minute_words(count: int) -> str:
    """A count of minutes in words, as said before "minutos": "veintinueve", and "uno"
    shortened as before any masculine noun: "veintiún", "treinta y un"."""
    said = number_words(count)
    if said.endswith("veintiuno"):
        return f"{said[: -len('veintiuno')]}veintiún"
    return said[:-1] if said.endswith("uno") else said


# The sentences skill.speech.marks_said chooses from, with their slots.
MINUTES_LEFT = ("Queda un minuto.", "Quedan {number} minutos.")
STAY_QUIET = "Estaré en silencio, y sonará un timbre suave cuando toque soltar."
CHIME_AT = "Sonará un timbre suave {to_go}."
LAST_TEN_SECONDS = "Contaré los últimos diez segundos."
EVERY_MINUTE = "Le diré cada minuto cuánto queda."
TELL_AT = "Le avisaré {to_go}."
AT_ONE_MINUTE = "cuando quede un minuto"
AT_FIRST = "cuando queden {number} minutos"
AND_AT_ONE = "{first}, y cuando quede uno"
THEN_EVERY = "{first}, después cada {step}, y cuando quede uno"
