"""What the skill says in Spanish around a hold: starting, pausing, stopping, time left."""

from __future__ import annotations

from skill.speech.es.common import ASK_AGAIN
from skill.speech.es.common import minutes as minutes  # noqa: PLC0414 - the pack gives it

# The start line; skill.speech.marks_said adds how this hold will be counted.
PRESS_NOW = "Apriete ahora, y respire despacio."
CONTROLS = "Diga Alexa, pausa, o Alexa, para, cuando quiera."
SPOKEN_CONTROLS = (
    "Le hablaré unos minutos cada vez. Diga continúa después de cada parte, o para, para terminar."
)
# Spain's recording (Castilian voice); es-MX and es-US have their own (regional modules).
RECORDINGS = "es-ES"
TITLE = "Apretando Vejiga 40"
PAUSED = "En pausa. Diga Alexa, continúa, cuando quiera."
RESUMING = "Seguimos."
STARTING_OVER = "Empiezo de nuevo desde el principio."
STILL_HOLDING = "La sesión sigue en marcha. Diga Alexa, pausa, o Alexa, para, cuando quiera."
NOTHING_TO_RESUME = "Esa sesión ya ha terminado."
START_HINT = f"Para empezar, {ASK_AGAIN}."
NO_HOLD_RUNNING = "Ahora mismo no hay ninguna sesión en marcha."
CONTINUE = "Diga continúa para la siguiente parte."
SPOKEN_HELP = (
    "Siga apretando el punto. Diga continúa para la siguiente parte, repite para oír esta "
    "parte otra vez, cuánto queda, o para, para terminar."
)
CONTINUE_REPROMPT = "Diga continúa cuando quiera, o para, para terminar."


def subtitle(total_minutes: int) -> str:
    return minutes(total_minutes).capitalize()


RESUME_HINT = "Diga Alexa, continúa, para seguir."
HOLD_HELP = (
    "Mantenga una presión suave y constante en el punto. Puede decir Alexa, pausa, o Alexa, "
    "continúa, o preguntar a Ayudante de Acupresión cuánto queda."
)
HOLD_SAFETY = (
    "Si la presión le duele, afloje o pare. Busque atención médica si nota las piernas "
    "dormidas o débiles, o la pantorrilla dolorida o hinchada."
)
RATE_AFTER_THE_HOLD = "Dígame su dolor del 0 al 10 cuando termine, y lo compararé."
HOLD_FINISHED = "La sesión ha terminado."
HOLD_ENDED = "Esa sesión ha terminado."
ANOTHER_HINT = f"Para otra sesión, {ASK_AGAIN}."


CARRY_ON_REPROMPT = "Diga seguimos, o empieza de nuevo."
NOT_CAUGHT_IN_HOLD = "No le he entendido."
AFTER_THE_HOLD = "Lo hacemos cuando termine la sesión."

# The sentences skill.speech.hold_answer chooses from, with their slots; a pair is for
# under a minute (or one minute), then for more.
_WHEN_READY = "Diga Alexa, continúa, cuando quiera."
LESS_THAN_A_MINUTE_LEFT = "Queda menos de un minuto."
ABOUT_LEFT = ("Queda más o menos 1 minuto.", "Quedan unos {minutes}.")
STOPPED = (
    "Parado. Cuídese.",
    "Parado después de {minutes}. Bien hecho por dedicarse ese tiempo. Cuídese.",
)
GOING = (
    "La sesión casi ha terminado: queda menos de un minuto.",
    "La sesión sigue: faltan {minutes}.",
)
CARRYING_ON = ("Seguimos: queda menos de un minuto.", "Seguimos: faltan {minutes}.")
PAUSED_AT = (
    f"En pausa, en el primer minuto de {{total}}. {_WHEN_READY}",
    f"En pausa en el minuto {{done}} de {{total}}. {_WHEN_READY}",
)
OFFER_CARRY_ON = (
    "La sesión de {length} acababa de empezar. ¿Seguimos, o empezamos de nuevo?",
    "Llevaba {done} de {total} minutos de la sesión. ¿Seguimos, o empezamos de nuevo?",
)
PAUSED_HOLD = (
    "La sesión está en pausa, en el primer minuto de {total}.",
    "La sesión está en pausa en el minuto {done} de {total}.",
)
HELD = ("el minuto que apretó", "los {count} minutos que apretó")
KEPT = "Esa sesión ha terminado. He guardado {held}."
PAUSED_FOR_ADVICE = (
    "He puesto la sesión en pausa por ahora.",
    "He puesto la sesión en pausa por ahora, y he guardado {held}.",
)
KEPT_STARTING_OVER = f"He guardado {{held}}. {STARTING_OVER}"
