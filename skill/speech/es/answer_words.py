"""Short answers in Spanish to what people ask.

Each is at most two short sentences. Health facts go no further than the source
article does ("mucha gente", "suele"); anything medical sends the person to a doctor,
or a midwife in pregnancy.
"""

from __future__ import annotations

from skill.routine.hold_length import EASING_MINUTES, FULL_EFFECT_MINUTES
from skill.routine.questions import Question
from skill.speech.es.privacy_words import WHAT_I_KEEP

# "How long should I do it?" asked while a hold already runs.
HOW_LONG = (
    f"Con {EASING_MINUTES} minutos el dolor suele empezar a aliviarse; "
    f"con {FULL_EFFECT_MINUTES} se nota el efecto completo."
)

_ANSWERS: dict[Question, str] = {
    Question.IT_HURTS: (
        "Afloje hasta que lo note firme, pero nunca como un pinchazo. "
        "Si sigue doliendo, pare, y que se lo mire un médico."
    ),
    Question.WHICH_KNEE: (
        "Cualquiera vale, la izquierda o la derecha. También puede apretar las dos."
    ),
    Question.HOW_HARD: (
        "Con firmeza pero sin que duela, con las yemas de los dedos o el pulgar. "
        "Nunca debe sentir un pinchazo."
    ),
    Question.WHAT_IS_THE_POINT: (
        "Vejiga 40 es un punto de acupresión en el centro del pliegue de detrás de la rodilla. "
        "Mucha gente lo usa para el dolor lumbar."
    ),
    Question.WHY_THE_KNEE: (
        "En acupresión, este punto de detrás de la rodilla se conoce como el punto maestro "
        "del dolor de espalda. Se cree que relaja los músculos de la espalda."
    ),
    Question.BOTH_KNEES: "Sí, puede apretar las dos rodillas a la vez, o solo una.",
    Question.RUBBING: "Sí. Puede mantener el punto quieto, o frotarlo con suavidad, como prefiera.",
    Question.CANT_REACH: (
        "Pruebe a acostarse boca arriba y acercar la rodilla hacia usted. "
        "O que otra persona lo apriete por usted: diga, me ayudan."
    ),
    Question.TOO_SORE_TO_BEND: (
        "Acuéstese, y si puede, deje que otra persona le apriete el punto. "
        "Si el dolor es fuerte o va a peor, consulte a un médico."
    ),
    Question.HOW_OFTEN: (
        "No puedo decirle con qué frecuencia le conviene, así que consúltelo con su médico. "
        "El efecto suele durar horas después de apretar."
    ),
    Question.DOES_IT_WORK: (
        f"A mucha gente el dolor le empieza a aliviar tras unos {EASING_MINUTES} minutos. "
        "Esto es autocuidado, no consejo médico: para dudas médicas, consulte a un médico."
    ),
    # The article uses the word without defining it: "helps to move Blood and Qi in the back,
    # allowing for muscles to relax and pain to subside". No more is claimed than that.
    Question.WHAT_IS_QI: (
        "El qi, o chi, es un término de acupresión, no médico. "
        "Dicen que este punto mueve la sangre y el qi de la espalda y relaja sus músculos."
    ),
    Question.WHAT_YOU_KEEP: WHAT_I_KEEP,
    Question.SITTING_OR_LYING: (
        "Como le resulte más cómodo. "
        "Sentado, o acostado boca arriba con las rodillas un poco dobladas."
    ),
}


def answer(question: Question) -> str:
    """The answer to `question`, at any step or during a hold."""
    return _ANSWERS[question]


def talk_to_person(emergency_number: str) -> str:
    """ "Talk to a human": the skill can't put them through; who can help, and who in an
    emergency (the locale's number)."""
    return (
        "Lo siento, no puedo pasarle con una persona. Su médico puede ayudarle con la espalda. "
        f"Si es una urgencia, llame al {emergency_number}."
    )
