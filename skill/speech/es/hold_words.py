"""What the skill says in Spanish around a hold: starting, pausing, stopping, time left."""

from __future__ import annotations

from skill.routine.hold_plan import HoldPlan
from skill.speech.es.common import ASK_AGAIN, minutes
from skill.speech.es.hold_marks import promise

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


def starting(plan: HoldPlan, *, first_time: bool, streamed: bool = True) -> str:
    """The start line, with how this hold will be counted; a first hold also hears the controls."""
    start = f"Apriete ahora, y respire despacio. {promise(plan)}"
    if not streamed:
        return f"{start} {SPOKEN_CONTROLS}" if first_time else start
    return f"{start} {CONTROLS}" if first_time else start


def subtitle(total_minutes: int) -> str:
    return minutes(total_minutes).capitalize()


def time_left(remaining_ms: int) -> str:
    if remaining_ms < 60_000:
        return "Queda menos de un minuto."
    whole = round(remaining_ms / 60_000)
    return "Queda más o menos 1 minuto." if whole == 1 else f"Quedan unos {minutes(whole)}."


def stopped(held_seconds: int) -> str:
    if held_seconds < 60:
        return "Parado. Cuídese."
    held = minutes(held_seconds // 60)
    return f"Parado después de {held}. Bien hecho por dedicarse ese tiempo. Cuídese."


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


def _clock_minutes(ms: int) -> str:
    return minutes(max(1, round(ms / 60_000)))


def going(remaining_ms: int) -> str:
    """A hold is under way: how far it has to go."""
    if remaining_ms < 60_000:
        return "La sesión casi ha terminado: queda menos de un minuto."
    return f"La sesión sigue: faltan {_clock_minutes(remaining_ms)}."


def carrying_on(remaining_ms: int) -> str:
    if remaining_ms < 60_000:
        return "Seguimos: queda menos de un minuto."
    return f"Seguimos: faltan {_clock_minutes(remaining_ms)}."


_WHEN_READY = "Diga Alexa, continúa, cuando quiera."


def paused_at(held_ms: int, total_ms: int) -> str:
    held = held_ms // 60_000
    total = total_ms // 60_000
    if held < 1:
        return f"En pausa, en el primer minuto de {total}. {_WHEN_READY}"
    return f"En pausa en el minuto {held} de {total}. {_WHEN_READY}"


def offer_carry_on(held_ms: int, total_ms: int) -> str:
    """Opening the skill with a hold under way (paused, or playing until they spoke)."""
    held = held_ms // 60_000
    total = total_ms // 60_000
    if held < 1:
        return f"La sesión de {minutes(total)} acababa de empezar. ¿Seguimos, o empezamos de nuevo?"
    return f"Llevaba {held} de {total} minutos de la sesión. ¿Seguimos, o empezamos de nuevo?"


CARRY_ON_REPROMPT = "Diga seguimos, o empieza de nuevo."


def _held(held_seconds: int) -> str:
    count = held_seconds // 60
    return "el minuto que apretó" if count == 1 else f"los {count} minutos que apretó"


def kept(held_seconds: int) -> str:
    """A hold that ended part-way: its minutes are kept."""
    if held_seconds < 60:
        return HOLD_ENDED
    return f"Esa sesión ha terminado. He guardado {_held(held_seconds)}."


def paused_for_advice(held_seconds: int) -> str:
    """A hold paused because the person should ask a midwife or doctor first."""
    if held_seconds < 60:
        return "He puesto la sesión en pausa por ahora."
    return f"He puesto la sesión en pausa por ahora, y he guardado {_held(held_seconds)}."


def starting_over(held_seconds: int) -> str:
    if held_seconds < 60:
        return STARTING_OVER
    return f"He guardado {_held(held_seconds)}. {STARTING_OVER}"


NOT_CAUGHT_IN_HOLD = "No le he entendido."
AFTER_THE_HOLD = "Lo hacemos cuando termine la sesión."


def paused_hold(held_ms: int, total_ms: int) -> str:
    return f"La sesión está en pausa en el minuto {held_ms // 60_000} de {total_ms // 60_000}."
