"""What the skill says in French around a hold ("la séance"): starting, pausing, time left."""

from __future__ import annotations

from skill.speech.fr.common import OPEN_IT, capitalised
from skill.speech.fr.common import minutes as minutes  # noqa: PLC0414 - the pack gives it

# The start line; skill.speech.marks_said adds how this hold will be counted.
PRESS_NOW = "Appuyez maintenant, et respirez lentement."
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


def subtitle(total_minutes: int) -> str:
    return capitalised(minutes(total_minutes))


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


CARRY_ON_REPROMPT = "Dites on continue, ou on recommence."
NOT_CAUGHT_IN_HOLD = "Je n'ai pas compris."
AFTER_THE_HOLD = "Faisons-le une fois la séance terminée."

# The sentences skill.speech.hold_answer chooses from, with their slots; a pair is for
# under a minute (or one minute), then for more.
_WHEN_READY = "Dites Alexa, reprends, quand vous voulez."
LESS_THAN_A_MINUTE_LEFT = "Il reste moins d'une minute."
ABOUT_LEFT = ("Il reste environ 1 minute.", "Il reste environ {minutes}.")
STOPPED = (
    "Arrêté. Prenez soin de vous.",
    "Arrêté après {minutes}. Bravo d'avoir pris ce temps. Prenez soin de vous.",
)
GOING = (
    "La séance est presque finie : il reste moins d'une minute.",
    "La séance est en cours : il reste {minutes}.",
)
CARRYING_ON = ("On continue : il reste moins d'une minute.", "On continue : il reste {minutes}.")
PAUSED_AT = (
    f"En pause, moins d'une minute après le début de {{length}}. {_WHEN_READY}",
    f"En pause à {{done}} minutes sur {{total}}. {_WHEN_READY}",
)
OFFER_CARRY_ON = (
    "La séance de {length} venait de commencer. On continue, ou on recommence?",
    "Vous en étiez à {done} minutes sur {total}. On continue, ou on recommence?",
)
PAUSED_HOLD = (
    "La séance est en pause, moins d'une minute après le début de {length}.",
    "La séance est en pause à {done} minutes sur {total}.",
)
# The whole minutes held, as kept: "la minute faite", "les 12 minutes faites".
HELD = ("la minute faite", "les {count} minutes faites")
KEPT = "Cette séance est terminée. J'ai gardé {held}."
PAUSED_FOR_ADVICE = (
    "J'ai mis la séance en pause pour l'instant.",
    "J'ai mis la séance en pause pour l'instant, et gardé {held}.",
)
KEPT_STARTING_OVER = f"J'ai gardé {{held}}. {STARTING_OVER}"
