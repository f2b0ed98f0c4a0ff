"""What the skill says in French when it did not understand: more help each time."""

from __future__ import annotations

from skill.routine.journey import Journey, Stage
from skill.speech.fr.common import OPEN_IT

TAKE_YOUR_TIME = "Prenez votre temps."
# From the third miss in a row at the same place, each miss gets the next of these.
_STILL_MISSED = (
    "Désolée, je ne comprends toujours pas. Dites aide pour savoir quoi dire, "
    "ou arrête pour terminer.",
    "Désolée, j'ai du mal à comprendre. Vous pouvez dire : on recommence, pour revenir au début.",
    "Désolée. Ce sera peut-être plus simple une autre fois : dites arrête, "
    "et revenez quand vous voulez.",
)

# Frustration and swearing: calm, a different answer each time, and always a way out.
_FRUSTRATED = (
    "Désolée, c'est agaçant. Essayons autrement : dites on recommence, aide, ou arrête.",
    "Désolée, je m'y prends mal. Dites aide pour savoir ce que je comprends, "
    "ou arrête pour terminer.",
    "Je vous entends, et je suis désolée. Pour repartir de zéro, dites : on recommence.",
    "Ce n'est pas grave. Vous pouvez en rester là : dites arrête, et revenez quand vous voulez.",
    "Désolée. Prenez une respiration, et quand vous voulez, dites aide, on recommence, ou arrête.",
)
FRUSTRATED_ONE_SHOT = (
    f"Désolée que ce soit agaçant. Pour réessayer, dites quand vous voulez : {OPEN_IT}."
)
# Over a hold, which plays on: the way out is the hold's own.
_FRUSTRATED_IN_HOLD = (
    "Désolée. Pour arrêter la séance, dites simplement arrête.",
    "Désolée. Dites pause pour souffler, ou arrête pour terminer.",
    "Ce n'est pas grave. Dites arrête quand vous voulez finir la séance.",
)


def still_missed(misses: int) -> str:
    """The third miss in a row and after: never the same words as the miss before."""
    return _STILL_MISSED[(misses - 3) % len(_STILL_MISSED)]


def frustrated(count: int) -> str:
    """The `count`th time (from 1) in a session the person is frustrated or swears."""
    return _FRUSTRATED[(count - 1) % len(_FRUSTRATED)]


def frustrated_in_hold(seed: int) -> str:
    """Frustration over a hold, which opens a new session each time: `seed` varies the words."""
    return _FRUSTRATED_IN_HOLD[seed % len(_FRUSTRATED_IN_HOLD)]


def simpler_choice(journey: Journey) -> str:
    """After a second miss at the same place: the fewest words that move the person on."""
    if journey.pending is not None:
        return "Désolée. Dites simplement oui, ou non."
    match journey.stage:
        case Stage.OFFER | Stage.USUAL:
            return "Désolée. Dites simplement oui, ou non."
        case Stage.HOLDER:
            return "Désolée. Dites simplement : moi-même, ou : quelqu'un m'aide."
        case Stage.LOCATE:
            return "Désolée. Dites simplement suivant, ou trouvé."
        case Stage.QUICK_LOCATE:
            return "Désolée. Dites simplement trouvé, ou guide-moi."
        case Stage.LENGTH | Stage.HOLD:
            return "Désolée. Dites simplement 5 minutes, ou 30 minutes."
