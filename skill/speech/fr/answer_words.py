"""Short answers to what people ask, in French.

Each is at most two short sentences. Health facts go no further than the source article
does ("beaucoup de gens", "souvent"); anything medical sends the person to a doctor, or a
midwife in pregnancy.
"""

from __future__ import annotations

from skill.routine.hold_length import EASING_MINUTES, FULL_EFFECT_MINUTES
from skill.routine.questions import Question
from skill.speech.fr.privacy_words import WHAT_I_KEEP

# "How long should I do it?" asked while a hold already runs.
HOW_LONG = (
    f"{EASING_MINUTES} minutes soulagent souvent un peu; "
    f"{FULL_EFFECT_MINUTES} minutes donnent l'effet complet."
)

_ANSWERS: dict[Question, str] = {
    Question.IT_HURTS: (
        "Relâchez un peu, jusqu'à sentir une pression ferme mais jamais vive. "
        "Si ça fait encore mal, arrêtez, et faites vérifier par un médecin."
    ),
    Question.WHICH_KNEE: (
        "Le genou que vous voulez, gauche ou droit. Vous pouvez aussi appuyer sur les deux."
    ),
    Question.HOW_HARD: (
        "Fermement mais sans forcer, du bout des doigts ou avec le pouce. "
        "Ça ne doit jamais faire une douleur vive."
    ),
    Question.WHAT_IS_THE_POINT: (
        "Vessie 40 est un point d'acupression au milieu du pli, derrière le genou. "
        "Beaucoup de gens s'en servent pour soulager le bas du dos."
    ),
    Question.WHY_THE_KNEE: (
        "En acupression, ce point derrière le genou est appelé le point maître du mal de dos. "
        "On dit qu'il aide les muscles du dos à se détendre."
    ),
    Question.BOTH_KNEES: (
        "Oui, vous pouvez appuyer sur les deux genoux en même temps, ou sur un seul."
    ),
    Question.RUBBING: (
        "Oui. Vous pouvez tenir le point sans bouger, ou le masser doucement, comme vous préférez."
    ),
    Question.CANT_REACH: (
        "Allongez-vous sur le dos et ramenez le genou vers vous. "
        "Ou quelqu'un peut appuyer pour vous : dites simplement, quelqu'un m'aide."
    ),
    Question.TOO_SORE_TO_BEND: (
        "Allongez-vous, et si possible, laissez quelqu'un appuyer sur le point pour vous. "
        "Si la douleur est forte ou empire, consultez un médecin."
    ),
    Question.HOW_OFTEN: (
        "Je ne peux pas vous dire à quelle fréquence, alors demandez à votre médecin. "
        "L'effet dure souvent des heures après une séance."
    ),
    Question.DOES_IT_WORK: (
        "Beaucoup de gens sentent la douleur diminuer après environ "
        f"{EASING_MINUTES} minutes. Ceci est un soin personnel, pas un avis médical : "
        "pour toute question médicale, voyez un médecin."
    ),
    # The article uses the word without defining it: "helps to move Blood and Qi in the back,
    # allowing for muscles to relax and pain to subside". No more is claimed than that.
    Question.WHAT_IS_QI: (
        "Le Qi, prononcé tchi, est un terme d'acupression, pas de médecine. "
        "On dit que ce point fait circuler le Sang et le Qi du dos, et détend les muscles."
    ),
    Question.WHAT_YOU_KEEP: WHAT_I_KEEP,
    Question.SITTING_OR_LYING: (
        "Comme vous êtes le plus à l'aise. "
        "Asseyez-vous, ou allongez-vous sur le dos, les genoux un peu pliés."
    ),
}


def answer(question: Question) -> str:
    """The answer to `question`, at any step or during a hold."""
    return _ANSWERS[question]


def talk_to_person(emergency_number: str) -> str:
    """ "Parler à quelqu'un": the skill can't put them through; who can help, and who in an
    emergency (the locale's number)."""
    return (
        "Désolée, je ne peux pas vous mettre en relation avec une personne. "
        "Votre médecin peut vous aider pour votre dos. "
        f"En cas d'urgence, appelez le {emergency_number}."
    )
