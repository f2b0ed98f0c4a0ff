"""What the skill says at any step in French (fr-FR and fr-CA): notes, apologies, goodbyes.

Spoken with "vous", in short plain sentences: the listener is in pain, hands busy, eyes
closed. The words are those France and Québec share; where the two speak differently
the sentence is built from what both say.
"""

from __future__ import annotations

from skill.routine.hold_length import EASING_MINUTES, FULL_EFFECT_MINUTES

NAME = "Acupression du dos"
# How a person opens the skill, as they would say it to the device.
OPEN_IT = f"Alexa, ouvre {NAME}"

PRESS_TIP = "Appuyez fermement, sans forcer, jamais jusqu'à une douleur vive."
PRESS_TIP_AS_HOLD_STARTS = "Fermement, sans douleur vive."
WHERE_IS_IT = (
    "Le point est à l'arrière du genou, au milieu du pli, à mi-chemin entre les deux tendons."
)
LENGTH_REPROMPT = (
    f"Dites un nombre de minutes, par exemple {EASING_MINUTES}, ou {FULL_EFFECT_MINUTES}."
)
FIRST_STEP_ALREADY = "C'est la première étape."
NOT_FOUND_YET = "Pas de souci, prenez votre temps."
GOODBYE = "Prenez soin de vous. J'espère que votre dos ira vite mieux."
FOUND_IT = "Très bien."
NOT_NOW = f"D'accord. Quand vous aurez besoin de moi, dites : {OPEN_IT}. Prenez soin de vous."
NO_USUAL_YET = "Vous n'avez pas encore de durée habituelle."
NOT_SAVED = "Je n'ai pas pu l'enregistrer pour l'instant."
# The title of the card and screen that show the point.
POINT_TITLE = "Trouver le point Vessie 40"
SORRY = "Désolée, quelque chose n'a pas marché de mon côté."
DIDNT_CATCH = "Désolée, je n'ai pas compris."


def minutes(count: int) -> str:
    """ "1 minute", "20 minutes": a count of minutes, in figures as they are shown."""
    return "1 minute" if count == 1 else f"{count} minutes"


def capitalised(words: str) -> str:
    return f"{words[0].upper()}{words[1:]}"
