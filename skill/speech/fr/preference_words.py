"""What the skill says in French when a person changes how it works, or rates their pain."""

from __future__ import annotations

from skill.routine.cadence import Cadence
from skill.routine.pain import PainTrend, pain_trend
from skill.routine.speech_rate import SpeechRate
from skill.speech.fr.common import minutes

_CADENCE_SET = {
    Cadence.MINUTE: "D'accord. Pendant vos séances, je compterai chaque minute.",
    Cadence.FIVE: (
        "D'accord. Pendant vos séances, je vous dirai le temps restant toutes les cinq minutes."
    ),
    Cadence.QUIET: (
        "D'accord. Pendant vos séances, un doux carillon sonnera juste toutes les cinq minutes."
    ),
}
_RATE_SET = {
    SpeechRate.SLOW: "D'accord, je vais parler plus lentement.",
    SpeechRate.NORMAL: "D'accord, je reprends mon rythme habituel.",
    SpeechRate.FAST: "D'accord, je vais parler un peu plus vite.",
}
_RATE_LIMIT = {
    SpeechRate.SLOW: "Je ne peux pas parler plus lentement.",
    SpeechRate.FAST: "Je ne peux pas parler plus vite.",
}

RATING_UNCLEAR = (
    "Désolée, je n'ai pas compris. Dites un chiffre de 0 à 10, par exemple : ma douleur est à 6."
)
RATING_REPROMPT = "Dites un chiffre de 0 à 10, par exemple : ma douleur est à 6."
WORSE_AFTER = "Si la douleur empire, parlez-en à un médecin."
RATE_WHEN_DONE = (
    "La séance est encore en cours. Dites-moi votre douleur une fois qu'elle est finie, "
    "et je comparerai."
)
KEEP_QUESTION = (
    "Voulez-vous que je garde vos notes de douleur, pour vous dire comment elles évoluent?"
)
KEEP_REPROMPT = "Je garde vos notes de douleur? Dites oui ou non."
KEEPING = (
    "D'accord, je garde vos notes à partir de maintenant. "
    "Pour arrêter, dites : arrête de garder mes notes."
)
NOT_KEEPING = "D'accord, je ne les garde pas. Je comparerai quand même avant et après une séance."
STOPPED_KEEPING = "D'accord. J'ai effacé les notes gardées, et je n'en garderai plus."
STOPPED_KEEPING_NOT_DELETED = (
    "D'accord, je ne garderai plus de notes. Je n'ai pas pu effacer celles que j'avais "
    "pour l'instant, alors redemandez-le-moi plus tard."
)


def usual_set(count: int) -> str:
    return f"C'est fait. Votre séance habituelle dure maintenant {minutes(count)}."


def cadence_set(cadence: Cadence) -> str:
    return _CADENCE_SET[cadence]


def rate_set(rate: SpeechRate, *, changed: bool) -> str:
    if not changed and rate in _RATE_LIMIT:
        return _RATE_LIMIT[rate]
    return _RATE_SET[rate]


def rated_before(rating: int) -> str:
    return f"Merci. Votre douleur est à {rating} sur 10 avant la séance."


def rated_after(before: int | None, after: int) -> str:
    """Thanks for a rating after a hold, with the change when there was one before."""
    if before is None:
        return f"Merci. Votre douleur est à {after} sur 10 après cette séance."
    said = (
        f"Merci. Votre douleur était à {before} avant la séance, et elle est à {after} maintenant."
    )
    found = pain_trend(after - before)
    match found.trend:
        case PainTrend.EASED:
            eased = found.points_eased
            return f"{said} C'est {eased} {'point' if eased == 1 else 'points'} de moins."
        case PainTrend.WORSE:
            return f"{said} {WORSE_AFTER}"
        case PainTrend.SAME:
            return said
