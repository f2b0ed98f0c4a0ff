"""The safety check, and the other yes-or-no questions asked on the way, in French.

As in English, the safety note is two short turns, each ending with a check.
"""

from __future__ import annotations

from skill.routine.hold_length import FULL_EFFECT_MINUTES
from skill.routine.journey import Pending

APPLIES = "Est-ce le cas pour vous?"

SAFETY_FIRST = (
    "D'abord, la sécurité. Avez-vous les jambes engourdies ou faibles? "
    "Du mal à contrôler votre vessie ou vos intestins? "
    "De la fièvre, ou une douleur après une chute ou une blessure? " + APPLIES
)
SAFETY_SECOND = (
    "Merci. Ceci est un soin personnel, pas un avis médical. "
    "L'arrière de votre genou est-il enflé, blessé, ou avec des varices? "
    "Votre mollet est-il douloureux ou enflé? Ou êtes-vous enceinte? " + APPLIES
)
SAFETY_CLEAR = "C'est noté, merci."
SAFETY_TITLE = "La sécurité d'abord"

OTHER_PAIN = "Je suis désolée que vous ayez mal. Cette routine est faite pour le bas du dos."
OTHER_PAIN_CHOICE = "Voulez-vous la faire quand même, ou arrêter?"
# {place} is a BODY_PART value, always singular, so "votre" fits every one of them.
OTHER_PAIN_OF = (
    "Je suis désolée que votre {place} vous fasse mal. Cette routine est faite pour le bas du dos."
)

INSTEAD = (
    "D'accord. Que préférez-vous : une autre durée, par exemple 10 minutes, ou pas aujourd'hui?"
)
INSTEAD_REPROMPT = "Dites un nombre de minutes, ou : pas aujourd'hui."
LENGTH_INSTEAD = "D'accord. Combien de temps préférez-vous?"


def suggest(minutes: int) -> str:
    if minutes == FULL_EFFECT_MINUTES:
        return (
            f"Je vous propose {minutes} minutes, pour l'effet complet. On fait {minutes} minutes?"
        )
    return f"Je vous propose {minutes} minutes. On fait {minutes} minutes?"


def question(pending: Pending, suggested: int | None) -> str:
    """The question asked on the way, as first asked."""
    match pending:
        case Pending.SAFETY_FIRST:
            return SAFETY_FIRST
        case Pending.SAFETY_SECOND:
            return SAFETY_SECOND
        case Pending.OTHER_PAIN:
            return OTHER_PAIN_CHOICE
        case Pending.CONFIRM_LENGTH:
            return suggest(suggested or FULL_EFFECT_MINUTES)
        case Pending.INSTEAD:
            return INSTEAD


def reprompt(pending: Pending, suggested: int | None) -> str:
    """The question asked on the way, asked again in a few words."""
    match pending:
        case Pending.SAFETY_FIRST | Pending.SAFETY_SECOND:
            return f"{APPLIES} Dites oui, ou non."
        case Pending.OTHER_PAIN:
            return "Dites oui pour continuer, ou arrête."
        case Pending.CONFIRM_LENGTH:
            return f"On fait {suggested or FULL_EFFECT_MINUTES} minutes? Dites oui, ou non."
        case Pending.INSTEAD:
            return INSTEAD_REPROMPT


def help_for(pending: Pending, suggested: int | None) -> str:
    """What to say to the question asked on the way, and what follows each answer."""
    match pending:
        case Pending.SAFETY_FIRST | Pending.SAFETY_SECOND:
            return (
                "Si l'un de ces points vous concerne, dites oui, et je vous dirai quoi faire "
                "à la place. Sinon, dites non, et on continue."
            )
        case Pending.OTHER_PAIN:
            return "Dites oui pour continuer la routine pour le bas du dos, ou arrête pour quitter."
        case Pending.CONFIRM_LENGTH:
            return (
                f"Dites oui pour tenir {suggested or FULL_EFFECT_MINUTES} minutes, "
                "ou non pour choisir."
            )
        case Pending.INSTEAD:
            return (
                "Dites un nombre de minutes, par exemple 10, ou : guide-moi, pour trouver "
                "le point, ou : pas aujourd'hui."
            )
