"""The Spanish sentences on the way to the point (es-ES, es-MX, es-US).

skill.speech.journey_phrases chooses among them by where the person is.
"""

from __future__ import annotations

from skill.routine.hold_length import (
    EASING_MINUTES,
    FULL_EFFECT_MINUTES,
    LONGEST_MINUTES,
    SHORTEST_MINUTES,
    LengthProblem,
)
from skill.routine.journey import Stage
from skill.routine.steps import Step
from skill.speech.es.common import minutes as minutes  # noqa: PLC0414 - given on

WELCOME_NEW = (
    "Hola, soy Ayudante de Acupresión. Le guiaré hasta un punto detrás de la rodilla "
    "que mucha gente usa para el dolor de espalda, y le cronometraré el tiempo. ¿Empezamos?"
)
WELCOME_BACK = ("Qué bien volver a oírle.", "Me alegra oírle otra vez.", "Hola de nuevo.")

HOLDER_QUESTION = "¿Va a apretar el punto usted, o le ayuda alguien?"
HOLDER_REPROMPT = "Diga: yo, o: me ayudan."

SELF_STEPS: dict[Step, str] = {
    Step.COMFORTABLE: (
        "Vamos a buscar el punto. Primero, busque una postura cómoda. "
        "Siéntese, o acuéstese boca arriba "
        "con las rodillas un poco dobladas, para llegar detrás de ellas. "
        "Diga siguiente cuando quiera."
    ),
    Step.CREASE: (
        "Lleve una mano detrás de la rodilla y busque el pliegue, donde se dobla la pierna."
    ),
    Step.TENDONS: (
        "A lo largo de ese pliegue, palpe dos cordones firmes, uno a cada lado de la rodilla. "
        "Son tendones."
    ),
    Step.CENTRE: (
        "El punto está en el centro del pliegue, a medio camino entre esos dos tendones. "
        "Puede notarlo algo sensible."
    ),
    Step.PRESS: (
        "Apriete ahí con las yemas de los dedos, con firmeza pero sin que duela. "
        "Nunca debe sentir un pinchazo. Si lo siente, afloje."
    ),
    Step.KNEES: (
        "Puede apretar una rodilla, o las dos a la vez, con una mano detrás de cada una. "
        "Cuando esté apretando el punto, diga: lo encontré."
    ),
}

HELPER_STEPS: dict[Step, str] = {
    **SELF_STEPS,
    Step.COMFORTABLE: (
        "Vamos a buscar el punto. Primero, busque una postura cómoda. "
        "Acuéstese boca abajo, o de lado, "
        "con las piernas relajadas. Quien le ayuda puede sentarse junto a sus rodillas. "
        "Diga siguiente cuando quiera."
    ),
    Step.CREASE: (
        "Quien le ayuda, busque el pliegue de detrás de la rodilla, donde se dobla la pierna."
    ),
    Step.PRESS: (
        "Apriete ahí con las yemas de los dedos o con el pulgar, con firmeza pero sin que duela. "
        "Nunca debe sentirse un pinchazo. Pregunte cómo lo nota, y afloje si duele."
    ),
    Step.KNEES: (
        "Puede apretar una rodilla, o las dos a la vez. "
        "Cuando esté apretando el punto, diga: lo encontré."
    ),
}

STEP_REPROMPT = "Diga siguiente cuando quiera, o repite para oírlo otra vez."
LAST_STEP_REPROMPT = "Cuando esté apretando el punto, diga: lo encontré."

QUICK_LOCATE = (
    "Busque el punto: el centro del pliegue de detrás de la rodilla, entre los dos tendones. "
    "Apriete con firmeza, pero nunca hasta sentir un pinchazo. "
    "Diga lo encontré cuando esté ahí, o: guíame."
)
QUICK_LOCATE_REPROMPT = "Diga lo encontré cuando esté en el punto, o: guíame."

LENGTH_QUESTION = (
    f"¿Cuánto tiempo quiere apretarlo? Con {EASING_MINUTES} minutos el dolor suele empezar "
    f"a aliviarse; con {FULL_EFFECT_MINUTES} se nota el efecto completo."
)
LENGTH_REPROMPT = (
    f"Diga un número de minutos, por ejemplo {EASING_MINUTES}, o {FULL_EFFECT_MINUTES}."
)

LENGTH_PROBLEMS: dict[LengthProblem, str] = {
    LengthProblem.UNCLEAR: "Perdone, no he entendido cuánto tiempo.",
    LengthProblem.TOO_SHORT: "Es demasiado poco para que ayude.",
    LengthProblem.TOO_LONG: "Es más de lo que puedo cronometrar.",
}
LENGTH_RANGE = f"Elija entre {SHORTEST_MINUTES} y {LONGEST_MINUTES} minutos."

OFFER_REPROMPT = "¿Empezamos? Diga sí, o para."
ACKNOWLEDGE = ("De acuerdo.", "Muy bien.", "Bien.")
THANKED = ("De nada.", "Un placer.", "Para eso estoy.")

# The usual length and a length said; `{minutes}` and `{your_usual}` are filled in by
# skill.speech.journey_phrases, which chooses among these for every language.
OFFER = "¿Empezamos?"
WELCOME_BACK_ASK = "¿Buscamos el punto juntos?"
YOUR_USUAL = ("su minuto de siempre", "sus {minutes} de siempre")
USUAL_OFFER = "¿Hacemos {your_usual}?"
USUAL_REPROMPT = "Diga sí para hacer {minutes}, como siempre, u otra duración."
USUAL_HELP = "Diga sí para apretar el punto {your_usual}, o diga otra duración, como diez minutos."
LENGTH_NOTED = "{minutes}, anotado. Empezaré a contar cuando encuentre el punto."
LENGTH_KEPT = "{minutes}, anotado."
LENGTH_CHOSEN = "De acuerdo, {minutes}."
REMEMBERED = "Lo recordaré para la próxima vez."
# Help at each stage but the usual length's.
HELP: dict[Stage, str] = {
    Stage.OFFER: (
        "Puedo guiarle hasta un punto detrás de la rodilla que a mucha gente le alivia "
        "el dolor de espalda, y cronometrar cuánto lo aprieta. Diga sí para empezar, "
        "o para. También puede preguntarme cosas, como: ¿qué rodilla?"
    ),
    Stage.HOLDER: (
        "Le guiaré en los dos casos. Diga yo si va a apretar el punto usted, "
        "o me ayudan si lo hará otra persona."
    ),
    Stage.LOCATE: (
        "Diga siguiente, atrás, repite, o dónde está. Diga lo encontré cuando esté "
        "en el punto. También puede preguntarme cosas, como: ¿con qué fuerza aprieto?"
    ),
    Stage.QUICK_LOCATE: (
        "Diga lo encontré cuando esté apretando el punto, o guíame para los pasos."
    ),
    Stage.LENGTH: (
        "Diga cuántos minutos quiere apretar el punto, "
        f"de {SHORTEST_MINUTES} a {LONGEST_MINUTES}: uno corto, los treinta minutos, "
        "o cualquier número. O diga: tú decides."
    ),
}
