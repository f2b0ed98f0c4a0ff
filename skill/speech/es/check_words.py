"""The safety check, and the other yes-or-no questions asked on the way, in Spanish.

The safety note is two short turns, each ending with a check, so a person in pain
hears it in pieces and says whether any of it applies to them.
"""

from __future__ import annotations

from skill.routine.hold_length import FULL_EFFECT_MINUTES
from skill.routine.journey import Pending

APPLIES = "¿Le pasa algo de esto?"

SAFETY_FIRST = (
    "Primero, unas preguntas de seguridad. ¿Tiene las piernas dormidas o débiles? "
    "¿Le cuesta controlar la orina o el intestino? "
    "¿Tiene fiebre, o dolor por una caída o un golpe? " + APPLIES
)
SAFETY_SECOND = (
    "Gracias. Esto es autocuidado, no consejo médico. "
    "¿Tiene la parte de atrás de la rodilla hinchada, lesionada o con varices? "
    "¿Le duele o se le ha hinchado la pantorrilla? ¿O está embarazada? " + APPLIES
)
SAFETY_CLEAR = "Todo en orden, gracias."
SAFETY_TITLE = "Primero, la seguridad"

OTHER_PAIN = "Siento que le duela. Esta rutina es para el dolor en la parte baja de la espalda."
OTHER_PAIN_CHOICE = "¿Quiere seguir con ella, o parar?"
OTHER_PAIN_OF = "Siento que le duela: {place}. Esta rutina es para la parte baja de la espalda."

INSTEAD = "De acuerdo. ¿Qué prefiere: otra duración, como 10 minutos, o lo dejamos para otro día?"
INSTEAD_REPROMPT = "Diga un número de minutos, o: hoy no."
LENGTH_INSTEAD = "De acuerdo. ¿Cuánto tiempo prefiere?"


def suggest(minutes: int) -> str:
    if minutes == FULL_EFFECT_MINUTES:
        return f"Le propongo {minutes} minutos, para el efecto completo. ¿Hacemos {minutes}?"
    return f"Le propongo {minutes} minutos. ¿Hacemos {minutes}?"


def question(pending: Pending, suggested: int | None) -> str:
    """The question asked on the way, as first asked."""
    match pending:
        case Pending.SAFETY_FIRST:
            return SAFETY_FIRST
        case Pending.SAFETY_SECOND:
            return SAFETY_SECOND
        case Pending.OTHER_PAIN:
            return OTHER_PAIN_CHOICE
        case Pending.CONFIRM_LENGTH:
            return suggest(suggested or FULL_EFFECT_MINUTES)
        case Pending.INSTEAD:
            return INSTEAD


def reprompt(pending: Pending, suggested: int | None) -> str:
    """The question asked on the way, asked again in a few words."""
    match pending:
        case Pending.SAFETY_FIRST | Pending.SAFETY_SECOND:
            return f"{APPLIES} Diga sí, o no."
        case Pending.OTHER_PAIN:
            return "Diga sí para seguir, o para."
        case Pending.CONFIRM_LENGTH:
            return f"¿Hacemos {suggested or FULL_EFFECT_MINUTES} minutos? Diga sí, o no."
        case Pending.INSTEAD:
            return INSTEAD_REPROMPT


def help_for(pending: Pending, suggested: int | None) -> str:
    """What to say to the question asked on the way, and what follows each answer."""
    match pending:
        case Pending.SAFETY_FIRST | Pending.SAFETY_SECOND:
            return (
                "Si le pasa algo de eso, diga sí, y le diré qué hacer en su lugar. "
                "Si no le pasa nada, diga no, y seguimos."
            )
        case Pending.OTHER_PAIN:
            return "Diga sí para seguir con la rutina para la parte baja de la espalda, o para."
        case Pending.CONFIRM_LENGTH:
            return f"Diga sí para {suggested or FULL_EFFECT_MINUTES} minutos, o no para elegir."
        case Pending.INSTEAD:
            return "Diga un número de minutos, como 10, o guíame para buscar el punto, o hoy no."
