"""What the skill says in Spanish at any step (every es-* locale), with usted.

Sentences are short and plain: the listener is in pain, hands busy, eyes closed.
"""

from __future__ import annotations

from skill.routine.hold_length import EASING_MINUTES, FULL_EFFECT_MINUTES

NAME = "Ayudante de Acupresión"
# How to open the skill again: the words a person says to Alexa (who is spoken to as tú).
ASK_AGAIN = "diga: Alexa, pide a ayudante de acupresión ayuda con la espalda"

# Said when "found it" comes before the step on how to press.
PRESS_TIP = "Apriete con firmeza sin que duela, nunca como un pinchazo; una rodilla o las dos."
PRESS_TIP_AS_HOLD_STARTS = "Muy bien. Firme, nunca punzante."

WHERE_IS_IT = (
    "El punto está detrás de la rodilla, en el centro del pliegue, "
    "a medio camino entre los dos tendones."
)
LENGTH_REPROMPT = (
    f"Diga un número de minutos, por ejemplo {EASING_MINUTES}, o {FULL_EFFECT_MINUTES}."
)
FIRST_STEP_ALREADY = "Este es el primer paso."
NOT_FOUND_YET = "No pasa nada, tómese su tiempo."
GOODBYE = "Cuídese. Espero que pronto note la espalda más aliviada."
FOUND_IT = "Muy bien."
NOT_NOW = f"De acuerdo. Cuando me necesite, {ASK_AGAIN}. Cuídese."
NO_USUAL_YET = "Todavía no tiene una duración habitual."
NOT_SAVED = "Ahora mismo no he podido guardarlo."
# The title of the card and screen that show the point.
POINT_TITLE = "Cómo encontrar Vejiga 40"
SORRY = "Lo siento, algo ha fallado por mi parte."
DIDNT_CATCH = "Perdone, no le he entendido."


def minutes(count: int) -> str:
    return "1 minuto" if count == 1 else f"{count} minutos"
