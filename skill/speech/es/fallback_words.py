"""What the skill says in Spanish when it did not understand: more help each time."""

from __future__ import annotations

from skill.routine.journey import Journey, Stage
from skill.speech.es.common import ASK_AGAIN

DIDNT_CATCH = "Perdone, no le he entendido."
TAKE_YOUR_TIME = "Tómese su tiempo."
# From the third miss in a row at the same place, each miss gets the next of these, so no
# two in a row are the same however long it goes on.
_STILL_MISSED = (
    "Lo siento, sigo sin entenderle. Diga ayuda para oír qué puede decir, o para, para terminar.",
    "Perdone, me está costando. Puede decir empieza de nuevo, para volver al principio.",
    "Lo siento. Quizá sea más fácil en otro momento: diga para, y vuelva cuando quiera.",
)

# Frustration and swearing: calm, a different answer each time, and always a way out.
_FRUSTRATED = (
    "Lo siento, es frustrante. Probemos de otra forma: diga empieza de nuevo, ayuda, o para.",
    "Perdone, no lo estoy haciendo bien. Diga ayuda para oír lo que entiendo, o para.",
    "Le entiendo, y lo siento. Si quiere empezar de cero, diga: empieza de nuevo.",
    "No pasa nada. Puede dejarlo por ahora: diga para, y vuelva cuando quiera.",
    "Perdone. Respire hondo, y cuando quiera, diga ayuda, empieza de nuevo, o para.",
)
FRUSTRATED_ONE_SHOT = (
    f"Siento que haya sido frustrante. Cuando quiera volver a probar, {ASK_AGAIN}."
)
# Over a hold, which plays on: the way out is the hold's own.
_FRUSTRATED_IN_HOLD = (
    "Lo siento. Si quiere terminar, diga para.",
    "Perdone. Puede decir pausa para descansar, o para, para terminar.",
    "No pasa nada. Diga para cuando quiera terminar.",
)


def still_missed(misses: int) -> str:
    """The third miss in a row and after: never the same words as the miss before."""
    return _STILL_MISSED[(misses - 3) % len(_STILL_MISSED)]


def frustrated(count: int) -> str:
    """The `count`th time (from 1) in a session the person is frustrated or swears."""
    return _FRUSTRATED[(count - 1) % len(_FRUSTRATED)]


def frustrated_in_hold(seed: int) -> str:
    """Frustration over a hold, which opens a new session each time: `seed` varies the words."""
    return _FRUSTRATED_IN_HOLD[seed % len(_FRUSTRATED_IN_HOLD)]


def simpler_choice(journey: Journey) -> str:
    """After a second miss at the same place: the fewest words that move the person on."""
    if journey.pending is not None:
        return "Perdone. Diga solo sí, o no."
    match journey.stage:
        case Stage.OFFER | Stage.USUAL:
            return "Perdone. Diga solo sí, o no."
        case Stage.HOLDER:
            return "Perdone. Diga solo: yo, o: me ayudan."
        case Stage.LOCATE:
            return "Perdone. Diga solo siguiente, o lo encontré."
        case Stage.QUICK_LOCATE:
            return "Perdone. Diga solo lo encontré, o guíame."
        case Stage.LENGTH | Stage.HOLD:
            return "Perdone. Diga solo 5 minutos, o 30 minutos."
