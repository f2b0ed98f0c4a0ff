"""Words for a helper in Spanish: someone pressing the point for another person.

Every line that speaks of the patient's body as "usted" has its helper form here,
speaking of "la persona a la que ayuda"; the rest of the pack serves a helper unchanged.
"""

from __future__ import annotations

from skill.routine.journey import Pending
from skill.routine.questions import Question
from skill.routine.steps import Step
from skill.speech.es import check_words

THANKS_FOR_HELPING = "Gracias por ayudar. El tiempo contará para esa persona."
THANKS_MID_HOLD = "Gracias por ayudar. Mantenga una presión firme y cómoda."

APPLIES = "¿Le pasa algo de esto a esa persona?"

# Often said right after a helper's thank-you, so kept to the fewest words that carry
# every question: the whole turn is one breath.
SAFETY_FIRST = (
    "Primero, la seguridad de esa persona. ¿Tiene las piernas dormidas o débiles? "
    "¿Le cuesta controlar la orina o el intestino? "
    "¿Fiebre, una caída o un golpe? ¿Le pasa algo de esto?"
)
SAFETY_SECOND = (
    "Gracias. Esto es autocuidado, no consejo médico. "
    "¿Tiene la parte de atrás de la rodilla hinchada, lesionada o con varices? "
    "¿Tiene la pantorrilla dolorida o hinchada? ¿O está embarazada? " + APPLIES
)
STOP_FOR_A_DOCTOR = (
    "Entonces, que la vea un médico antes de probar esto, y si es repentino o fuerte, "
    "busquen ayuda enseguida. Espero que se mejore pronto."
)
STOP_BEHIND_THE_KNEE = (
    "Entonces es mejor no apretar detrás de su rodilla por ahora. "
    "Que lo consulte antes con un médico, o con quien lleve su embarazo si está embarazada. "
    "Una pantorrilla dolorida e hinchada necesita atención médica pronto."
)

_STEPS: dict[Step, str] = {
    Step.COMFORTABLE: (
        "Vamos a buscar el punto. Primero, ayúdele a ponerse cómodo, "
        "boca abajo o de lado, con las piernas relajadas. Siéntese junto a sus rodillas. "
        "Diga siguiente cuando quiera."
    ),
    Step.CREASE: "Busque el pliegue de detrás de su rodilla, donde se dobla la pierna.",
    Step.TENDONS: (
        "A lo largo de ese pliegue, palpe dos cordones firmes, uno a cada lado de la rodilla. "
        "Son tendones."
    ),
    Step.CENTRE: (
        "El punto está en el centro del pliegue, a medio camino entre esos dos tendones. "
        "Puede que lo note algo sensible."
    ),
    Step.PRESS: (
        "Apriete ahí con las yemas de los dedos o con el pulgar, con firmeza pero sin que duela. "
        "Nunca debe sentir un pinchazo. Pregúntele cómo lo nota, y afloje si le duele."
    ),
    Step.KNEES: (
        "Puede apretar una rodilla, o las dos a la vez. "
        "Cuando esté apretando el punto, diga: lo encontré."
    ),
}

_ANSWERS: dict[Question, str] = {
    Question.IT_HURTS: (
        "Afloje hasta que lo note firme, nunca como un pinchazo. "
        "Si sigue doliendo, pare, y que se lo mire un médico."
    ),
    Question.CANT_REACH: (
        "Que se acueste boca abajo o de lado, y siéntese junto a sus rodillas, "
        "así llegará bien al pliegue."
    ),
    Question.TOO_SORE_TO_BEND: (
        "Puede acostarse boca abajo con la pierna estirada; usted aprieta el pliegue. "
        "Si el dolor es fuerte o va a peor, que lo vea un médico."
    ),
    Question.SITTING_OR_LYING: (
        "Como le resulte más cómodo. Boca abajo o de lado suele ser lo más fácil."
    ),
}


def step(step: Step) -> str:
    return _STEPS[step]


def answer(question: Question) -> str | None:
    """The helper form of an answer, where the usual one speaks of the patient as "usted"."""
    return _ANSWERS.get(question)


def question(pending: Pending, suggested: int | None) -> str:
    """The question asked on the way, to a helper."""
    match pending:
        case Pending.SAFETY_FIRST:
            return SAFETY_FIRST
        case Pending.SAFETY_SECOND:
            return SAFETY_SECOND
        case _:
            return check_words.question(pending, suggested)


def reprompt(pending: Pending, suggested: int | None) -> str:
    if pending in (Pending.SAFETY_FIRST, Pending.SAFETY_SECOND):
        return f"{APPLIES} Diga sí, o no."
    return check_words.reprompt(pending, suggested)


def help_for(pending: Pending, suggested: int | None) -> str:
    if pending in (Pending.SAFETY_FIRST, Pending.SAFETY_SECOND):
        return (
            "Si a la persona a la que ayuda le pasa algo de eso, diga sí, y le diré qué hacer "
            "en su lugar. Si no le pasa nada, diga no, y seguimos."
        )
    return check_words.help_for(pending, suggested)
