"""What the skill says in French around a hold ("la séance"): starting, pausing, time left."""

from __future__ import annotations

from skill.routine.hold_plan import HoldPlan
from skill.speech.fr.common import OPEN_IT, capitalised, minutes
from skill.speech.fr.hold_marks import promise

CONTROLS = "Dites Alexa, pause, ou Alexa, stop, à tout moment."
SPOKEN_CONTROLS = (
    "Je parlerai quelques minutes à la fois. Dites continue après chaque partie, "
    "ou arrête pour terminer."
)
# The recorded hold in French, in France's voice (Québec's is in skill/speech/fr/quebec.py).
RECORDINGS = "fr-FR"
TITLE = "Maintenir le point Vessie 40"
STARTING_OVER = "Je reprends la séance depuis le début."
START_HINT = f"Pour commencer une séance, dites : {OPEN_IT}."
NO_HOLD_RUNNING = "Il n'y a pas de séance en cours."
CONTINUE = "Dites continue pour la suite."
SPOKEN_HELP = (
    "Continuez d'appuyer sur le point. Dites continue pour la suite, répète pour réentendre "
    "cette partie, combien de temps il reste, ou arrête pour terminer."
)
CONTINUE_REPROMPT = "Dites continue quand vous voulez, ou arrête pour terminer."


def starting(plan: HoldPlan, *, first_time: bool, streamed: bool = True) -> str:
    """The start line, with how this hold will be counted; a first hold also hears the controls."""
    start = f"Appuyez maintenant, et respirez lentement. {promise(plan)}"
    if not streamed:
        return f"{start} {SPOKEN_CONTROLS}" if first_time else start
    return f"{start} {CONTROLS}" if first_time else start


def subtitle(total_minutes: int) -> str:
    return capitalised(minutes(total_minutes))


def time_left(remaining_ms: int) -> str:
    if remaining_ms < 60_000:
        return "Il reste moins d'une minute."
    whole = round(remaining_ms / 60_000)
    return f"Il reste environ {minutes(whole)}."


def stopped(held_seconds: int) -> str:
    if held_seconds < 60:
        return "Arrêté. Prenez soin de vous."
    held = minutes(held_seconds // 60)
    return f"Arrêté après {held}. Bravo d'avoir pris ce temps. Prenez soin de vous."


RESUME_HINT = "Dites Alexa, reprends, pour continuer."
HOLD_HELP = (
    "Gardez une pression douce et régulière sur le point. Vous pouvez dire Alexa, pause, "
    "Alexa, reprends, ou demander combien de temps il reste."
)
HOLD_SAFETY = (
    "Si la pression fait mal, relâchez ou arrêtez. Consultez vite si vos jambes sont "
    "engourdies ou faibles, ou si votre mollet est douloureux ou enflé."
)
RATE_AFTER_THE_HOLD = (
    "Donnez-moi votre douleur de 0 à 10 une fois la séance finie, et je comparerai."
)
HOLD_FINISHED = "La séance est terminée."
HOLD_ENDED = "Cette séance est terminée."
ANOTHER_HINT = f"Pour une autre séance, dites : {OPEN_IT}."


def _clock_minutes(ms: int) -> str:
    return minutes(max(1, round(ms / 60_000)))


def going(remaining_ms: int) -> str:
    """A hold is under way: how far it has to go."""
    if remaining_ms < 60_000:
        return "La séance est presque finie : il reste moins d'une minute."
    return f"La séance est en cours : il reste {_clock_minutes(remaining_ms)}."


def carrying_on(remaining_ms: int) -> str:
    if remaining_ms < 60_000:
        return "On continue : il reste moins d'une minute."
    return f"On continue : il reste {_clock_minutes(remaining_ms)}."


_WHEN_READY = "Dites Alexa, reprends, quand vous voulez."


def paused_at(held_ms: int, total_ms: int) -> str:
    held = held_ms // 60_000
    total = total_ms // 60_000
    if held < 1:
        return f"En pause, moins d'une minute après le début de {minutes(total)}. {_WHEN_READY}"
    return f"En pause à {held} minutes sur {total}. {_WHEN_READY}"


def offer_carry_on(held_ms: int, total_ms: int) -> str:
    """Opening the skill with a hold under way (paused, or playing until they spoke)."""
    held = held_ms // 60_000
    total = total_ms // 60_000
    if held < 1:
        return f"La séance de {minutes(total)} venait de commencer. On continue, ou on recommence?"
    return f"Vous en étiez à {held} minutes sur {total}. On continue, ou on recommence?"


CARRY_ON_REPROMPT = "Dites on continue, ou on recommence."


def _done(held_seconds: int) -> str:
    """The whole minutes held, as kept: "la minute faite", "les 12 minutes faites"."""
    count = held_seconds // 60
    return "la minute faite" if count == 1 else f"les {count} minutes faites"


def kept(held_seconds: int) -> str:
    """A hold that ended part-way: its minutes are kept."""
    if held_seconds < 60:
        return HOLD_ENDED
    return f"Cette séance est terminée. J'ai gardé {_done(held_seconds)}."


def paused_for_advice(held_seconds: int) -> str:
    """A hold paused because the person should ask a midwife or doctor first."""
    if held_seconds < 60:
        return "J'ai mis la séance en pause pour l'instant."
    return f"J'ai mis la séance en pause pour l'instant, et gardé {_done(held_seconds)}."


def starting_over(held_seconds: int) -> str:
    if held_seconds < 60:
        return STARTING_OVER
    return f"J'ai gardé {_done(held_seconds)}. {STARTING_OVER}"


NOT_CAUGHT_IN_HOLD = "Je n'ai pas compris."
AFTER_THE_HOLD = "Faisons-le une fois la séance terminée."


def paused_hold(held_ms: int, total_ms: int) -> str:
    return f"La séance est en pause à {held_ms // 60_000} minutes sur {total_ms // 60_000}."
