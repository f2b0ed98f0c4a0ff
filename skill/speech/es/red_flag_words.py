"""What the skill says in Spanish to a red flag, to pain while pressing, and to an unclear
safety answer.

Each answer says what to do instead of pressing: urgent help (with the locale's
emergency number: 112 in Spain, 911 in Mexico and the United States) for the urgent
signs, a doctor for the knee and calf, a midwife or doctor in pregnancy. Kind, short,
and never "muy bien".
"""

from __future__ import annotations

from skill.routine.symptoms import Concern
from skill.speech import locales

URGENT = (
    "Por favor, no apriete el punto ahora. Con dolor de espalda, eso necesita un médico hoy. "
    "Si es repentino o fuerte, pida ayuda ya: llame al {number}."
)
DOCTOR = (
    "Entonces es mejor no apretar detrás de la rodilla por ahora. Consúltelo antes con un "
    "médico, o con {midwife} si está embarazada. Una pantorrilla dolorida e hinchada "
    "necesita atención médica pronto."
)
MIDWIFE = (
    "Durante el embarazo, pregunte a {midwife} o a su médico antes de probar esto. "
    "Vuelva cuando le digan que no hay problema."
)
EASE_OFF = "Afloje y suelte por ahora."
IF_IT_GOES_ON = "Si no se le pasa en unos minutos, o vuelve, consulte a un médico."
TAKE_CARE = "Espero que se mejore pronto."

# The safety check asked again, shorter and in other words, when the answer was unclear.
FIRST_AGAIN = (
    "Por seguridad: ¿piernas dormidas o débiles, problemas de orina o intestino, fiebre, "
    "o una caída? ¿Sí, o no?"
)
SECOND_AGAIN = (
    "Por seguridad: ¿rodilla hinchada o lesionada, dolor en la pantorrilla, varices, "
    "o embarazo? ¿Sí, o no?"
)
# "Resume" or "carry on" over a hold paused for a red flag: not until the check is asked again.
PAUSED_FOR_SAFETY = (
    "Esa sesión está en pausa, por seguridad. Consulte a un médico antes de seguir. "
    "La próxima vez que abra Ayudante de Acupresión, le haré primero las preguntas de seguridad."
)

# The same answers to someone helping the person in pain.
URGENT_HELPING = (
    "Por favor, no apriete el punto ahora. Con dolor de espalda, eso necesita un médico hoy. "
    "Si es repentino o fuerte, busque ayuda para esa persona ya: llame al {number}."
)
DOCTOR_HELPING = (
    "Entonces es mejor no apretar detrás de su rodilla por ahora. Que lo consulte antes con "
    "un médico, o con {midwife} si está embarazada. Una pantorrilla dolorida e hinchada "
    "necesita atención médica pronto."
)
MIDWIFE_HELPING = (
    "Durante el embarazo, que pregunte a {midwife} o a su médico antes de probar esto. "
    "Vuelvan cuando le digan que no hay problema."
)
IF_IT_GOES_ON_HELPING = "Si no se le pasa en unos minutos, o vuelve, que la vea un médico."
CAUTIOUS = (
    "Puede que no le haya entendido bien, así que, por seguridad, consulte a un médico "
    "antes de probar esto. Cuídese, y vuelva cuando quiera."
)
CAUTIOUS_HELPING = (
    "Puede que no le haya entendido bien, así que, por seguridad, que lo consulte con un "
    "médico antes de probar esto. Cuídense, y vuelvan cuando quieran."
)


# Who looks after a pregnancy: a midwife in Spain; in Mexico and the United States, the
# gynaecologist people there name.
_MIDWIFE = {"es-ES": "su matrona"}
_GYNAECOLOGIST = "su ginecólogo"


def _midwife(locale: str | None) -> str:
    return _MIDWIFE.get(locales.published(locale), _GYNAECOLOGIST)


def emergency_number(locale: str | None) -> str:
    """The number to call for urgent help where the person is."""
    return locales.emergency_number(locale)


def red_flag(concern: Concern, locale: str | None, helping: bool = False) -> str:
    """What to do instead of pressing, for a red flag; to a helper, of the person helped."""
    match concern:
        case Concern.URGENT:
            urgent = URGENT_HELPING if helping else URGENT
            return urgent.format(number=emergency_number(locale))
        case Concern.DOCTOR:
            return (DOCTOR_HELPING if helping else DOCTOR).format(midwife=_midwife(locale))
        case Concern.MIDWIFE:
            return (MIDWIFE_HELPING if helping else MIDWIFE).format(midwife=_midwife(locale))
        case Concern.EASE_OFF:
            return f"{EASE_OFF} {if_it_goes_on(helping)}"


def if_it_goes_on(helping: bool = False) -> str:
    """What to do if pain while pressing does not settle."""
    return IF_IT_GOES_ON_HELPING if helping else IF_IT_GOES_ON


def cautious(helping: bool = False) -> str:
    """After two unclear answers to the safety check: a doctor first, and a kind end."""
    return CAUTIOUS_HELPING if helping else CAUTIOUS


def asked_again(first: bool) -> str:
    """The safety check again, shorter: its first part or its second."""
    return FIRST_AGAIN if first else SECOND_AGAIN
