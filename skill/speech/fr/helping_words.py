"""Words for a helper, in French: someone pressing the point for another person.

Every line that speaks of the patient's body as "vous" has its helper form here, speaking
of "la personne que vous aidez"; the rest of the pack serves a helper unchanged.
"""

from __future__ import annotations

from skill.routine.journey import Pending
from skill.routine.questions import Question
from skill.routine.steps import Step
from skill.speech.fr import check_words

THANKS_FOR_HELPING = "Merci de votre aide. La séance comptera pour la personne aidée."
THANKS_MID_HOLD = "Merci de votre aide. Gardez une pression régulière et confortable."

APPLIES = "Est-ce le cas pour elle?"

# Often said right after a helper's thank-you, so kept to the fewest words that carry
# every question: the whole turn is one breath.
SAFETY_FIRST = (
    "D'abord, sa sécurité. A-t-elle les jambes engourdies ou faibles? "
    "Du mal à contrôler sa vessie ou ses intestins? "
    "De la fièvre, une chute ou une blessure? Est-ce le cas?"
)
SAFETY_SECOND = (
    "Merci. Ceci est un soin personnel, pas un avis médical. "
    "L'arrière de son genou est-il enflé, blessé, ou avec des varices? "
    "Son mollet est-il douloureux ou enflé? Ou est-elle enceinte? " + APPLIES
)
STOP_FOR_A_DOCTOR = (
    "Alors elle doit voir un médecin avant d'essayer, et si c'est soudain ou intense, "
    "faites-vous aider tout de suite. J'espère qu'elle ira vite mieux."
)
STOP_BEHIND_THE_KNEE = (
    "Alors mieux vaut ne pas appuyer derrière son genou pour l'instant. "
    "Qu'elle demande d'abord l'avis d'un médecin, ou de sa sage-femme si elle est enceinte. "
    "Un mollet douloureux et enflé doit être vu rapidement par un médecin."
)

_STEPS: dict[Step, str] = {
    Step.COMFORTABLE: (
        "Trouvons le point. D'abord, aidez la personne à s'installer, "
        "allongée sur le ventre ou sur le côté, les jambes détendues. "
        "Asseyez-vous près de ses genoux. Dites suivant quand vous voulez."
    ),
    Step.CREASE: "Trouvez le pli à l'arrière de son genou, là où la jambe se plie.",
    Step.TENDONS: (
        "Le long de ce pli, cherchez deux cordes fermes, une de chaque côté du genou. "
        "Ce sont des tendons."
    ),
    Step.CENTRE: (
        "Le point est au milieu du pli, à mi-chemin entre ces deux tendons. "
        "Il peut être un peu sensible pour elle."
    ),
    Step.PRESS: (
        "Appuyez là du bout des doigts ou avec le pouce, fermement mais sans forcer. "
        "Ça ne doit jamais lui faire une douleur vive. Demandez-lui comment elle se sent, "
        "et relâchez si ça fait mal."
    ),
    Step.KNEES: (
        "Vous pouvez appuyer sur un genou, ou sur les deux à la fois. "
        "Quand vous appuyez sur le point, dites : trouvé."
    ),
}

_ANSWERS: dict[Question, str] = {
    Question.IT_HURTS: (
        "Relâchez jusqu'à ce qu'elle sente une pression ferme, jamais vive. "
        "Si ça fait encore mal, arrêtez, et faites vérifier par un médecin."
    ),
    Question.CANT_REACH: (
        "Installez-la sur le ventre ou sur le côté, et asseyez-vous près de ses genoux : "
        "le pli sera facile à atteindre."
    ),
    Question.TOO_SORE_TO_BEND: (
        "Elle peut s'allonger sur le ventre, la jambe tendue, et vous appuyez sur le pli. "
        "Si la douleur est forte ou empire, qu'elle consulte un médecin."
    ),
    Question.SITTING_OR_LYING: (
        "Comme elle est le plus à l'aise. "
        "Allongée sur le ventre ou sur le côté, c'est souvent le plus simple."
    ),
}


def step(step: Step) -> str:
    return _STEPS[step]


def answer(question: Question) -> str | None:
    """The helper form of an answer, where the usual one speaks of the patient as "vous"."""
    return _ANSWERS.get(question)


def question(pending: Pending, suggested: int | None) -> str:
    """The question asked on the way, to a helper."""
    match pending:
        case Pending.SAFETY_FIRST:
            return SAFETY_FIRST
        case Pending.SAFETY_SECOND:
            return SAFETY_SECOND
        case _:
            return check_words.question(pending, suggested)


def reprompt(pending: Pending, suggested: int | None) -> str:
    if pending in (Pending.SAFETY_FIRST, Pending.SAFETY_SECOND):
        return f"{APPLIES} Dites oui, ou non."
    return check_words.reprompt(pending, suggested)


def help_for(pending: Pending, suggested: int | None) -> str:
    if pending in (Pending.SAFETY_FIRST, Pending.SAFETY_SECOND):
        return (
            "Si l'un de ces points concerne la personne que vous aidez, dites oui, "
            "et je vous dirai quoi faire à la place. Sinon, dites non, et on continue."
        )
    return check_words.help_for(pending, suggested)
