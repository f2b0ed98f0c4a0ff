"""What the skill says in French to a red flag, to pain while pressing, to an unclear check.

Each answer says what to do instead of pressing: urgent help (with the locale's emergency
number: 112 in France, 911 in Canada) for the urgent signs, a doctor for the knee and
calf, a midwife or doctor in pregnancy. Kind, short, and never "bravo".
"""

from __future__ import annotations

from skill.routine.symptoms import Concern
from skill.speech import locales

URGENT = (
    "Mieux vaut ne pas appuyer sur le point. "
    "Avec un mal de dos, cela demande un médecin aujourd'hui. "
    "Si c'est soudain ou intense, faites-vous aider tout de suite : appelez le {number}."
)
DOCTOR = (
    "Alors mieux vaut ne pas appuyer derrière le genou pour l'instant. Demandez d'abord l'avis "
    "d'un médecin, ou de votre sage-femme si vous êtes enceinte. Un mollet douloureux et enflé "
    "doit être vu rapidement par un médecin."
)
MIDWIFE = (
    "Pendant la grossesse, demandez d'abord à une sage-femme ou à un médecin avant d'essayer. "
    "Revenez quand on vous aura dit que c'est possible."
)
EASE_OFF = "Relâchez, et arrêtez d'appuyer pour l'instant."
IF_IT_GOES_ON = "Si ça ne passe pas dans quelques minutes, ou si ça revient, consultez un médecin."
TAKE_CARE = "J'espère que vous irez vite mieux."

# The safety check asked again, shorter and in other words, when the answer was unclear.
FIRST_AGAIN = (
    "Par prudence : des jambes engourdies ou faibles, un souci de vessie ou d'intestins, "
    "de la fièvre, ou une chute? Oui, ou non?"
)
SECOND_AGAIN = (
    "Par prudence : un genou enflé ou blessé, un mollet douloureux, des varices, "
    "ou une grossesse? Oui, ou non?"
)
# "Reprends" or "on continue" over a hold paused for a red flag: not until the check is
# asked again.
PAUSED_FOR_SAFETY = (
    "Cette séance est en pause, par prudence. Demandez l'avis d'un médecin avant de continuer. "
    "La prochaine fois, je vous poserai d'abord les questions de sécurité."
)

# The same answers to someone helping the person in pain.
URGENT_HELPING = (
    "Mieux vaut ne pas appuyer sur le point. "
    "Avec un mal de dos, cela demande un médecin aujourd'hui. "
    "Si c'est soudain ou intense, faites-la aider tout de suite : appelez le {number}."
)
DOCTOR_HELPING = (
    "Alors mieux vaut ne pas appuyer derrière son genou pour l'instant. Qu'elle demande "
    "d'abord l'avis d'un médecin, ou de sa sage-femme si elle est enceinte. Un mollet "
    "douloureux et enflé doit être vu rapidement par un médecin."
)
MIDWIFE_HELPING = (
    "Pendant sa grossesse, elle doit d'abord demander à sa sage-femme ou à un médecin. "
    "Revenez quand on lui aura dit que c'est possible."
)
IF_IT_GOES_ON_HELPING = (
    "Si ça ne passe pas dans quelques minutes, ou si ça revient, qu'elle consulte un médecin."
)
CAUTIOUS = (
    "Je ne suis pas sûre d'avoir bien compris, alors par prudence, demandez l'avis d'un "
    "médecin avant d'essayer. Prenez soin de vous, et revenez quand vous voulez."
)
CAUTIOUS_HELPING = (
    "Je ne suis pas sûre d'avoir bien compris, alors par prudence, qu'elle demande l'avis "
    "d'un médecin avant d'essayer. Prenez soin de vous, et revenez quand vous voulez."
)


def emergency_number(locale: str | None) -> str:
    """The number to call for urgent help where the person is."""
    return locales.emergency_number(locale)


def red_flag(concern: Concern, locale: str | None, helping: bool = False) -> str:
    """What to do instead of pressing, for a red flag; to a helper, of the person helped."""
    match concern:
        case Concern.URGENT:
            urgent = URGENT_HELPING if helping else URGENT
            return urgent.format(number=emergency_number(locale))
        case Concern.DOCTOR:
            return DOCTOR_HELPING if helping else DOCTOR
        case Concern.MIDWIFE:
            return MIDWIFE_HELPING if helping else MIDWIFE
        case Concern.EASE_OFF:
            return f"{EASE_OFF} {if_it_goes_on(helping)}"


def if_it_goes_on(helping: bool = False) -> str:
    """What to do if pain while pressing does not settle."""
    return IF_IT_GOES_ON_HELPING if helping else IF_IT_GOES_ON


def cautious(helping: bool = False) -> str:
    """After two unclear answers to the safety check: a doctor first, and a kind end."""
    return CAUTIOUS_HELPING if helping else CAUTIOUS


def asked_again(first: bool) -> str:
    """The safety check again, shorter: its first part or its second."""
    return FIRST_AGAIN if first else SECOND_AGAIN
